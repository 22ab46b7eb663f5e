import Foundation
import Testing

/// A broken annotation store passed with `--store` (issue 7), black box: one line naming the file,
/// exit 1, no crash, and the file byte-identical afterwards (docs/annotations.md, "Where the store is").
@Suite struct HostileStoreTests {
    static let sqlite3: String? = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let quote = "As a staunch supporter of President Trump"

    /// Every command that opens the store, on `box.store`.
    static func commands(_ box: HostileFiles) -> [(String, [String])] {
        let store = ["--store", box.store.path]
        return [
            ("notes list", ["notes", "list", box.corpus.path] + store),
            ("notes add", ["notes", "add", box.corpus.path, "--article", "000", "--quote", quote, "--text", "x"] + store),
            ("notes check", ["notes", "check"] + store),
            ("export", ["export", box.corpus.path, "--format", "w3c"] + store),
        ]
    }

    static func expectEveryCommandRefuses(_ box: HostileFiles, _ what: String,
                                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = HostileFiles.snapshot([box.store])
        for (name, arguments) in commands(box) {
            HostileFiles.expectRefusal(try box.run(arguments), naming: box.store.lastPathComponent, unchanged: before,
                                       "\(what), \(name)", sourceLocation: sourceLocation)
            // SQLite may leave an empty -wal and a -shm index beside a WAL-mode file it only read.
            let wal = (try? Data(contentsOf: URL(fileURLWithPath: box.store.path + "-wal"))) ?? Data()
            #expect(wal.isEmpty, "\(what), \(name): \(wal.count) bytes written to the -wal", sourceLocation: sourceLocation)
        }
    }

    /// A real store holding three notes, closed cleanly.
    static func realStore(_ box: HostileFiles) throws {
        for text in ["one", "two", "three"] {
            let added = try box.run(["notes", "add", box.corpus.path, "--article", "000", "--quote", quote,
                                     "--text", text, "--store", box.store.path])
            #expect(added.status == 0, "\(added.stderr)")
        }
    }

    static func sql(_ statements: String, on url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(sqlite3))
        process.arguments = [url.path, statements]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(statements)")
    }

    @Test(arguments: HostileFiles.garbage.map(\.name) + ["a text file"])
    func aFileThatIsNotSQLiteIsRefused(kind: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let bytes = HostileFiles.garbage.first { $0.name == kind }?.bytes ?? Data("my notes\nbuy milk\n".utf8)
        try bytes.write(to: box.store)
        try Self.expectEveryCommandRefuses(box, kind)
    }

    /// SQLite treats an empty file as an empty database, so a zero-length store may be adopted as a
    /// new store (created in place) or refused; either way nothing crashes and a refusal writes nothing.
    @Test func aZeroLengthStoreIsAdoptedOrRefusedCleanly() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Data().write(to: box.store)
        let before = HostileFiles.snapshot([box.store])
        let added = try box.run(["notes", "add", box.corpus.path, "--article", "000", "--quote", Self.quote, "--text", "kept",
                                 "--store", box.store.path])
        if added.status == 0 {
            let check = try box.run(["notes", "check", "--store", box.store.path])
            #expect(check.status == 0 && check.stdout.contains("ok, 1 note"), "\(check.stdout)\(check.stderr)")
        } else {
            HostileFiles.expectRefusal(added, naming: box.store.lastPathComponent, unchanged: before, "zero-length store")
        }
        HostileFiles.expectNoCrash(added, "zero-length store")
    }

    /// Cut to 100 bytes (inside the header), to the first page, and to half (pages holding notes lost).
    @Test(arguments: [100, 4_096, 0])
    func aTruncatedStoreIsRefused(keptBytes: Int) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let added = try box.run(["notes", "add", box.corpus.path, "--article", "000", "--quote", Self.quote,
                                 "--text", String(repeating: "a long note ", count: 30), "--repeat", "300", "--store", box.store.path])
        #expect(added.status == 0, "\(added.stderr)")
        let whole = try Data(contentsOf: box.store)
        #expect(whole.count > 100_000, "the store is too small to cut: \(whole.count) bytes")
        let kept = keptBytes > 0 ? keptBytes : whole.count / 2
        try whole.prefix(kept).write(to: box.store)
        try Self.expectEveryCommandRefuses(box, "store cut to \(kept) of \(whole.count) bytes")
    }

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 command"))
    func aDatabaseOfAnotherProgramIsRefused() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.sql("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x');",
                     on: box.store)
        try Self.expectEveryCommandRefuses(box, "another program's database")
    }

    /// Our own store, but a value of the wrong type in a column (SQLite lets any value into any
    /// column): listing must not crash on it; a refusal or skipping the row are both acceptable.
    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 command"),
          arguments: ["target_start = 'abc'", "target_end = X'00FF'", "target_file = 42", "id = X'FFFE'",
                      "created = 3.5", "body = X'C328FF'", "motivation = X'00', tags = -1"])
    func aColumnOfTheWrongTypeDoesNotCrash(assignment: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.realStore(box)
        try Self.sql("UPDATE note SET \(assignment) WHERE rowid = (SELECT min(rowid) FROM note);", on: box.store)
        for (name, arguments) in Self.commands(box) where name != "notes add" {
            let result = try box.run(arguments)
            HostileFiles.expectNoCrash(result, "\(assignment), \(name)")
            if result.status != 0 {
                let lines = result.stderr.split(separator: "\n")
                #expect(lines.count == 1 && lines[0].contains(box.store.lastPathComponent), "\(assignment), \(name): \(result.stderr)")
            }
        }
    }

    /// SQLite would open a FIFO and wait for a writer forever; a device never ends.
    @Test(arguments: ["a FIFO", "a link to /dev/zero"])
    func aStoreThatIsNotARegularFileIsRefusedWithoutBlocking(kind: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        if kind == "a FIFO" {
            #expect(mkfifo(box.store.path, 0o644) == 0)
        } else {
            try FileManager.default.createSymbolicLink(atPath: box.store.path, withDestinationPath: "/dev/zero")
        }
        for (name, arguments) in Self.commands(box) {
            let result = try box.run(arguments, limit: .seconds(30))
            HostileFiles.expectRefusal(result, naming: box.store.lastPathComponent, place: "not a regular file",
                                       unchanged: [:], "\(kind), \(name)")
        }
    }
}
