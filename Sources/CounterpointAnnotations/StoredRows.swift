import CounterpointCore
import Foundation
import GRDB

/// A stored row that does not read back as Counterpoint wrote it: SQLite lets any value into any
/// column, so another tool (or a damaged disk) can leave a blob where an id belongs, or text where a
/// position belongs. Reads report such a row and never change it: it stays in the file as found.
public struct DamagedRow: Hashable, Sendable, CustomStringConvertible {
    /// `note` or `curation`.
    public var table: String
    public var rowid: Int64
    /// The record's id, when it could be read.
    public var id: UUID?
    /// What is wrong, each with what the read did about it.
    public var problems: [String]
    /// False when the row cannot be read at all: it is left out of every list and export.
    public var isReadable: Bool

    public var description: String {
        let name = id.map { " (id \($0.uuidString.lowercased()))" } ?? ""
        let outcome = isReadable ? "still listed" : "cannot be read, so it is not listed"
        return "\(table) row \(rowid)\(name) is damaged: \(problems.joined(separator: "; ")); \(outcome) (the row is kept as stored)"
    }
}

/// The records of one table, and the rows that did not read back cleanly.
public struct StoredRecords<Record: Sendable>: Sendable {
    public var records: [Record]
    public var damaged: [DamagedRow]
}

/// One row read back: the record (nil when the row cannot be read) and what was wrong with it.
struct RowReading<Record> {
    var record: Record?
    var damage: DamagedRow?
}

/// Reads a row of a select built by `StoreSchema.select`, column by position, checking each value's
/// SQLite type against the schema and noting every problem with what was done about it. Each
/// column is read once, as a `DatabaseValue`, so the check costs no second read of the value.
struct RowReader {
    private let row: Row
    private let table: String
    private let names: [String]
    private var problems: [String] = []
    private var unreadable = false

    init(_ row: Row, table: String, columns: [String]) {
        self.row = row
        self.table = table
        names = columns
    }

    private func stored(_ index: Int) -> DatabaseValue.Storage { (row[index] as DatabaseValue).storage }

    /// SQLite's storage class, in words.
    private static func describe(_ storage: DatabaseValue.Storage) -> String {
        switch storage {
        case .null: return "NULL"
        case .int64: return "an integer"
        case .double: return "a real number"
        case .string: return "text"
        case .blob: return "a blob"
        }
    }

    mutating func note(_ problem: String) { problems.append(problem) }

    mutating func refuse(_ problem: String) {
        problems.append(problem)
        unreadable = true
    }

    /// True when the column holds NULL (allowed for the optional columns of curation).
    func isNull(_ index: Int) -> Bool { row.hasNull(atIndex: index) }

    /// A text column. A value of another type is noted and read as text anyway (a blob as UTF-8,
    /// invalid bytes replaced). NULL, which only the optional columns may hold, reads as empty.
    mutating func text(_ index: Int) -> String {
        let storage = stored(index)
        switch storage {
        case .string(let value): return value
        case .null: return ""
        case .blob(let data):
            problems.append("\(names[index]) is a blob, not text")
            return String(decoding: data, as: UTF8.self)
        case .int64(let value):
            problems.append("\(names[index]) is an integer, not text")
            return String(value)
        case .double(let value):
            problems.append("\(names[index]) is a real number, not text")
            return String(value)
        }
    }

    /// A record id: text holding a UUID, or the row cannot be read.
    mutating func id(_ index: Int) -> UUID? {
        let storage = stored(index)
        guard case .string(let text) = storage else {
            refuse("\(names[index]) is \(Self.describe(storage)), not a text UUID")
            return nil
        }
        guard let id = StoreSchema.uuid(text) else {
            refuse("\(names[index]) \"\(text.prefix(40))\" is not a UUID")
            return nil
        }
        return id
    }

    /// A position as stored: an integer, or nil (noted) when the column holds something else.
    mutating func position(_ index: Int) -> Int? {
        let storage = stored(index)
        switch storage {
        case .int64(let value): return Int(value)
        case .null: return -1
        default:
            problems.append("\(names[index]) is \(Self.describe(storage)), not an integer")
            return nil
        }
    }

    mutating func timestamp(_ index: Int) -> Timestamp? {
        let text = text(index)
        guard let time = Timestamp.stored(text) else {
            problems.append("\(names[index]) \"\(text.prefix(40))\" is not a time")
            return nil
        }
        return time
    }

    /// The eight target columns from `index`. A position that is not a pair of ordered, non-negative
    /// integers is dropped (start and end -1, as for an import without one), so the passage is found
    /// by its quote and never placed on text that does not match it.
    /// A file name of the wrong type is read as text like any other column: it will name no article,
    /// so the note shows as an orphan (or is found by its content hash) instead of disappearing.
    mutating func target(at index: Int) -> TextTarget {
        let file = text(index)
        let article = ArticleKey(file: file, contentHash: text(index + 1))
        let articleID = text(index + 2)
        let quote = TextQuoteSelector(exact: text(index + 3), prefix: text(index + 4), suffix: text(index + 5))
        let (start, end) = (self.position(index + 6), self.position(index + 7))
        var position = TextPositionSelector(start: -1, end: -1)
        switch (start, end) {
        case (-1, -1):
            break  // no position: an imported annotation that only had a quote
        case let (start?, end?) where start < 0 || end < 0:
            problems.append("\(names[index + 6])..\(names[index + 7]) (\(start)..\(end)) is negative")
        case let (start?, end?) where start > end:
            problems.append("\(names[index + 7]) (\(end)) is before \(names[index + 6]) (\(start))")
        case let (start?, end?):
            position = TextPositionSelector(start: start, end: end)
        default:
            break  // a column of the wrong type, already noted
        }
        if position.start < 0 && (start, end) != (-1, -1) {
            problems.append("the stored position is ignored and the passage is found by its quote")
        }
        return TextTarget(article: article, articleID: articleID, quote: quote, position: position)
    }

    func reading<Record>(_ record: Record?, id: UUID?) -> RowReading<Record> {
        guard !problems.isEmpty || record == nil else { return RowReading(record: record, damage: nil) }
        let rowid: Int64 = row[names.count] ?? 0
        let damage = DamagedRow(table: table, rowid: rowid, id: id, problems: problems,
                                isReadable: record != nil && !unreadable)
        return RowReading(record: unreadable ? nil : record, damage: damage)
    }
}
