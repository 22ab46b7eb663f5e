import Foundation
import Testing

/// The reader and the terminal: refusing where it cannot run (one line, exit 2, nothing drawn),
/// and leaving the terminal as the shell needs it however it ends.
@Suite struct TerminalSafetyTests {
    // MARK: Where the reader cannot run

    @Test func outputToAFileIsAOneLineErrorWithExitCode2() throws {
        for arguments in [[], ["read"]] {
            let result = try CounterpointProcess.run(arguments, environment: ["TERM": "xterm-256color"])
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty, "nothing may be drawn into a redirected output")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(result.stderr.contains("standard output is not a terminal"))
            #expect(result.stderr.contains("counterpoint articles"))
        }
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
          arguments: [
              ("> out.txt", "standard output is not a terminal"),
              ("< /dev/null", "standard input is not a terminal"),
          ])
    func redirectedStreamsInATerminal(redirection: String, message: String) throws {
        let session = try TmuxSession(redirection: redirection)
        #expect(try session.waitForExit() == 2)
        try expectOneLineError(session.capture(joinWrapped: true), containing: message)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
        let output = session.scratch.appendingPathComponent("out.txt")
        if let written = try? Data(contentsOf: output) {
            #expect(written.isEmpty, "bytes written to the redirected output: \(written.count)")
        }
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
          arguments: [
              (nil, "TERM is not set"),
              ("", "TERM is not set"),
              ("dumb", "\"dumb\""),
              ("nonesuch-terminal", "\"nonesuch-terminal\""),
          ] as [(String?, String)])
    func unusableTermIsAOneLineError(term: String?, message: String) throws {
        let session = try TmuxSession(term: term)
        #expect(try session.waitForExit() == 2)
        try expectOneLineError(session.capture(joinWrapped: true), containing: message)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }

    // MARK: However the reader ends, the terminal is restored

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func quittingWithQRestoresTheTerminal() throws {
        let session = try TmuxSession()
        try session.waitForFullScreen()
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func quitSignalsRestoreTheTerminalAndExitWith128PlusSignal(signal: Int32) throws {
        let session = try TmuxSession()
        try session.waitForFullScreen()
        if signal == SIGINT {
            try session.send(keys: "C-c")   // through the terminal, as a user would
        } else {
            try session.signalProgram(signal)
        }
        #expect(try session.waitForExit() == 128 + signal)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        // Job control needs an interactive shell; the program is typed into it.
        let scratch = TmuxSession.newScratch()
        let session = try TmuxSession(command: "exec env PS1=\(TmuxSession.quote(TmuxSession.prompt)) /bin/sh",
                                      width: 100, height: 30, scratch: scratch)
        try session.waitFor(text: TmuxSession.prompt)
        try session.send(text: TmuxSession.counterpointCommand(arguments: [], scratch: scratch))
        try session.send(keys: "Enter")
        try session.waitForFullScreen()
        let before = try session.stableScreen()

        try session.send(keys: "C-z")
        try session.waitUntil("the shell after Ctrl-Z") { _ in try session.modes == .shell }
        try session.waitFor(text: "Stopped")

        try session.send(text: "fg")
        try session.send(keys: "Enter")
        try session.waitForFullScreen()
        try session.waitUntil("the same screen after fg") { $0 == before }

        try session.send(keys: "q")
        try session.waitUntil("the prompt after quitting") { _ in try session.modes == .shell }
        #expect(try session.shellWorks())
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func resizingDownToOneCellNeverCrashes() throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.waitForFullScreen()
        for (width, height) in [(80, 24), (40, 10), (20, 5), (1, 1), (2, 1), (1, 3), (200, 60), (90, 30)] {
            try session.resize(width: width, height: height)
            usleep(100_000)
            #expect(try session.programPID() != nil, "program gone after resizing to \(width)x\(height)")
        }
        try session.waitForFullScreen()
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"),
          arguments: [("xterm-256color", ["NO_COLOR": "1"]), ("vt100", [:])] as [(String, [String: String])])
    func monochromeDrawsWithoutColour(term: String, environment: [String: String]) throws {
        let session = try TmuxSession(term: term, environment: environment)
        try session.waitForFullScreen(alternateScreen: term != "vt100")
        let screen = try session.capture(escapes: true)
        #expect(Self.colourParameters(in: screen).isEmpty, "colour codes: \(Self.colourParameters(in: screen))")
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
    }

    // MARK: Helpers

    private func expectOneLineError(_ screen: String, containing message: String,
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = screen.split(separator: "\n").map(String.init)
        guard let exit = lines.firstIndex(where: { $0.hasPrefix(TmuxSession.exitMarker) }) else {
            Issue.record("no exit marker on screen:\n\(screen)", sourceLocation: sourceLocation)
            return
        }
        let output = lines[..<exit].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(output.count == 1, "expected one line, got:\n\(output.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(output.first?.hasPrefix("counterpoint: ") == true, sourceLocation: sourceLocation)
        #expect(output.first?.contains(message) == true, "\(output)", sourceLocation: sourceLocation)
        #expect(output.first?.contains("counterpoint articles") == true, sourceLocation: sourceLocation)
    }

    /// SGR parameters that set a colour (30-37, 40-47, 90-97, 100-107, 38;..., 48;...).
    static func colourParameters(in screen: String) -> [String] {
        var found: [String] = []
        var rest = Substring(screen)
        while let start = rest.range(of: "\u{1B}[") {
            let parameters = rest[start.upperBound...].prefix { $0.isNumber || $0 == ";" }
            let end = rest.index(start.upperBound, offsetBy: parameters.count)
            if end < rest.endIndex, rest[end] == "m" {
                for parameter in parameters.split(separator: ";").compactMap({ Int($0) }) {
                    if (30...38).contains(parameter) || (40...48).contains(parameter)
                        || (90...97).contains(parameter) || (100...107).contains(parameter) {
                        found.append(String(parameters))
                        break
                    }
                }
            }
            rest = rest[end...]
        }
        return found
    }
}
