import CounterpointCore
import Foundation
import GRDB
import Testing
@testable import CounterpointAnnotations

/// Files the store must refuse without changing a byte, and read-only stores.
@Suite struct StoreSafetyTests {
    let article = Fixtures.article(Fixtures.essay)

    func sideFiles(_ url: URL) -> [String] {
        ["-wal", "-shm", "-journal"].filter { FileManager.default.fileExists(atPath: url.path + $0) }
    }

    @Test func fileThatIsNotADatabaseIsRefusedAndUntouched() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try bytes.write(to: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try AnnotationStore.open(at: url) }
        #expect(try Data(contentsOf: url) == bytes)
        #expect(sideFiles(url).isEmpty)
    }

    @Test func textFileIsRefusedAndUntouched() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("notes.sqlite")
        let bytes = Data("my precious notes, in plain text, not SQLite\n".utf8)
        try bytes.write(to: url)
        #expect(throws: StoreError.notADatabase(path: url.path)) { try AnnotationStore.open(at: url) }
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func otherProgramsDatabaseIsRefusedAndUntouched() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: url.path).write { db in
            try db.execute(sql: "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x')")
        }
        let bytes = try Data(contentsOf: url)
        #expect(throws: StoreError.notACounterpointStore(path: url.path)) { try AnnotationStore.open(at: url) }
        #expect(try Data(contentsOf: url) == bytes)
        #expect(sideFiles(url).isEmpty)
    }

    @Test func newerSchemaIsRefusedAndUntouched() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        try AnnotationStore.open(at: url).add(Note(target: TextTarget(article: article, range: TextRange(0, 10)), text: "kept"))
        // What a future version would leave: a higher user_version and a migration we do not know.
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = 7")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v7: something new')")
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
        }
        try queue.close()
        let bytes = try Data(contentsOf: url)
        #expect(throws: StoreError.newerSchema(path: url.path, found: 7, known: StoreSchema.currentVersion)) {
            try AnnotationStore.open(at: url)
        }
        #expect(try Data(contentsOf: url) == bytes)
        #expect(sideFiles(url).isEmpty)
        let message = StoreError.newerSchema(path: url.path, found: 7, known: 1).description
        #expect(message.contains(url.path) && !message.contains("\n"))
    }

    @Test func readOnlyFileOpensReadOnlyAndRefusesWrites() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        let saved = Note(target: TextTarget(article: article, range: TextRange(0, 10)), text: "kept")
        try AnnotationStore.open(at: url).add(saved)
        chmod(url.path, 0o444)
        let bytes = try Data(contentsOf: url)
        let store = try AnnotationStore.open(at: url)
        #expect(store.isReadOnly)
        #expect(try store.notes() == [saved])
        #expect(throws: StoreError.readOnly(path: url.path)) {
            try store.add(Note(target: saved.target, text: "lost?"))
        }
        #expect(try Data(contentsOf: url) == bytes)
    }

    @Test func readOnlyFolderOpensReadOnly() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let inner = folder.appendingPathComponent("store", isDirectory: true)
        let url = inner.appendingPathComponent("annotations.sqlite")
        let saved = Note(target: TextTarget(article: article, range: TextRange(0, 10)), text: "kept")
        try AnnotationStore.open(at: url).add(saved)
        chmod(inner.path, 0o555)
        let store = try AnnotationStore.open(at: url)
        #expect(store.isReadOnly)
        #expect(try store.notes() == [saved])
        #expect(throws: StoreError.readOnly(path: url.path)) { try store.deleteCuration(id: UUID()) }
    }

    @Test func missingStoreInReadOnlyFolderReadsAsEmpty() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        chmod(folder.path, 0o555)
        let url = folder.appendingPathComponent("annotations.sqlite")
        let store = try AnnotationStore.open(at: url)
        #expect(store.isReadOnly)
        #expect(try store.notes().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
