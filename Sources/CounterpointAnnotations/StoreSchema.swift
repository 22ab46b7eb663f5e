import CounterpointAnalysis
import Foundation
import GRDB

/// The database layout: versioned GRDB migrations, plus `PRAGMA user_version` (the schema version,
/// readable without knowing migration names) and `PRAGMA application_id` (marks the file as ours).
enum StoreSchema {
    /// 'CPNT': identifies a Counterpoint notes store among SQLite files.
    static let applicationID: Int32 = 0x4350_4E54
    /// Bump with every migration; a file with a larger value was written by a newer program.
    static let currentVersion = 1

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: notes and curation") { db in
            try db.execute(sql: """
                CREATE TABLE note (
                    id TEXT PRIMARY KEY NOT NULL,
                    motivation TEXT NOT NULL,
                    \(targetColumns("target", nullable: false)),
                    body TEXT NOT NULL,
                    tags TEXT NOT NULL DEFAULT '',
                    created TEXT NOT NULL,
                    modified TEXT NOT NULL
                );
                CREATE INDEX note_by_article ON note(target_file);
                CREATE TABLE curation (
                    id TEXT PRIMARY KEY NOT NULL,
                    action TEXT NOT NULL CHECK (action IN ('stance', 'reject', 'link', 'unlink')),
                    stance TEXT,
                    theme TEXT,
                    speaker TEXT,
                    \(targetColumns("target", nullable: false)),
                    \(targetColumns("other", nullable: true)),
                    created TEXT NOT NULL,
                    modified TEXT NOT NULL
                );
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }

    /// The columns of one `TextTarget`: article key, article id, both selectors.
    private static func targetColumns(_ prefix: String, nullable: Bool) -> String {
        let null = nullable ? "" : " NOT NULL"
        return ["file TEXT", "hash TEXT", "article_id TEXT", "exact TEXT", "prefix TEXT", "suffix TEXT",
                "start INTEGER", "end INTEGER"]
            .map { "\(prefix)_\($0)\(null)" }
            .joined(separator: ",\n")
    }

    static let targetFields = ["file", "hash", "article_id", "exact", "prefix", "suffix", "start", "end"]

    static func columns(_ prefix: String) -> [String] { targetFields.map { "\(prefix)_\($0)" } }

    static func values(_ target: TextTarget?) -> [(any DatabaseValueConvertible)?] {
        guard let target else { return Array(repeating: nil, count: targetFields.count) }
        return [target.article.file, target.article.contentHash, target.articleID, target.quote.exact,
                target.quote.prefix, target.quote.suffix, target.position.start, target.position.end]
    }

    static let epoch = Timestamp(date: Date(timeIntervalSince1970: 0))

    // MARK: - Notes

    static let noteColumns = ["id", "motivation"] + columns("target") + ["body", "tags", "created", "modified"]
    static let selectNotes = select(noteColumns, from: "note")

    /// Tags are stored one per line (a tag never contains a line break; see `Tags.merge`).
    static func noteValues(_ note: Note) -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [note.id.uuidString.lowercased(), note.motivation.rawValue]
            + StoreSchema.values(note.target)
            + [note.text, note.tags.joined(separator: "\n"), note.created.rawValue, note.modified.rawValue]
        return StatementArguments(values)
    }

    /// A row of `selectNotes`. Rows are read by position: looking columns up by name dominates the
    /// cost of loading thousands of notes.
    static func note(_ row: Row) -> RowReading<Note> {
        var reader = RowReader(row, table: "note", columns: noteColumns)
        let id = reader.id(0)
        let motivationText = reader.text(1)
        let target = reader.target(at: 2)
        let text = reader.text(10)
        let tagText = reader.text(11)
        let created = reader.timestamp(12)
        let modified = reader.timestamp(13)
        let motivation = Motivation(rawValue: motivationText) ?? {
            reader.note("motivation \"\(motivationText.prefix(40))\" is unknown (shown as commenting)")
            return .commenting
        }()
        guard let id else { return reader.reading(nil, id: id) }
        let note = Note(stored: id, target: target, motivation: motivation, text: text,
                        tags: tagText.isEmpty ? [] : tagText.split(separator: "\n").map(String.init),
                        created: created ?? epoch, modified: modified ?? created ?? epoch)
        return reader.reading(note, id: id)
    }

    // MARK: - Curation

    static let curationColumns = ["id", "action", "stance", "theme", "speaker"] + columns("target") + columns("other")
        + ["created", "modified"]
    static let selectCuration = select(curationColumns, from: "curation")

    static func curationValues(_ record: CurationRecord) -> StatementArguments {
        let values: [(any DatabaseValueConvertible)?] = [record.id.uuidString.lowercased(), record.action.kind,
                                                         record.stance?.rawValue, record.theme, record.speaker]
            + StoreSchema.values(record.target) + StoreSchema.values(record.other)
            + [record.created.rawValue, record.modified.rawValue]
        return StatementArguments(values)
    }

    /// A row of `selectCuration`.
    static func curation(_ row: Row) -> RowReading<CurationRecord> {
        var reader = RowReader(row, table: "curation", columns: curationColumns)
        let id = reader.id(0)
        let kind = reader.text(1)
        let stance = reader.isNull(2) ? nil : reader.text(2)
        let theme = reader.isNull(3) ? nil : reader.text(3)
        let speaker = reader.isNull(4) ? nil : reader.text(4)
        let first = reader.target(at: 5)
        let other = reader.isNull(13) ? nil : reader.target(at: 13)
        let created = reader.timestamp(21)
        let modified = reader.timestamp(22)
        let action: CurationAction?
        switch kind {
        case "stance": action = .setStance(Stance(stance ?? ""))
        case "reject": action = .reject
        case "link" where other != nil: action = .link
        case "unlink" where other != nil: action = .unlink
        case "link", "unlink": action = nil; reader.refuse("a \(kind) without its second argument")
        default: action = nil; reader.refuse("action \"\(kind.prefix(40))\" is unknown")
        }
        guard let id, let action else { return reader.reading(nil, id: id) }
        let record = CurationRecord(id: id, action: action, target: first, other: action.isPairwise ? other : nil,
                                    theme: theme, speaker: speaker, created: created ?? epoch,
                                    modified: modified ?? created ?? epoch)
        return reader.reading(record, id: id)
    }

    /// Selects `columns` by position, then the rowid (to name a damaged row).
    static func select(_ columns: [String], from table: String) -> String {
        "SELECT " + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ", rowid FROM \(table)"
    }

    /// A stored id. Foundation's parser goes through `sscanf`, a tenth of the time of loading
    /// 10,000 notes; stored ids are canonical, so read the hex directly (anything else falls back).
    static func uuid(_ text: String) -> UUID? {
        var bytes = [UInt8](repeating: 0, count: 16)
        var count = 0
        var high: UInt8?
        for (index, unit) in text.utf8.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard unit == UInt8(ascii: "-") else { return UUID(uuidString: text) }
                continue
            }
            let nibble: UInt8
            switch unit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = unit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = unit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = unit - UInt8(ascii: "A") + 10
            default: return UUID(uuidString: text)
            }
            guard count < 16 else { return UUID(uuidString: text) }
            if let first = high {
                bytes[count] = first << 4 | nibble
                count += 1
                high = nil
            } else {
                high = nibble
            }
        }
        guard count == 16, high == nil else { return UUID(uuidString: text) }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    static func insertSQL(_ table: String, _ columns: [String], replace: Bool = false) -> String {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let verb = replace ? "INSERT OR REPLACE" : "INSERT"
        return "\(verb) INTO \(table) (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES (\(placeholders))"
    }
}
