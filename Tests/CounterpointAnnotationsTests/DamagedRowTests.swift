import CounterpointCore
import Foundation
import GRDB
import Testing
@testable import CounterpointAnnotations

/// Rows another tool has damaged (SQLite keeps any value in any column): reads report them by rowid,
/// never drop them in silence, never place a note on text that does not match its quote, and never
/// change the file.
@Suite struct DamagedRowTests {
    let article = Fixtures.article(Fixtures.essay)
    let quote = "Nixon went to China in 1972"

    /// A store holding three notes (the second on `quote`), closed, with `assignment` applied to
    /// the second row by a plain SQLite connection.
    func storeWithSecondNote(_ assignment: String, in folder: URL) throws -> (URL, [Note]) {
        let url = folder.appendingPathComponent("annotations.sqlite")
        let notes = [Note(target: TextTarget(article: article, range: Fixtures.range(of: "Many analysts", in: article)), text: "one"),
                     Note(target: TextTarget(article: article, range: Fixtures.range(of: quote, in: article)), text: "two"),
                     Note(target: TextTarget(article: article, range: Fixtures.range(of: "very different", in: article)), text: "three")]
        try AnnotationStore.open(at: url).add(notes)
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: "UPDATE note SET \(assignment) WHERE id = ?", arguments: [notes[1].id.uuidString.lowercased()])
        }
        return (url, notes)
    }

    func rowid(of note: Note, at url: URL) throws -> Int64 {
        try #require(try DatabaseQueue(path: url.path).read { db in
            try Int64.fetchOne(db, sql: "SELECT rowid FROM note WHERE body = ?", arguments: [note.text])
        })
    }

    @Test(arguments: ["id = X'FFFE'", "id = 'not-a-uuid'", "id = 7"])
    func aRowThatCannotBeReadIsReportedByRowidAndKept(assignment: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let (url, notes) = try storeWithSecondNote(assignment, in: folder)
        let rowid = try rowid(of: notes[1], at: url)
        let before = try Data(contentsOf: url)

        let stored = try AnnotationStore.open(at: url, readingOnly: true).readNotes()
        #expect(stored.records.map(\.text) == ["one", "three"])
        let damaged = try #require(stored.damaged.first)
        #expect(stored.damaged.count == 1)
        #expect(damaged.rowid == rowid && damaged.table == "note" && !damaged.isReadable)
        let column = String(assignment.prefix { $0 != " " })
        #expect(damaged.description.contains("note row \(rowid)") && damaged.description.contains(column), "\(damaged)")

        #expect(try Data(contentsOf: url) == before, "a read changed the store")
        #expect(try AnnotationStore.open(at: url).damagedRows() == stored.damaged)
    }

    /// A position that is not a pair of ordered, non-negative integers is not trusted: the note is
    /// found by its quote (the content hash is unchanged, which alone would trust any position).
    @Test(arguments: ["target_start = 'abc'", "target_end = X'00FF'", "target_start = -5", "target_start = 3.5",
                      "target_start = 200, target_end = 100"])
    func aPositionThatIsNotANumberIsIgnoredAndTheNoteFoundByItsQuote(assignment: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let (url, notes) = try storeWithSecondNote(assignment, in: folder)
        let stored = try AnnotationStore.open(at: url, readingOnly: true).readNotes()
        #expect(stored.records.count == 3)
        let damaged = try #require(stored.damaged.first)
        #expect(stored.damaged.count == 1 && damaged.isReadable && damaged.id == notes[1].id)
        #expect(damaged.description.contains("found by its quote"), "\(damaged)")

        let note = try #require(stored.records.first { $0.id == notes[1].id })
        let placed = try #require(NotePlacement.place([note], in: [article]).first)
        let range = try #require(placed.range)
        #expect(article.source.slice(range) == quote)
        #expect(range == Fixtures.range(of: quote, in: article))
    }

    @Test func aDamagedPositionWhoseQuoteIsGoneIsOrphanedNotPlaced() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let (url, notes) = try storeWithSecondNote("target_start = 'abc', target_exact = 'words this essay never says'", in: folder)
        let note = try #require(try AnnotationStore.open(at: url).notes().first { $0.id == notes[1].id })
        let placed = try #require(NotePlacement.place([note], in: [article]).first)
        #expect(placed.status == .orphaned && placed.range == nil)
    }

    /// Imported annotations that had only a quote are stored with position -1..-1: not damage.
    @Test func aNoteStoredWithoutAPositionIsNotDamaged() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let (url, _) = try storeWithSecondNote("target_start = -1, target_end = -1", in: folder)
        #expect(try AnnotationStore.open(at: url).damagedRows().isEmpty)
    }

    @Test(arguments: ["created = 3.5", "body = X'C328FF'", "motivation = X'00', tags = -1", "target_hash = X'12'",
                      "target_file = X'00'"])
    func otherWrongValuesAreShownRepairedAndReported(assignment: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let (url, notes) = try storeWithSecondNote(assignment, in: folder)
        let stored = try AnnotationStore.open(at: url).readNotes()
        #expect(stored.records.count == 3)
        #expect(stored.damaged.map(\.id) == [notes[1].id] && stored.damaged.allSatisfy(\.isReadable), "\(stored.damaged)")
    }

    @Test func aCurationRowThatCannotBeReadIsReported() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        let target = TextTarget(article: article, range: Fixtures.range(of: quote, in: article))
        let record = CurationRecord(id: UUID(), action: .reject, target: target)
        try AnnotationStore.open(at: url).save(record)
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: "UPDATE curation SET action = 'link'")
        }
        let stored = try AnnotationStore.open(at: url).readCuration()
        #expect(stored.records.isEmpty)
        #expect(stored.damaged.count == 1 && stored.damaged[0].description.contains("second argument"), "\(stored.damaged)")
    }
}

/// `readingOnly`: listing and checking never write the file, and never create one.
@Suite struct ReadingOnlyStoreTests {
    let article = Fixtures.article(Fixtures.essay)

    @Test func openingForReadingLeavesTheFileByteIdentical() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        let note = Note(target: TextTarget(article: article, range: TextRange(0, 10)), text: "kept")
        try AnnotationStore.open(at: url).add(note)
        let before = try Data(contentsOf: url)
        let store = try AnnotationStore.open(at: url, readingOnly: true)
        #expect(try store.notes() == [note])
        #expect(try store.integrityCheck() == ["ok"])
        #expect(!store.isReadOnly, "the file itself is writable")
        #expect(throws: StoreError.openedForReading(path: url.path)) { try store.add(note) }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func aMissingStoreReadsAsEmptyAndIsNotCreated() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("sub/annotations.sqlite")
        #expect(try AnnotationStore.open(at: url, readingOnly: true).notes().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path))
    }
}
