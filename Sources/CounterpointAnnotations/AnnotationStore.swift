import CounterpointAnalysis
import Foundation
import GRDB

/// Notes and curation in one SQLite file (WAL mode, versioned migrations).
///
/// Every write is its own committed transaction with `synchronous = FULL` before the call
/// returns: once a call returns, the record survives a crash or a kill. Several stores (in one
/// process or several) may share a file; SQLite serialises their writes.
public final class AnnotationStore: Sendable {
    public let url: URL
    /// True when the file or its folder cannot be written: reads work, writes throw `.readOnly`.
    public let isReadOnly: Bool
    private let reader: any DatabaseReader
    private let writer: (any DatabaseWriter)?

    public var path: String { url.path }

    init(openedAt url: URL, reader: any DatabaseReader, writer: (any DatabaseWriter)?, isReadOnly: Bool? = nil) {
        self.url = url
        self.reader = reader
        self.writer = writer
        self.isReadOnly = isReadOnly ?? (writer == nil)
    }

    /// Opens (creating it and its folders if needed) the store at `url`. A file that is not a
    /// Counterpoint store, or was written by a newer program, is inspected read-only and refused
    /// without being modified.
    ///
    /// `readingOnly` (listing, checking): an up-to-date store is opened through a read-only
    /// connection, so the file is never written (a writable open rewrites parts of it even when
    /// nothing is saved), and a missing one reads as empty without being created. Writes then
    /// throw `.openedForReading`. A store that needs a migration is opened for writing as usual.
    public static func open(at url: URL, readingOnly: Bool = false) throws -> AnnotationStore {
        try StoreOpener(url: url.standardizedFileURL, readingOnly: readingOnly).open()
    }

    public static func openDefault() throws -> AnnotationStore { try open(at: StoreLocation.defaultURL()) }

    // MARK: - Notes

    /// All notes, in the order they were stored (oldest first, except that imports and undone
    /// deletes come back at the end). Table order costs no sort: this runs before the first frame.
    /// Rows that cannot be read are left out; `readNotes()` says which.
    public func notes() throws -> [Note] { try readNotes().records }

    /// All notes, and the rows that did not read back cleanly (left out, or shown with a repair).
    public func readNotes() throws -> StoredRecords<Note> {
        try read { db in
            try Self.decode(Row.fetchCursor(db, sql: StoreSchema.selectNotes + " ORDER BY rowid"), StoreSchema.note)
        }
    }

    /// The notes made on one article file (any version of it).
    public func notes(inArticleFile file: String) throws -> [Note] {
        try read { db in
            try Self.decode(Row.fetchCursor(db, sql: StoreSchema.selectNotes + " WHERE target_file = ? ORDER BY rowid",
                                            arguments: [file]), StoreSchema.note).records
        }
    }

    public func note(id: UUID) throws -> Note? {
        try read { db in
            try Row.fetchOne(db, sql: StoreSchema.selectNotes + " WHERE id = ?", arguments: [id.uuidString.lowercased()])
                .flatMap({ StoreSchema.note($0).record })
        }
    }

