import Foundation

/// Runs `counterpoint` under a pseudo-terminal made by util-linux `script`, which records every
/// byte the program writes to the terminal (stdout and stderr alike) in a log file. Unlike tmux,
/// nothing interprets the bytes first, so a test sees exactly what a real terminal would receive.
final class PseudoTerminalCapture {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let scriptPath: String? = ["/usr/bin/script", "/bin/script", "/usr/local/bin/script"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// util-linux `script` (`-c`, `-f`, `-e`); the BSD one on macOS takes other options.
    static let isAvailable: Bool = {
        guard let scriptPath, FileManager.default.isReadableFile(atPath: "/dev/ptmx") else { return false }
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: scriptPath)
        process.arguments = ["--version"]
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return false }
        let version = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return version.contains("util-linux")
    }()

    let scratch: URL
    let log: URL
    private var pid: pid_t = 0
    private var input: Int32 = -1
    private var status: Int32?

    /// Starts the program with `arguments` in a `width`x`height` pseudo-terminal. `scratch`
    /// (XDG folders, the log) belongs to the capture, which removes it.
    init(arguments: [String], width: Int, height: Int, scratch: URL, term: String = "xterm-256color") throws {
        guard let scriptPath = Self.scriptPath else { throw Failure(description: "script is not installed") }
        self.scratch = scratch
        log = scratch.appendingPathComponent("typescript")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // `script` gives the terminal no size when its own input is not a terminal; stty sets it
        // before the program starts, so ncurses reads it with TIOCGWINSZ as usual.
        let command = "stty rows \(height) cols \(width) && exec "
            + TmuxSession.counterpointCommand(arguments: arguments, term: term, scratch: scratch)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw Failure(description: "pipe failed: \(errno)") }
        input = fds[1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // As in TmuxSession: the test runner's blocked signals must not reach the child.
        var attributes = posix_spawnattr_t()
        TmuxSession.withCleanSignals(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let words: [String] = ["script", "-q", "-f", "-e", "-c", command, log.path]
        let argv = words.map { strdup($0) } + [nil]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "TMUX")
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        let spawned = posix_spawn(&pid, scriptPath, &actions, &attributes, argv, envp)
        close(fds[0])
        guard spawned == 0 else {
            close(fds[1])
            throw Failure(description: "cannot run script: error \(spawned)")
        }
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var raw: Int32 = 0
            waitpid(pid, &raw, 0)
        }
        if input >= 0 { close(input) }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Everything written to the terminal so far.
    func bytes() -> Data { (try? Data(contentsOf: log)) ?? Data() }

    /// Types `text` (one write, as a terminal would deliver a key).
    func send(_ text: String) throws {
        let data = Array(text.utf8)
        guard write(input, data, data.count) == data.count else { throw Failure(description: "cannot send keys: \(errno)") }
    }

    /// Polls the captured bytes until `condition` holds; throws after `timeout`.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(20), _ condition: (Data) -> Bool) throws -> Data {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            let captured = bytes()
            if condition(captured) { return captured }
            if ContinuousClock.now >= deadline || hasExited() {
                throw Failure(description: "timed out waiting for \(what) (\(captured.count) bytes captured)")
            }
            usleep(20_000)
        }
    }

    /// Waits for output beyond `count` bytes, which shows a key was handled and drawn.
    func waitForOutput(beyond count: Int, _ what: String, timeout: Duration = .seconds(20)) throws {
        try waitUntil(what, timeout: timeout) { $0.count > count }
    }

    private func hasExited() -> Bool {
        if status != nil { return true }
        var raw: Int32 = 0
        if waitpid(pid, &raw, WNOHANG) == pid {
            status = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
            return true
        }
        return false
    }

    /// The program's exit status (script -e passes it on), or nil if it did not end within `timeout`.
    func waitForExit(timeout: Duration = .seconds(20)) -> Int32? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while !hasExited() {
            if ContinuousClock.now >= deadline { return nil }
            usleep(20_000)
        }
        return status
    }
}
