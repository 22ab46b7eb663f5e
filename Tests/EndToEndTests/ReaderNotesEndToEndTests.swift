import Foundation
import Testing

/// Notes and curation typed in the real reader are saved, shown at once, and still there after a
/// restart; the command line sees the same store.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderNotesEndToEndTests {
    /// A notes database outside any session's scratch folder, so two runs of the reader share it.
    static func temporaryStore() throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder.appendingPathComponent("notes.sqlite").path, folder)
    }

    static func session(store: String) throws -> TmuxSession {
        try TmuxSession(arguments: ["--store", store], width: 120, height: 30)
    }

    @Test func aNoteWrittenInTheReaderSurvivesARestart() throws {
        let (store, folder) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }

        let first = try Self.session(store: store)
        try first.waitFor(text: " 000 ")
        try first.send(keys: "]")
        try first.waitFor(text: " [000-")
        try first.send(keys: "a")
        try first.waitFor(text: "Note:")
        try first.send(text: "Rubio’s claim #check")
        try first.send(keys: "Enter")
        try first.waitFor(text: "Note saved")
        // The gutter marks the noted line at once.
        let marked = try first.capture()
        #expect(marked.split(separator: "\n").contains { $0.dropFirst(2).hasPrefix("*") }, "no * in the gutter:\n\(marked)")
        try first.send(keys: "q")
        #expect(try first.waitForExit() == 0)

        let listed = try CounterpointProcess.run(["notes", "list", "--json", "--store", store])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("Rubio’s claim #check"))
        #expect(listed.stdout.contains("\"anchored\""))

        let second = try Self.session(store: store)
        try second.waitFor(text: " 000 ")
        try second.send(keys: "'")
        try second.waitFor(text: "Rubio’s claim #check")
        try second.send(keys: "Enter")
        try second.send(keys: "C-l")
        try second.waitFor(text: "* Rubio’s claim")
        try second.send(keys: "q")
        #expect(try second.waitForExit() == 0)
    }

    @Test func curationFromTheReaderChangesTheMapAfterARestart() throws {
        let (store, folder) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.session(store: store)
        try session.waitFor(text: " 000 ")
        try session.send(keys: "]")
        let before = try session.waitFor(text: " [000-")
        let line = try #require(before.split(separator: "\n").first { $0.hasPrefix(" [000-") })
        let id = String(line.dropFirst(2).prefix { $0 != "]" })
        let wasFeasible = line.contains("] + ")
        try session.send(keys: "s", wasFeasible ? "i" : "f")
        try session.waitFor(text: "marked")
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        let again = try Self.session(store: store)
        try again.waitFor(text: " 000 ")
        try again.send(keys: "]")
        let after = try again.waitFor(text: " [\(id)]")
        let status = try #require(after.split(separator: "\n").first { $0.hasPrefix(" [\(id)]") })
        #expect(status.contains(wasFeasible ? "] − infeasible" : "] + feasible"), "stance not kept: \(status)")
        try again.send(keys: "q")
        #expect(try again.waitForExit() == 0)
    }
}