    public func noteCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") ?? 0 }
    }

    public func add(_ note: Note) throws { try add([note]) }

    /// Adds several notes in one transaction: all or none.
    public func add(_ notes: [Note]) throws {
        try write { db in
            let statement = try db.cachedStatement(sql: StoreSchema.insertSQL("note", StoreSchema.noteColumns))
            for note in notes {
                do {
                    try statement.execute(arguments: StoreSchema.noteValues(note))
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                    throw StoreError.duplicateID(path: self.path, id: note.id.uuidString.lowercased())
                }
            }
        }
    }

    /// Replaces a stored note (after an edit).
    public func update(_ note: Note) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [note.id.uuidString.lowercased()])
            guard db.changesCount == 1 else {
                throw StoreError.noSuchNote(path: self.path, id: note.id.uuidString.lowercased())
            }
            try db.execute(sql: StoreSchema.insertSQL("note", StoreSchema.noteColumns), arguments: StoreSchema.noteValues(note))
        }
    }

    /// Deletes a note and returns it, so the caller can offer undo with `restore`.
    @discardableResult
    public func delete(noteID id: UUID) throws -> Note {
        try write { db in
            let key = id.uuidString.lowercased()
            guard let note = try Row.fetchOne(db, sql: StoreSchema.selectNotes + " WHERE id = ?", arguments: [key])
                .flatMap({ StoreSchema.note($0).record }) else {
                throw StoreError.noSuchNote(path: self.path, id: key)
            }
            try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [key])
            return note
        }
    }

    /// Puts a deleted note back exactly as it was (undo).
    public func restore(_ note: Note) throws {
        try write { db in
            try db.execute(sql: StoreSchema.insertSQL("note", StoreSchema.noteColumns, replace: true),
                           arguments: StoreSchema.noteValues(note))
        }
    }

    // MARK: - Curation

    public func curation() throws -> [CurationRecord] { try readCuration().records }

    public func readCuration() throws -> StoredRecords<CurationRecord> {
        try read { db in
            try Self.decode(Row.fetchCursor(db, sql: StoreSchema.selectCuration + " ORDER BY modified, created, id"),
                            StoreSchema.curation)
        }
    }

    /// Saves a curation record, removing the records it supersedes in the same transaction.
    public func save(_ record: CurationRecord, replacing superseded: [UUID] = []) throws {
        try write { db in
            for id in superseded {
                try db.execute(sql: "DELETE FROM curation WHERE id = ?", arguments: [id.uuidString.lowercased()])
            }
            try db.execute(sql: StoreSchema.insertSQL("curation", StoreSchema.curationColumns, replace: true),
                           arguments: StoreSchema.curationValues(record))
        }
    }

    public func deleteCuration(id: UUID) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM curation WHERE id = ?", arguments: [id.uuidString.lowercased()])
        }
    }

    // MARK: - Import

    /// What `merge` did: records new to the store, records that replaced older versions, and
    /// records skipped because the store already had the same or a newer version.
    public struct MergeCount: Equatable, Sendable {
        public var added = 0
        public var updated = 0
        public var unchanged = 0

        /// Counts one incoming record; true when it should be written.
        mutating func record<T: Timestamped>(stored: T?, incoming: T, sameContent: Bool) -> Bool {
            guard let stored else { added += 1; return true }
            guard !sameContent, incoming.modified > stored.modified else { unchanged += 1; return false }
            updated += 1
            return true
        }
    }

    /// Adds imported notes and curation in one transaction. A record whose id is already stored
    /// replaces it only if it says something different and its modified time is later: importing
    /// the same file twice changes nothing (even one whose annotations carry no times).
    public func merge(notes: [Note], curation: [CurationRecord]) throws -> MergeCount {
        try write { db in
            var count = MergeCount()
            try Self.merge(notes, into: db, count: &count, select: StoreSchema.selectNotes, decode: { StoreSchema.note($0).record },
                           insert: StoreSchema.insertSQL("note", StoreSchema.noteColumns, replace: true),
                           values: StoreSchema.noteValues)
            try Self.merge(curation, into: db, count: &count, select: StoreSchema.selectCuration, decode: { StoreSchema.curation($0).record },
                           insert: StoreSchema.insertSQL("curation", StoreSchema.curationColumns, replace: true),
                           values: StoreSchema.curationValues)
            return count
        }
    }

    /// What `merge` would do, found by reading only. An import that would change nothing need not
    /// open the store for writing: a writable open rewrites the file's header even when nothing is
    /// saved (GRDB's pool set-up creates and drops a table to make the `-wal` file).
    public func mergeCount(notes: [Note], curation: [CurationRecord]) throws -> MergeCount {
        try read { db in
            var count = MergeCount()
            try Self.merge(notes, into: db, count: &count, select: StoreSchema.selectNotes,
                           decode: { StoreSchema.note($0).record }, insert: nil, values: StoreSchema.noteValues)
            try Self.merge(curation, into: db, count: &count, select: StoreSchema.selectCuration,
                           decode: { StoreSchema.curation($0).record }, insert: nil, values: StoreSchema.curationValues)
            return count
        }
    }

    /// `insert` nil: count only.
    private static func merge<T: Timestamped>(_ records: [T], into db: Database, count: inout MergeCount, select: String,
                                              decode: (Row) -> T?, insert: String?,
                                              values: (T) -> StatementArguments) throws {
        for record in records {
            let stored = try Row.fetchOne(db, sql: select + " WHERE id = ?", arguments: [record.id.uuidString.lowercased()])
                .flatMap(decode)
            // Compared without the times: the same content imported again is unchanged, not newer.
            var timeless = record
            (timeless.created, timeless.modified) = (stored?.created ?? record.created, stored?.modified ?? record.modified)
            guard count.record(stored: stored, incoming: record, sameContent: stored == timeless), let insert else { continue }
            try db.execute(sql: insert, arguments: values(record))
        }
    }

    // MARK: - Health

    /// `PRAGMA integrity_check`: `["ok"]` for a sound file.
    public func integrityCheck() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// Every note and curation row that does not read back cleanly, in table then row order.
    public func damagedRows() throws -> [DamagedRow] {
        try readNotes().damaged + readCuration().damaged.sorted { $0.rowid < $1.rowid }
    }

    /// Bytes of the database file and its write-ahead log.
    public func sizeOnDisk() -> Int {
        [url.path, url.path + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }

    /// A pragma's value on the connection that writes (for tests and diagnostics).
    func writerPragma(_ name: String) throws -> String? {
        guard let writer else { return nil }
        return try writer.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA \(name)") }
    }

    // MARK: - Access

    /// Decodes rows straight from the statement (a cursor reuses one row; nothing is copied).
    private static func decode<T: Sendable>(_ cursor: RowCursor, _ transform: (Row) -> RowReading<T>) throws -> StoredRecords<T> {
        var stored = StoredRecords<T>(records: [], damaged: [])
        while let row = try cursor.next() {
            let reading = transform(row)
            if let record = reading.record { stored.records.append(record) }
            if let damage = reading.damage { stored.damaged.append(damage) }
        }
        return stored
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try reader.read(body)
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? error.description)
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        guard let writer else {
            throw isReadOnly ? StoreError.readOnly(path: path) : StoreError.openedForReading(path: path)
        }
        do {
            return try BusyRetry.run { try writer.write(body) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw StoreError.readOnly(path: path)
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? error.description)
        }
    }
}
