import CounterpointCore
import Foundation
import Testing

/// Shared by the hostile config and data tests (issue 7): a temporary copy of the seed corpus whose
/// `corpus.toml`, `map.toml`, store or import file a test replaces with something broken, and the
/// checks every refusal must pass.
struct HostileFiles {
    let root: URL
    var corpus: URL { root.appendingPathComponent("corpus") }
    var store: URL { root.appendingPathComponent("notes.sqlite") }

    /// The seed articles, `corpus.toml` and `map.toml`, copied.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cp-hostile-files-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CounterpointProcess.packageRoot.appendingPathComponent("seeds"), to: corpus)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    func url(_ name: String) -> URL { corpus.appendingPathComponent(name) }

    func write(_ name: String, _ text: String) throws { try write(name, Data(text.utf8)) }

    func write(_ name: String, _ data: Data) throws { try data.write(to: url(name)) }

    func seedText(_ name: String) throws -> String {
        try String(contentsOf: CounterpointProcess.packageRoot.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
    }

    /// Runs the program; a run still going after `limit` is killed and reported, so a hang fails
    /// the test instead of stopping the suite. The limit is a watchdog, not a timing assertion.
    func run(_ arguments: [String], limit: Duration = .seconds(120)) throws -> CounterpointProcess.Result {
        let result = try CounterpointProcess.run(arguments, timeout: limit)
        #expect(!result.timedOut, "still running after \(limit): counterpoint \(arguments.joined(separator: " "))")
        return result
    }

    /// Snapshots of files (contents and size) taken before a run, to prove nothing was written.
    static func snapshot(_ urls: [URL]) -> [String: Data?] {
        Dictionary(uniqueKeysWithValues: urls.map { ($0.path, try? Data(contentsOf: $0)) })
    }

    /// Signs of a Swift runtime crash or an uncaught error rather than a planned message.
    static let crashMarkers = ["Fatal error", "fatal error", "Crash", "Backtrace", "💣", "Thread 0", "Illegal instruction",
                               "Segmentation fault", "Swift runtime failure", "Error Domain="]

    /// A refusal: exit status 1 (not a signal), exactly one stderr line that starts with
    /// `counterpoint: `, names `file` and, when given, the `place`; no crash output; every file in
    /// `unchanged` byte-identical afterwards.
    static func expectRefusal(_ result: CounterpointProcess.Result, naming file: String, place: String? = nil,
                              unchanged before: [String: Data?], _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(what): exit \(result.status), stderr: \(result.stderr)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 1, "\(what): want one stderr line, got \(lines.count): \(result.stderr.prefix(2_000))",
                sourceLocation: sourceLocation)
        let line = lines.first.map(String.init) ?? ""
        #expect(line.hasPrefix("counterpoint: "), "\(what): \(line)", sourceLocation: sourceLocation)
        #expect(line.contains(file), "\(what): the error does not name \(file): \(line)", sourceLocation: sourceLocation)
        if let place {
            #expect(line.contains(place), "\(what): the error does not say \"\(place)\": \(line)", sourceLocation: sourceLocation)
        }
        expectNoCrash(result, what, sourceLocation: sourceLocation)
        expectUnchanged(before, what, sourceLocation: sourceLocation)
    }

    static func expectNoCrash(_ result: CounterpointProcess.Result, _ what: String,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        for marker in crashMarkers where result.stderr.contains(marker) {
            #expect(Bool(false), "\(what): crash output (\(marker)): \(result.stderr.prefix(2_000))", sourceLocation: sourceLocation)
        }
        #expect(result.status < 128 && !result.killedBySignal, "\(what): ended by a signal", sourceLocation: sourceLocation)
    }

    static func expectUnchanged(_ before: [String: Data?], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for (path, data) in before {
            let now = try? Data(contentsOf: URL(fileURLWithPath: path))
            #expect(now == data, "\(what): \(path) was modified (\(data?.count ?? -1) -> \(now?.count ?? -1) bytes)",
                    sourceLocation: sourceLocation)
        }
    }

    /// A few kinds of rubbish every reader of a file must refuse cleanly.
    static let garbage: [(name: String, bytes: Data)] = {
        var random = SplitMix64(seed: 77)
        let noise = Data((0..<4_096).map { _ in UInt8.random(in: 0...255, using: &random) })
        return [
            ("random bytes", noise),
            ("NUL bytes", Data(repeating: 0, count: 512)),
            ("invalid UTF-8", Data("title = \"caf".utf8) + Data([0xC3, 0x28, 0xFF]) + Data("\"\n".utf8)),
            ("a UTF-16 byte-order mark", Data([0xFF, 0xFE]) + Data("a = 1\n".utf8.flatMap { [$0, 0] })),
        ]
    }()
}
