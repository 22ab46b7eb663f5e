import CounterpointCore
import Foundation
import GRDB
import Testing
@testable import CounterpointAnnotations

@Suite struct StoreTests {
    let article = Fixtures.article(Fixtures.essay)

    func note(_ text: String, _ quote: String = "Many analysts doubt it.") -> Note {
        Note(target: TextTarget(article: article, range: Fixtures.range(of: quote, in: article)), text: text)
    }

    @Test func createsFoldersAndKeepsEveryField() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("deep/er/annotations.sqlite")
        let store = try AnnotationStore.open(at: url)
        #expect(!store.isReadOnly)
        let saved = note("Is this true? #doubt #evidence")
        try store.add(saved)
        let reopened = try AnnotationStore.open(at: url)
        #expect(try reopened.notes() == [saved])
        #expect(try reopened.notes(inArticleFile: "a1.txt") == [saved])
        #expect(try reopened.notes(inArticleFile: "other.txt").isEmpty)
        #expect(try reopened.note(id: saved.id)?.tags == ["doubt", "evidence"])
        #expect(try reopened.integrityCheck() == ["ok"])
    }

    @Test func schemaVersionAndApplicationIDAreRecorded() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        let store = try AnnotationStore.open(at: url)
        // 2 = FULL: every commit is synced before the save returns.
        #expect(try store.writerPragma("synchronous") == "2")
        let queue = try DatabaseQueue(path: url.path)
        let (version, application, journal) = try queue.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA user_version"), try Int32.fetchOne(db, sql: "PRAGMA application_id"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(version == StoreSchema.currentVersion)
        #expect(application == StoreSchema.applicationID)
        #expect(journal == "wal")
    }

    @Test func deleteReturnsTheNoteAndRestoreUndoesIt() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let store = try AnnotationStore.open(at: folder.appendingPathComponent("s.sqlite"))
        let first = note("one")
        let second = note("two", "Yet some in the administration believe a thaw could open a gap.")
        try store.add([first, second])
        let deleted = try store.delete(noteID: first.id)
        #expect(deleted == first)
        #expect(try store.notes() == [second])
        try store.restore(deleted)
        #expect(Set(try store.notes()) == [first, second])
        #expect(throws: StoreError.noSuchNote(path: store.path, id: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!.uuidString.lowercased())) {
            try store.delete(noteID: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)
        }
    }

    @Test func updateReplacesAndDuplicateAddFails() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let store = try AnnotationStore.open(at: folder.appendingPathComponent("s.sqlite"))
        let original = note("draft #a")
        try store.add(original)
        let edited = original.edited(text: "final #b")
        try store.update(edited)
        #expect(try store.notes() == [edited])
        #expect(throws: StoreError.duplicateID(path: store.path, id: original.id.uuidString.lowercased())) {
            try store.add(original)
        }
        #expect(try store.notes() == [edited])
    }

    @Test func defaultLocationFollowsXDGRules() {
        let home = ["HOME": "/home/u"]
        #expect(StoreLocation.defaultURL(environment: home).path == "/home/u/.local/share/counterpoint/annotations.sqlite")
        #expect(StoreLocation.defaultURL(environment: home.merging(["XDG_DATA_HOME": ""]) { $1 }).path
                == "/home/u/.local/share/counterpoint/annotations.sqlite")
        #expect(StoreLocation.defaultURL(environment: home.merging(["XDG_DATA_HOME": "relative/dir"]) { $1 }).path
                == "/home/u/.local/share/counterpoint/annotations.sqlite")
        #expect(StoreLocation.defaultURL(environment: home.merging(["XDG_DATA_HOME": "/data"]) { $1 }).path
                == "/data/counterpoint/annotations.sqlite")
    }

    @Test func storeFolderIsRefused() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        #expect(throws: StoreError.isAFolder(path: folder.standardizedFileURL.path)) {
            try AnnotationStore.open(at: folder)
        }
    }
}

@Suite struct StoredIDTests {
    @Test func fastUUIDParserAgreesWithFoundation() {
        for _ in 0..<200 {
            let id = UUID()
            #expect(StoreSchema.uuid(id.uuidString.lowercased()) == id)
            #expect(StoreSchema.uuid(id.uuidString) == id)
        }
        for bad in ["", "x", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
                    "0000000000000000000000000000000000000", "g0000000-0000-0000-0000-000000000000"] {
            #expect(StoreSchema.uuid(bad) == nil)
        }
    }
}
