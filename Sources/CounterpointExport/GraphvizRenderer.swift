import Foundation

/// Runs Graphviz's `dot` to turn DOT text into a picture.
public struct GraphvizRenderer: Sendable {
    /// The `dot` executable; nil when it is not installed.
    public let executable: URL?

    public init(executable: URL? = GraphvizRenderer.findDot()) {
        self.executable = executable
    }

    /// `dot` on PATH (a directory that holds an executable file named `dot`).
    public static func findDot(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        let directories = (path ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for directory in directories {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// `dot -T<format>` on `source`. `format` is a Graphviz output format: `svg`, `png`, …
    public func render(_ source: String, format: String) throws -> Data {
        guard let executable else { throw DebateExportError.graphvizMissing(format: format) }
        // Files rather than pipes: nothing to read concurrently, so a chatty `dot` cannot fill a
        // pipe and deadlock, and nothing crosses threads.
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("counterpoint-graphviz-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DebateExportError.graphvizUnusable("cannot create \(folder.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("map.dot")
        let output = folder.appendingPathComponent("map.\(format)")
        let errors = folder.appendingPathComponent("stderr.txt")
        do {
            try Data(source.utf8).write(to: input)
            try Data().write(to: errors)
        } catch {
            throw DebateExportError.graphvizUnusable("cannot write \(input.path): \(error.localizedDescription)")
        }

        let process = Process()
        process.executableURL = executable
        process.arguments = ["-T\(format)", "-o", output.path, input.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle: FileHandle
        do {
            errorHandle = try FileHandle(forWritingTo: errors)
            process.standardError = errorHandle
            try process.run()
        } catch {
            throw DebateExportError.graphvizUnusable("\(executable.path): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        try? errorHandle.close()

        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            throw DebateExportError.graphvizFailed(status: process.terminationStatus, message: message)
        }
        guard let data = try? Data(contentsOf: output), !data.isEmpty else {
            throw DebateExportError.graphvizUnusable("it wrote no \(format) output")
        }
        return data
    }
}
