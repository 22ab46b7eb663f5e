import Foundation
import GRDB

/// Opens a store file safely: an existing file is inspected through a read-only connection first,
/// so a file that is not ours, or is newer than this program, is refused without a single write.
struct StoreOpener {
    let url: URL
    /// Open an up-to-date file read-only and never create one (see `AnnotationStore.open`).
    var readingOnly = false
    var path: String { url.path }

    /// What a read-only look at an existing file found.
    struct Inspection {
        var version: Int
        var isEmpty: Bool
    }

    func open() throws -> AnnotationStore {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent()
        if manager.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StoreError.isAFolder(path: path) }
            // SQLite would open a FIFO and wait forever for a writer, or read a device.
            if !Self.isRegularFile(path) { throw StoreError.notARegularFile(path: path) }
            let inspection = try inspect()
            let writable = Self.isWritable(path) && Self.isWritable(folder.path)
            if readingOnly && (inspection.isEmpty || inspection.version == StoreSchema.currentVersion) {
                return try openReadOnly(inspection, isReadOnly: !writable)
            }
            if writable { return try openWritable() }
            return try openReadOnly(inspection, isReadOnly: true)
        }
        if readingOnly { return try openEmptyReadOnly(isReadOnly: false) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            if manager.fileExists(atPath: folder.path) && !Self.isWritable(folder.path) { return try openEmptyReadOnly() }
            throw StoreError.cannotCreateFolder(path: folder.path, reason: Self.reason(error))
        }
        if !Self.isWritable(folder.path) { return try openEmptyReadOnly() }
        return try openWritable()
    }

    /// True for a regular file, following symbolic links.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Reads the schema version, application id and table list without writing anything.
    func inspect() throws -> Inspection {
        do {
            return try BusyRetry.run { try inspectOnce() }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? error.description)
        }
    }

    private func inspectOnce() throws -> Inspection {
        do {
            let queue = try readOnlyQueue()
            defer { try? queue.close() }
            return try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                // Another process may be creating the store right now: GRDB commits its migrations
                // table before the first migration stamps the file as ours.
                let beingCreated = tables.allSatisfy { $0 == "grdb_migrations" }
                if beingCreated && version == 0 && application == 0 { return Inspection(version: 0, isEmpty: true) }
                guard application == StoreSchema.applicationID else {
                    throw StoreError.notACounterpointStore(path: path)
                }
                if version > StoreSchema.currentVersion {
                    throw StoreError.newerSchema(path: path, found: version, known: StoreSchema.currentVersion)
                }
                if tables.contains("grdb_migrations"), try StoreSchema.migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerSchema(path: path, found: version, known: StoreSchema.currentVersion)
                }
                return Inspection(version: version, isEmpty: false)
            }
        }
    }

    /// A read-only connection. A WAL-mode file whose folder we cannot write, closed cleanly (no
    /// `-wal` or `-shm` beside it), cannot be opened plainly: SQLite wants to create the `-shm`
    /// index. Such a file holds all its data in the main file, so it is opened as immutable.
    private func readOnlyQueue() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            // Opening reads the schema, so a plain connection fails here already.
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode)
                    && !FileManager.default.fileExists(atPath: path + "-wal") {
            var allowed = CharacterSet.urlPathAllowed
            allowed.remove(charactersIn: "?#%")
            let uri = "file:" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path) + "?immutable=1"
            return try DatabaseQueue(path: uri, configuration: configuration)
        }
    }

    private func openWritable() throws -> AnnotationStore {
        var configuration = Configuration()
        // Other readers and writers (a second reader window, the CLI) may hold the lock briefly.
        configuration.busyMode = .timeout(30)
        configuration.label = "counterpoint.annotations"
        do {
            return try BusyRetry.run {
                let pool = try DatabasePool(path: path, configuration: configuration)
                // FULL: a commit is on disk before the call returns (GRDB sets NORMAL for WAL, which
                // may lose the last transactions on power loss). Set after the pool's own WAL set-up,
                // on its single writer connection.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                try migrate(pool)
                return AnnotationStore(openedAt: url, reader: pool, writer: pool)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? error.description)
        }
    }

    /// Two processes creating the same new store race on the first migration; the loser's
    /// transaction rolls back and its second attempt finds the work done.
    private func migrate(_ pool: DatabasePool) throws {
        do {
            try StoreSchema.migrator.migrate(pool)
        } catch {
            try StoreSchema.migrator.migrate(pool)
        }
    }

    /// `isReadOnly`: the file cannot be written (as opposed to a store opened `readingOnly`).
    private func openReadOnly(_ inspection: Inspection, isReadOnly: Bool) throws -> AnnotationStore {
        if inspection.isEmpty { return try openEmptyReadOnly(isReadOnly: isReadOnly) }
        if inspection.version < StoreSchema.currentVersion {
            throw StoreError.readOnlyNeedsUpgrade(path: path, found: inspection.version, known: StoreSchema.currentVersion)
        }
        do {
            let queue = try readOnlyQueue()
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM note") }
            return AnnotationStore(openedAt: url, reader: queue, writer: nil, isReadOnly: isReadOnly)
        } catch let error as DatabaseError {
            throw StoreError.database(path: path, message: error.message ?? error.description)
        }
    }

    /// A store that cannot be created (read-only folder) reads as empty: the reader still opens.
    private func openEmptyReadOnly(isReadOnly: Bool = true) throws -> AnnotationStore {
        let memory = try DatabaseQueue()
        try StoreSchema.migrator.migrate(memory)
        return AnnotationStore(openedAt: url, reader: memory, writer: nil, isReadOnly: isReadOnly)
    }

    /// Writable by us and not marked read-only: a file or folder with no write permission bit counts
    /// as read-only even for root, who could write it anyway; the user made it so on purpose.
    static func isWritable(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o222 != 0 else { return false }
        return access(path, W_OK) == 0
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
