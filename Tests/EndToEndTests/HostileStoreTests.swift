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
    /// column): nothing crashes; a refusal is one line (the damage itself is `aDamagedRow…` below).
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

    /// The first note's rowid after `assignment` was applied to it.
    static func damageFirstNote(_ box: HostileFiles, _ assignment: String) throws -> Int {
        try Self.realStore(box)
        try Self.sql("UPDATE note SET \(assignment) WHERE rowid = (SELECT min(rowid) FROM note);", on: box.store)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(sqlite3))
        process.arguments = [box.store.path, "SELECT min(rowid) FROM note;"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// A row that cannot be read (an id that is a blob) is never left out in silence: `notes list`
    /// warns naming the store and the rowid, `notes check` names it and fails, and neither writes.
    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 command"), arguments: ["id = X'FFFE'", "id = 'not-a-uuid'"])
    func aDamagedRowIsReportedByListAndCheckAndKept(assignment: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let rowid = try Self.damageFirstNote(box, assignment)
        let before = HostileFiles.snapshot([box.store])
        let listed = try box.run(["notes", "list", box.corpus.path, "--json", "--store", box.store.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.components(separatedBy: "\"id\"").count - 1 == 2, "\(listed.stdout.prefix(500))")
        let warnings = listed.stderr.split(separator: "\n")
        #expect(warnings.count == 1 && warnings[0].contains(box.store.lastPathComponent)
                    && warnings[0].contains("note row \(rowid)") && warnings[0].contains("not listed"), "\(listed.stderr)")

        let check = try box.run(["notes", "check", "--store", box.store.path])
        #expect(check.status == 1, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("ok, 3 notes") && check.stdout.contains("note row \(rowid) "), "\(check.stdout)")
        #expect(check.stderr.split(separator: "\n").count == 1 && check.stderr.contains("1 damaged row"), "\(check.stderr)")

        let exported = try box.run(["export", box.corpus.path, "--format", "markdown", "--store", box.store.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.split(separator: "\n").count == 1 && exported.stderr.contains("note row \(rowid)"), "\(exported.stderr)")
        HostileFiles.expectUnchanged(before, "\(assignment): list, check and export")
    }

    /// A position stored as text read as 0 and placed the note on the article's first words: now it
    /// is ignored, the note is found by its quote, and the row is reported as damaged.
    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 command"), arguments: ["target_start = 'abc'", "target_end = -3"])
    func aPositionThatIsNotANumberIsNotTrusted(assignment: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let rowid = try Self.damageFirstNote(box, assignment)
        let listed = try box.run(["notes", "list", box.corpus.path, "--json", "--store", box.store.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any]
        let notes = try #require(json?["notes"] as? [[String: Any]])
        #expect(notes.count == 3)
        for note in notes {
            #expect(note["quote"] as? String == Self.quote, "placed on other text: \(note)")
            #expect(note["start"] is Int)
        }
        #expect(listed.stderr.contains("note row \(rowid)") && listed.stderr.contains("found by its quote"), "\(listed.stderr)")
        let check = try box.run(["notes", "check", "--store", box.store.path])
        #expect(check.status == 1 && check.stdout.contains("note row \(rowid) (id "), "\(check.stdout)\(check.stderr)")
    }

    /// Reading commands open the store read-only: the file stays byte-identical (a writable open
    /// rewrites its header even when nothing is saved).
    @Test func readingCommandsLeaveTheStoreByteIdentical() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.realStore(box)
        let before = HostileFiles.snapshot([box.store])
        for arguments in [["notes", "list", box.corpus.path], ["notes", "list", box.corpus.path, "--json"],
                          ["notes", "check"], ["notes", "delete", "ffffffff"]] {
            let result = try box.run(arguments + ["--store", box.store.path])
            HostileFiles.expectNoCrash(result, arguments.joined(separator: " "))
            HostileFiles.expectUnchanged(before, arguments.joined(separator: " "))
        }
        let missing = box.root.appendingPathComponent("never-made.sqlite")
        #expect(try box.run(["notes", "list", box.corpus.path, "--store", missing.path]).stdout == "No notes.\n")
        #expect(!FileManager.default.fileExists(atPath: missing.path), "listing created a store")
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
