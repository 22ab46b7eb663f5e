import Foundation

/// A real terminal for end-to-end tests: a private tmux server (own socket, no user config) with
/// one pane of a fixed size running `counterpoint` (or any shell command).
///
/// When the command ends, the pane prints `EXITED:<status>` and starts an interactive `/bin/sh`
/// whose prompt is `PROMPT$ `, so a test can check the exit status and that the shell still works
/// (echo, line editing, newlines) after the program restored the terminal.
///
/// Tests that need it are marked `.enabled(if: TmuxSession.isAvailable, ...)`, so they are skipped,
/// not failed, where tmux is not installed.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What tmux knows about the pane's terminal modes, to check they are restored.
    struct Modes: Equatable, CustomStringConvertible {
        var alternateScreen: Bool
        var cursorVisible: Bool
        var keypadTransmit: Bool
        var mouseReporting: Bool

        /// How a shell expects to find its terminal.
        static let shell = Modes(alternateScreen: false, cursorVisible: true, keypadTransmit: false, mouseReporting: false)

        var description: String {
            "alternate=\(alternateScreen) cursor=\(cursorVisible) keypad=\(keypadTransmit) mouse=\(mouseReporting)"
        }
    }

    static let prompt = "PROMPT$ "
    static let exitMarker = "EXITED:"

    static let tmuxPath: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":") + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"])
            .map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { tmuxPath != nil }

    /// A temporary folder for this session: XDG data, state and config point inside it.
    let scratch: URL
    private let socket: [String]
    private let target = "main"
    private var killed = false

    /// Runs `counterpoint` with `arguments` in a `width`x`height` terminal.
    /// - Parameters:
    ///   - term: the TERM the program sees; nil unsets it.
    ///   - environment: more variables for the program only (e.g. NO_COLOR, otherwise unset).
    ///   - redirection: appended to the command line, e.g. `> out.txt` or `< /dev/null`
    ///     (relative paths are inside `scratch`).
    convenience init(arguments: [String] = [], width: Int = 100, height: Int = 30, term: String? = "xterm-256color",
                     environment: [String: String] = [:], redirection: String = "") throws {
        let scratch = Self.newScratch()
        let command = Self.counterpointCommand(arguments: arguments, term: term, environment: environment, scratch: scratch)
        try self.init(command: command + (redirection.isEmpty ? "" : " " + redirection), width: width, height: height,
                      scratch: scratch)
    }

    /// The shell command line that runs `counterpoint` with its own XDG folders inside `scratch`.
    static func counterpointCommand(arguments: [String], term: String? = "xterm-256color",
                                    environment: [String: String] = [:], scratch: URL) -> String {
        var variables = [
            "LANG": "C.UTF-8",
            "XDG_DATA_HOME": scratch.appendingPathComponent("data").path,
            "XDG_STATE_HOME": scratch.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": scratch.appendingPathComponent("config").path,
        ]
        if let term { variables["TERM"] = term }
        for (name, value) in environment { variables[name] = value }
        var words = ["env"]
        if term == nil { words += ["-u", "TERM"] }
        // `swift test` itself runs with NO_COLOR=1; the program sees it only when a test asks.
        if environment["NO_COLOR"] == nil { words += ["-u", "NO_COLOR"] }
        words += variables.sorted { $0.key < $1.key }.map { quote("\($0.key)=\($0.value)") }
        words.append(quote(CounterpointProcess.executableURL.path))
        words += arguments.map(quote)
        return words.joined(separator: " ")
    }

    static func newScratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cp-tmux-\(UUID().uuidString)")
    }

    /// Runs a shell command line (by `/bin/sh`, in `scratch`) in a `width`x`height` terminal.
    init(command: String, width: Int = 100, height: Int = 30, scratch: URL? = nil) throws {
        guard Self.isAvailable else { throw Failure(description: "tmux is not installed") }
        self.scratch = scratch ?? Self.newScratch()
        // The server's socket lives in the scratch folder, removed with it; -L (tmux's own folder)
        // only where that path would be too long for a Unix socket.
        let socketPath = self.scratch.appendingPathComponent("tmux.sock").path
        socket = socketPath.utf8.count < 100 ? ["-S", socketPath] : ["-L", "cp-test-\(getpid())-\(UUID().uuidString.prefix(8))"]
        try FileManager.default.createDirectory(at: self.scratch, withIntermediateDirectories: true)
        // Ctrl-C reaches the whole foreground group: a trap (reset to the default in the program,
        // unlike an ignored signal) keeps this shell alive to report the program's status.
        let script = "trap : INT QUIT; cd \(Self.quote(self.scratch.path)) || exit 1; \(command); "
            + "echo \"\(Self.exitMarker)$?\"; trap - INT QUIT; exec env PS1=\(Self.quote(Self.prompt)) /bin/sh"
        let result = try Self.tmux(socket: socket, ["new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                                                    script])
        guard result.status == 0 else {
            throw Failure(description: "tmux new-session failed (\(result.status)): \(result.output)")
        }
    }

    deinit {
        kill()
    }

    // MARK: Driving

    /// Keys by tmux name: "j", "Enter", "Tab", "BSpace", "Escape", "C-o", "Up", "PageDown", "F5".
    func send(keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Text typed literally, character by character.
    func send(text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Several resizes in one tmux command list (`a ; b ; …`): the server applies them back to
    /// back, faster than one client per resize could.
    func resize(through sizes: [(width: Int, height: Int)]) throws {
        guard !sizes.isEmpty else { return }
        let commands = sizes.map { ["resize-window", "-t", target, "-x", "\($0.width)", "-y", "\($0.height)"] }
        try run(Array(commands.joined(separator: [";"])))
    }

    /// The visible screen as text (lines wrapped by the terminal joined back when `joinWrapped`);
    /// with `escapes`, colours and attributes as SGR sequences.
    func capture(escapes: Bool = false, joinWrapped: Bool = false) throws -> String {
        var arguments = ["capture-pane", "-p", "-t", target]
        if escapes { arguments.append("-e") }
        if joinWrapped { arguments.append("-J") }
        return try run(arguments)
    }

    /// A tmux format evaluated for the pane, e.g. `#{pane_width}`.
    func format(_ expression: String) throws -> String {
        try run(["display-message", "-p", "-t", target, expression]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var modes: Modes {
        get throws {
            let flags = try format("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}")
                .split(separator: " ").map { $0 == "1" }
            guard flags.count == 4 else { throw Failure(description: "unexpected tmux flags: \(flags)") }
            return Modes(alternateScreen: flags[0], cursorVisible: flags[1], keypadTransmit: flags[2], mouseReporting: flags[3])
        }
    }

    // MARK: Waiting

    /// Polls the screen until `condition` holds; throws with the last screen after `timeout`.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(15), joinWrapped: Bool = false,
                   _ condition: (String) throws -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var screen = ""
        while true {
            screen = try capture(joinWrapped: joinWrapped)
            if try condition(screen) { return screen }
            if clock.now >= deadline { break }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \(what); screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(15)) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout, joinWrapped: true) { $0.contains(text) }
    }

    /// Waits until the program is drawing full screen (the reader is up): on the alternate screen
    /// where the terminal has one (vt100 has not: pass `alternateScreen: false`).
    func waitForFullScreen(alternateScreen: Bool = true, timeout: Duration = .seconds(15)) throws {
        try waitUntil("the program to draw", timeout: timeout) { screen in
            guard !screen.contains(Self.exitMarker),
                  !screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return false }
            return try !alternateScreen || modes.alternateScreen
        }
    }

    /// The screen once two captures 200 ms apart agree: a frame that is still being drawn (on a
    /// loaded machine the first frame can arrive in pieces) is never taken as the reference.
    func stableScreen(timeout: Duration = .seconds(15)) throws -> String {
        var previous = try capture()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            usleep(200_000)
            let current = try capture()
            if current == previous { return current }
            previous = current
        }
        throw Failure(description: "the screen never settled")
    }

    /// Waits for the program to end; returns its exit status.
    func waitForExit(timeout: Duration = .seconds(15)) throws -> Int32 {
        let screen = try waitUntil("the program to exit", timeout: timeout, joinWrapped: true) {
            $0.contains(Self.exitMarker)
        }
        return Self.exitStatus(in: screen) ?? -1
    }

    static func exitStatus(in screen: String) -> Int32? {
        guard let range = screen.range(of: exitMarker, options: .backwards) else { return nil }
        return Int32(screen[range.upperBound...].prefix { $0.isNumber })
    }

    /// True when the shell that follows the program echoes typed input and runs it: the terminal
    /// is back in a usable line mode.
    func shellWorks() throws -> Bool {
        try waitFor(text: Self.prompt)
        try send(text: "echo ok-$((40+2))")
        try send(keys: "Enter")
        return (try? waitFor(text: "ok-42", timeout: .seconds(5))) != nil
    }

    // MARK: Processes

    /// The program's process id: the child of the pane's shell.
    func programPID() throws -> pid_t? {
        guard let shell = pid_t(try format("#{pane_pid}")) else { return nil }
        return Self.children(of: shell).first
    }

    /// Sends a signal to the program.
    func signalProgram(_ signal: Int32) throws {
        guard let pid = try programPID() else { throw Failure(description: "program is not running") }
        Foundation.kill(pid, signal)
    }

    static func children(of parent: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // "pid (comm) state ppid ...": comm may contain spaces, so split after the parenthesis.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 1 && pid_t(fields[1]) == parent ? pid : nil
        }.sorted()
    }

    /// Stops the tmux server (and with it the program) and removes the scratch folder.
    func kill() {
        guard !killed else { return }
        killed = true
        _ = try? Self.tmux(socket: socket, ["kill-server"])
        try? FileManager.default.removeItem(at: scratch)
    }

    // MARK: Plumbing

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try Self.tmux(socket: socket, arguments)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.first ?? "") failed (\(result.status)): \(result.output)")
        }
        return result.output
    }

    private static func tmux(socket: [String], _ arguments: [String]) throws -> (status: Int32, output: String) {
        guard let tmuxPath else { throw Failure(description: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")   // tests run inside tmux must not reach the outer server
        environment["SHELL"] = "/bin/sh"          // the server's default-shell runs the POSIX script
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("cp-tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: log) }
        let status = try spawnAndWait(tmuxPath, ["tmux"] + socket + ["-f", "/dev/null"] + arguments,
                                      environment: environment, output: log.path)
        return (status, String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self))
    }

    /// posix_spawn and a blocking waitpid on that one child. Foundation's Process is not used:
    /// it passes on the runner's blocked signals, and with tests running in parallel it was seen
    /// never to reap a tmux client, hanging the test in waitUntilExit with the client a zombie.
    private static func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String],
                                     output: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        // The test runner's threads block most signals, and a child inherits that mask: a tmux
        // server started with SIGCHLD and SIGTERM blocked never notices its panes exit and
        // ignores kill-server. Start every child with no blocked signals and default actions.
        var attributes = posix_spawnattr_t()
        TmuxSession.withCleanSignals(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot run \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(errno)") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift cannot import (macros).
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Single-quotes a word for /bin/sh.
    /// Initialises spawn attributes that start a child with no blocked signals and default actions
    /// (the test runner's threads block most signals, and a child would inherit that mask).
    static func withCleanSignals(_ attributes: inout posix_spawnattr_t) {
        posix_spawnattr_init(&attributes)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        sigdelset(&allSignals, SIGKILL)
        sigdelset(&allSignals, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
