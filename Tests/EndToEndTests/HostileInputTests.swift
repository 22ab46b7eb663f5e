import Foundation
import Testing

/// The reader on a folder of adversarial articles in a real terminal (tmux): escape sequences,
/// OSC title and clipboard requests, bidi overrides, combining floods and a 1 MB line must reach
/// the screen only as visible placeholders, never as terminal commands (issue 7).
///
/// The tmux server is told to honour OSC 52 (`set-clipboard on`), so a clipboard request that got
/// through would show up as a paste buffer; a title request would change `#{pane_title}`.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HostileInputTests {
    static let esc = "\u{1B}"
    static let bel = "\u{07}"

    /// Hostile articles plus two seed articles, in `folder`.
    static func makeCorpus(at folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let seeds = CounterpointProcess.packageRoot.appendingPathComponent("seeds")
        for name in try manager.contentsOfDirectory(atPath: seeds.path).sorted()
        where name.hasPrefix("000_") || name.hasPrefix("001_") {
            try manager.copyItem(at: seeds.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let paragraph = "Russia and China have grown closer since the war began. Beijing now buys the oil Europe no longer takes."
        let sentence = "Moscow and Beijing trade more and neither will turn on the other. "
        let texts: [String: String] = [
            "ansi.txt": "Colour \(esc)[31mred\(esc)[0m text. Clear \(esc)[2J\(esc)[H home. Title \(esc)]0;pwned\(bel) set. "
                + "Clipboard \(esc)]52;c;cHduZWQ=\(bel) stolen. C1 \u{9B}31m and \u{9D}0;pwned\u{9C} too. " + paragraph + "\n",
            "bidi.txt": "Invoice \u{202E}fdp.exe\u{202C} and \u{2066}isolate\u{2069}. " + paragraph + "\n",
            "combining.txt": "Zalgo a" + String(repeating: "\u{0301}", count: 10_000) + " and zero width "
                + String(repeating: "\u{200B}", count: 2_000) + " end. " + paragraph + "\n",
            "emoji.txt": "Family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} flag \u{1F1FA}\u{1F1E6} and "
                + "keycap 1\u{FE0F}\u{20E3}. " + paragraph + "\n",
            "cr-only.txt": "A Short Title\r" + paragraph + "\rSecond paragraph about Moscow and Beijing.\r",
            "long-line.txt": String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1),
        ]
        for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        try Data([0x41, 0xC3, 0x28, 0x42]).write(to: folder.appendingPathComponent("bad-utf8.txt"))
        try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("nul.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        try manager.createDirectory(at: folder.appendingPathComponent("x.txt"), withIntermediateDirectories: true)
    }

    /// A session whose program waits for a `go` file, so the server can be configured (and its
    /// default title read) before the program writes anything.
    /// `scratch` (with the corpus in it) belongs to the session, which removes it.
    fileprivate static func gatedSession(arguments: [String], scratch: URL) throws -> (TmuxSession, RawTmux) {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let command = "while [ ! -e go ]; do sleep 0.05; done; "
            + TmuxSession.counterpointCommand(arguments: arguments, scratch: scratch)
        let session = try TmuxSession(command: command, width: 120, height: 40, scratch: scratch)
        let raw = try RawTmux(scratch: scratch)
        try raw.run(["set-option", "-s", "set-clipboard", "on"])
        return (session, raw)
    }

    static func start(_ session: TmuxSession) {
        FileManager.default.createFile(atPath: session.scratch.appendingPathComponent("go").path, contents: Data())
    }

    @Test func hostileArticlesReachTheScreenOnlyAsPlaceholders() throws {
        let scratch = TmuxSession.newScratch()
        let corpus = scratch.appendingPathComponent("corpus")
        try Self.makeCorpus(at: corpus)
        let (session, raw) = try Self.gatedSession(arguments: [corpus.path], scratch: scratch)
        let defaultTitle = try session.format("#{pane_title}")
        #expect(try raw.buffers().isEmpty)
        Self.start(session)
        try session.waitForFullScreen()
        try session.waitUntil("the status line") { Self.hasStatusLine($0) }

        // Articles in file order: 000, 001, ansi, bidi, combining, cr-only, emoji, long-line.
        // First the escape article, waiting until its placeholders are on screen.
        try session.send(keys: "3")
        try session.waitUntil("the ␛ placeholders of ansi.txt") { $0.contains("\u{241B}[31m") && $0.contains("\u{241B}]0;pwned") }
        var steps: [[String]] = (1...9).map { ["\($0)"] }
        steps += [["3"], ["]"], ["]"], ["G"], ["g"], ["Tab"], ["4"], ["G"], ["Tab"], ["5"], ["Tab"], ["8"], ["G"], ["g"]]
        for keys in steps {
            try session.send(keys: keys[0])
            usleep(120_000)
            let screen = try session.capture(escapes: true)
            let problems = Self.garbage(in: screen)
            #expect(problems.isEmpty, "after \(keys): \(problems)\n\(screen)")
            #expect(try session.format("#{pane_title}") == defaultTitle, "after \(keys): the title was changed")
        }
        #expect(try raw.buffers().isEmpty, "an OSC 52 clipboard request reached the terminal")
        #expect(try session.format("#{pane_title}") != "pwned")

        let screen = try session.waitUntil("the status line after the walk") { Self.hasStatusLine($0) }
        #expect(try session.programPID() != nil, "the reader is gone:\n\(screen)")
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
        #expect(try session.format("#{pane_title}") == defaultTitle)
        #expect(try raw.buffers().isEmpty)
    }

    /// A file name is hostile input too: the loader's warning names the file, on stderr, before
    /// the reader starts.
    @Test func escapeSequencesInFileNamesDoNotReachTheTerminal() throws {
        let scratch = TmuxSession.newScratch()
        let corpus = scratch.appendingPathComponent("corpus")
        try Self.makeCorpus(at: corpus)
        // Empty files, so the loader warns about them by name.
        for name in ["\(Self.esc)]0;pwned\(Self.bel).txt", "\(Self.esc)]52;c;cHduZWQ=\(Self.bel).txt"] {
            try Data().write(to: corpus.appendingPathComponent(name))
        }
        let (session, raw) = try Self.gatedSession(arguments: [corpus.path], scratch: scratch)
        let defaultTitle = try session.format("#{pane_title}")
        Self.start(session)
        try session.waitForFullScreen()
        try session.waitUntil("the status line") { Self.hasStatusLine($0) }
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        let title = try session.format("#{pane_title}")
        let buffers = try raw.buffers()
        #expect(title == defaultTitle, "a file name set the terminal title")
        #expect(buffers.isEmpty, "a file name set the clipboard (OSC 52)")
        #expect(try session.modes == .shell)
    }

    // MARK: Screen checks

    static func hasStatusLine(_ screen: String) -> Bool {
        screen.contains("arguments in this article")
            || screen.split(separator: "\n").contains { $0.hasPrefix(" [") && $0.contains("]") }
    }

    /// What a captured screen (with SGR escapes) shows that only a raw escape sequence could have
    /// produced: any ESC other than tmux's own SGR, and fragments of the hostile sequences that are
    /// not behind their ␛ placeholder.
    static func garbage(in screen: String) -> [String] {
        var problems: [String] = []
        let plain = stripSGR(screen)
        if plain.unicodeScalars.contains("\u{1B}") { problems.append("a raw ESC other than SGR") }
        if let bad = plain.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }) {
            problems.append("control character U+\(String(bad.value, radix: 16))")
        }
        if plain.unicodeScalars.contains(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
            problems.append("a bidi override or isolate")
        }
        for fragment in ["[31m", "[0m", "[2J", "]0;pwned", "]52;c;"] {
            var rest = Substring(plain)
            while let found = rest.range(of: fragment) {
                if found.lowerBound == rest.startIndex || plain[plain.index(before: found.lowerBound)] != "\u{241B}" {
                    problems.append("\"\(fragment)\" without its ␛ placeholder")
                    break
                }
                rest = rest[found.upperBound...]
            }
        }
        return problems
    }

    /// The screen without `ESC [ params m` (the colours tmux reports with `capture-pane -e`).
    static func stripSGR(_ screen: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(screen.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == ";" || scalars[end] == ":" {
                    end += 1
                }
                if end < scalars.count, scalars[end] == "m" {
                    index = end + 1
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}

/// tmux commands that `TmuxSession` does not offer (server options, paste buffers), sent to the
/// same private server through its socket in the scratch folder.
fileprivate struct RawTmux {
    let socketPath: String

    init(scratch: URL) throws {
        socketPath = scratch.appendingPathComponent("tmux.sock").path
        guard socketPath.utf8.count < 100, FileManager.default.fileExists(atPath: socketPath) else {
            throw TmuxSession.Failure(description: "no tmux socket at \(socketPath)")
        }
    }

    /// The names of the server's paste buffers (OSC 52 with `set-clipboard on` creates one).
    func buffers() throws -> [String] {
        try run(["list-buffers", "-F", "#{buffer_name}"]).split(separator: "\n").map(String.init)
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        guard let tmux = TmuxSession.tmuxPath else { throw TmuxSession.Failure(description: "tmux is not installed") }
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("cp-rawtmux-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let argv = (["tmux", "-S", socketPath, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux, &actions, nil, argv, envp)
        guard spawned == 0 else { throw TmuxSession.Failure(description: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw TmuxSession.Failure(description: "waitpid failed: \(errno)") }
        }
        let output = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        // list-buffers with no buffers exits 0 with no output; any failure is an error.
        guard status == 0 else { throw TmuxSession.Failure(description: "tmux \(arguments) failed: \(output)") }
        return output
    }
}
