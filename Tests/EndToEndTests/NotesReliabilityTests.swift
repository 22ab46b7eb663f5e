import Foundation
import Testing

/// Real processes: a writer killed with SIGKILL mid-stream, and two writer processes at once.
@Suite struct NotesReliabilityTests {
    /// Starts `counterpoint` with stdout on a pipe, so acknowledgements can be read as they come.
    final class Child {
        let process = Process()
        let output = Pipe()
        private var buffer = Data()

        init(_ arguments: [String]) throws {
            process.executableURL = CounterpointProcess.executableURL
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            process.environment = environment
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        /// Reads until `count` complete lines arrived or the output ended.
        func lines(atLeast count: Int) -> [String] {
            while completeLines().count < count {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            return completeLines()
        }

        func completeLines() -> [String] {
            let text = String(decoding: buffer, as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.removeLast()   // the part after the last newline is not yet acknowledged
            return lines
        }

        func killNow() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    static func storedIDs(_ box: NotesCLITests.Sandbox) throws -> Set<String> {
        let result = try box.run(["notes", "list", box.corpus.path, "--json", "--all", "--store", box.store])
        #expect(result.status == 0, "\(result.stderr)")
        let notes = (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["notes"] as? [[String: Any]]
        return Set((notes ?? []).compactMap { $0["id"] as? String })
    }

    @Test func killedWriterLosesNothingAcknowledged() throws {
        let box = try NotesCLITests.Sandbox()
        defer { box.remove() }
        let child = try Child(["notes", "add", box.corpus.path, "--article", "alpha", "--quote", "Russia depends on China",
                               "--text", "stream", "--repeat", "1000000", "--store", box.store])
        #expect(child.lines(atLeast: 40).count >= 40)
        child.killNow()
        #expect(child.process.terminationReason == .uncaughtSignal)
        // The writer kept acknowledging while the kill was on its way: those lines are in the
        // pipe, and count as acknowledged too.
        let acknowledged = child.lines(atLeast: .max)
        let ids = Set(acknowledged.compactMap(NotesCLITests.addedID))
        #expect(ids.count == acknowledged.count)
        let stored = try Self.storedIDs(box)
        #expect(ids.isSubset(of: stored), "lost: \(ids.subtracting(stored))")
        // At most the one save in flight at the kill may be stored without an acknowledgement.
        #expect(stored.count <= ids.count + 1)
        let check = try box.run(["notes", "check", "--store", box.store])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains(": ok,"))
        // The store still takes writes.
        #expect(try box.add("beta", "no limits", "after the crash").status == 0)
    }

    static let canRunAsAnotherUser = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")

    /// As root every file is writable, so the real read-only case needs another user: `nobody`
    /// opening a store it cannot write, in a folder it cannot write (no `-shm` can be created).
    @Test(.enabled(if: canRunAsAnotherUser, "needs root and runuser to act as another user"))
    func storeOfAnotherUserOpensReadOnly() throws {
        let box = try NotesCLITests.Sandbox()
        defer { box.remove() }
        #expect(try box.add("beta", "no limits", "written by root").status == 0)
        for path in [box.root.path, box.corpus.path, URL(fileURLWithPath: box.store).deletingLastPathComponent().path] {
            chmod(path, 0o755)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: box.store))
        let listed = try CounterpointProcess.runAsNobody(["notes", "list", box.corpus.path, "--json", "--store", box.store])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("written by root"))
        #expect(listed.stderr.contains("read-only"))
        let added = try CounterpointProcess.runAsNobody(["notes", "add", box.corpus.path, "--article", "beta", "--quote", "no limits",
                                  "--text", "x", "--store", box.store])
        #expect(added.status != 0)
        #expect(added.stderr.split(separator: "\n").count == 1 && added.stderr.contains("read-only"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.store)) == before)
    }

    @Test func twoWriterProcessesAtOnceLoseNothing() throws {
        let box = try NotesCLITests.Sandbox()
        defer { box.remove() }
        let perChild = 60
        let children = try (0..<2).map { index in
            try Child(["notes", "add", box.corpus.path, "--article", "beta", "--quote", "no limits",
                       "--text", "writer \(index)", "--repeat", "\(perChild)", "--store", box.store])
        }
        var acknowledged = Set<String>()
        for child in children {
            let lines = child.lines(atLeast: perChild)
            child.process.waitUntilExit()
            #expect(child.process.terminationStatus == 0)
            acknowledged.formUnion(lines.compactMap(NotesCLITests.addedID))
        }
        #expect(acknowledged.count == 2 * perChild)
        #expect(try Self.storedIDs(box) == acknowledged)
    }
}
