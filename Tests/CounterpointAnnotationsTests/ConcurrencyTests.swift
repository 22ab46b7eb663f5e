import CounterpointCore
import Dispatch
import Foundation
import Testing
@testable import CounterpointAnnotations

/// Two stores on one file (as two reader windows would have) writing at the same time.
@Suite struct ConcurrencyTests {
    @Test func twoStoresWritingAtOnceLoseNothing() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("annotations.sqlite")
        let article = Fixtures.article(Fixtures.essay)
        let stores = [try AnnotationStore.open(at: url), try AnnotationStore.open(at: url)]
        let perWriter = 150
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            let store = stores[writer % 2]
            for index in 0..<perWriter {
                let note = Note(target: TextTarget(article: article, range: TextRange(index, index + 5)),
                                text: "writer \(writer) note \(index)")
                do { try store.add(note) } catch { failures.record("\(error)") }
                if index % 25 == 0 { _ = try? store.notes() }
            }
        }
        #expect(failures.all.isEmpty)
        for store in stores {
            let notes = try store.notes()
            #expect(notes.count == 4 * perWriter)
            #expect(Set(notes.map(\.text)).count == 4 * perWriter)
        }
        #expect(try AnnotationStore.open(at: url).integrityCheck() == ["ok"])
    }

    @Test func twoStoresCreatingTheSameNewFileAtOnce() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let url = folder.appendingPathComponent("new/annotations.sqlite")
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { _ = try AnnotationStore.open(at: url).notes() } catch { failures.record("\(error)") }
        }
        #expect(failures.all.isEmpty)
    }
}

final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func record(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
