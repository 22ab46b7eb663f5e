import CounterpointCore
import Foundation
import Testing

/// Issue 7: 100 SIGKILLs at random moments during a stream of saves. Every round starts a writer
/// on the same store, kills it, and checks that every note acknowledged so far (in any round) is
/// stored and that SQLite's integrity check passes.
@Suite struct NotesKillStormTests {
    /// The moments are drawn from this seed; `COUNTERPOINT_KILL_SEED` replays another run.
    static let seed: UInt64 = ProcessInfo.processInfo.environment["COUNTERPOINT_KILL_SEED"].flatMap { UInt64($0) } ?? 2026
    static let rounds = 100

    /// A writer whose acknowledgements go to a file: `Console.out` writes straight to the file
    /// descriptor, so a line in the file was written before the kill, and the file outlives it.
    final class Writer {
        let process = Process()
        let acknowledgements: URL

        init(box: NotesCLITests.Sandbox, round: Int) throws {
            acknowledgements = box.root.appendingPathComponent("acks-\(round).txt")
            FileManager.default.createFile(atPath: acknowledgements.path, contents: nil)
            process.executableURL = CounterpointProcess.executableURL
            process.arguments = ["notes", "add", box.corpus.path, "--article", "alpha", "--quote", "Russia depends on China",
                                 "--text", "round \(round)", "--repeat", "1000000", "--store", box.store]
            var environment = ProcessInfo.processInfo.environment
            environment["LANG"] = "C.UTF-8"
            process.environment = environment
            process.standardOutput = try FileHandle(forWritingTo: acknowledgements)
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Complete lines only: a line cut by the kill was never acknowledged.
        func acknowledgedIDs() throws -> [String] {
            let text = String(decoding: try Data(contentsOf: acknowledgements), as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.removeLast()
            return lines.compactMap(NotesCLITests.addedID)
        }

        func lineCount() -> Int {
            ((try? Data(contentsOf: acknowledgements)) ?? Data()).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        }

        func killNow() {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// When to kill: either a plain delay after the start (which may fall in start-up, opening or
    /// migrating the store), or a delay after the writer acknowledged some notes (mid-stream).
    enum Moment: CustomStringConvertible {
        case afterStart(microseconds: UInt32)
        case afterAcknowledgements(Int, thenMicroseconds: UInt32)

        static func random(using generator: inout SplitMix64) -> Moment {
            Bool.random(using: &generator)
                ? .afterStart(microseconds: UInt32.random(in: 0...250_000, using: &generator))
                : .afterAcknowledgements(Int.random(in: 1...10, using: &generator),
                                         thenMicroseconds: UInt32.random(in: 0...20_000, using: &generator))
        }

        var description: String {
            switch self {
            case .afterStart(let micro): return "\(micro) µs after start"
            case .afterAcknowledgements(let count, let micro): return "\(micro) µs after \(count) acknowledgements"
            }
        }
    }

    @Test func hundredKillsDuringAStreamOfSavesLoseNothingAcknowledged() throws {
        let box = try NotesCLITests.Sandbox()
        defer { box.remove() }
        var generator = SplitMix64(seed: Self.seed)
        var acknowledged = Set<String>()
        var killedMidStream = 0
        for round in 0..<Self.rounds {
            let moment = Moment.random(using: &generator)
            let context = "round \(round), killed \(moment), seed \(Self.seed)"
            let writer = try Writer(box: box, round: round)
            switch moment {
            case .afterStart(let micro):
                usleep(micro)
            case .afterAcknowledgements(let count, let micro):
                // The writer exits only by the kill, so waiting for its lines cannot wait forever
                // unless it is stuck, which the deadline reports.
                let deadline = ContinuousClock.now.advanced(by: .seconds(30))
                while writer.lineCount() < count && writer.process.isRunning && ContinuousClock.now < deadline { usleep(2_000) }
                #expect(writer.process.isRunning, "writer ended by itself: \(context)")
                usleep(micro)
            }
            writer.killNow()
            #expect(writer.process.terminationReason == .uncaughtSignal, "\(context)")
            let ids = try writer.acknowledgedIDs()
            if !ids.isEmpty { killedMidStream += 1 }
            acknowledged.formUnion(ids)

            let stored = try NotesReliabilityTests.storedIDs(box)
            // One report, not a hundred: later rounds would only repeat the loss.
            guard acknowledged.isSubset(of: stored) else {
                Issue.record("lost \(acknowledged.subtracting(stored)): \(context)")
                return
            }
            // Each kill may leave at most its one save in flight stored without an acknowledgement.
            #expect(stored.count <= acknowledged.count + round + 1, "\(context)")
            let check = try box.run(["notes", "check", "--store", box.store])
            #expect(check.status == 0 && check.stdout.contains(": ok,"), "integrity: \(check.stdout)\(check.stderr) \(context)")
        }
        print("kill storm (seed \(Self.seed)): \(Self.rounds) kills, \(killedMidStream) after a first acknowledgement, "
              + "\(acknowledged.count) notes acknowledged, all stored")
        // Guards against a storm that only ever killed writers before their first save.
        #expect(killedMidStream >= Self.rounds / 4, "only \(killedMidStream) rounds killed a writer mid-stream (seed \(Self.seed))")
        #expect(acknowledged.count > Self.rounds, "seed \(Self.seed)")
    }
}
