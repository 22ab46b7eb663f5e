import Foundation

/// The built executable, run as a child process with captured output.
enum CounterpointProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Ended by a signal (a crash, or the timeout's kill) rather than by exiting.
        var killedBySignal = false
        /// Killed because it outran the `timeout` given to `run`.
        var timedOut = false
    }

    /// `.build/<config>/counterpoint`, found next to the test bundle.
    static var executableURL: URL {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { directory.deleteLastPathComponent() }
        let candidates = [Bundle.main.bundleURL, Bundle(for: Marker.self).bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("counterpoint") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? directory.appendingPathComponent(".build/debug/counterpoint")
    }

    static var packageRoot: URL {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { directory.deleteLastPathComponent() }
        return directory
    }

    /// The binary run as the user `nobody` (through runuser), for permission tests under root.
    static func runAsNobody(_ arguments: [String]) throws -> CounterpointProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
        process.arguments = ["-u", "nobody", "--", "env", "LANG=C.UTF-8", "HOME=/tmp",
                             CounterpointProcess.executableURL.path] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Small outputs: read both to the end, then reap.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CounterpointProcess.Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                                          stderr: String(decoding: err, as: UTF8.self))
    }

    static func run(_ arguments: [String], directory: URL? = nil, environment: [String: String]? = nil,
                    stdin: Data? = nil, timeout: Duration? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executableURL
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for (key, value) in environment ?? [:] { env[key] = value }
        process.environment = env
        // Output goes to files, not pipes, so a large output can never block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cp-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let timedOut = timeout.map { wait(for: process, atMost: $0) == false } ?? false
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                      killedBySignal: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
    }

    /// Polls until the process ends or `limit` passes, then kills it; false when it had to be killed.
    private static func wait(for process: Process, atMost limit: Duration) -> Bool {
        let deadline = ContinuousClock.now.advanced(by: limit)
        while process.isRunning {
            guard ContinuousClock.now < deadline else {
                kill(process.processIdentifier, SIGKILL)
                return false
            }
            usleep(10_000)
        }
        return true
    }

    private final class Marker {}
}
