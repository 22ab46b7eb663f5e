import Foundation
import Testing

/// A broken `map.toml` (issue 7), black box on a copy of the seeds. A file that cannot be read as
/// a map is one `counterpoint: map.toml: PLACE: PROBLEM` line and exit 1; a bad entry in a good file
/// is one warning line naming the entry while the rest loads (docs/analysis.md, "The curated map").
@Suite struct HostileMapTests {
    static let map = "map.toml"
    /// Entries in the seed map: a new entry appended after them has this index.
    static let seedArguments: Int = {
        let url = CounterpointProcess.packageRoot.appendingPathComponent("seeds/map.toml")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n").filter { $0 == "[[arguments]]" }.count
    }()

    static func curated(_ box: HostileFiles) throws -> CounterpointProcess.Result {
        try box.run(["arguments", "--source", "curated", box.corpus.path])
    }

    static func expectRefused(_ box: HostileFiles, _ what: String, place: String? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = HostileFiles.snapshot([box.url(Self.map), box.url("corpus.toml")])
        HostileFiles.expectRefusal(try curated(box), naming: Self.map, place: place, unchanged: before, what,
                                   sourceLocation: sourceLocation)
    }

    /// One more argument after the seed map's links, so a problem in it touches no seed link.
    static func appendArgument(_ box: HostileFiles, stance: String, extra: String = "") throws {
        let entry = """

            [[arguments]]
            id = "zz-01"
            article = "000"
            quote = "As a staunch supporter of President Trump, Rubio is confident in the feasibility of this objective."
            stance = \(stance)
            theme = "diplomacy"
            speaker = "author"
            summary = "appended by a test"
            \(extra)
            """
        try box.write(Self.map, try box.seedText(Self.map) + entry + "\n")
    }

    @Test func truncatedInATableHeaderNamesTheLine() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let text = try box.seedText(Self.map)
        let cut = try #require(text.range(of: "[[arguments]]\nid = \"002-01\"")).lowerBound
        let kept = String(text[..<cut]) + "[[argum"
        try box.write(Self.map, kept)
        try Self.expectRefused(box, "cut inside [[arguments]]", place: "line \(kept.filter { $0 == "\n" }.count + 1)")
    }

    @Test func truncatedInsideAQuoteIsRefused() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let text = try box.seedText(Self.map)
        let quote = try #require(text.range(of: "quote = \"As a staunch supporter")).upperBound
        try box.write(Self.map, String(text[..<quote]))
        let line = text[..<quote].filter { $0 == "\n" }.count + 1
        try Self.expectRefused(box, "cut inside a quote", place: "line \(line)")
    }

    @Test func argumentsThatAreNotATableArrayAreRefused() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try box.write(Self.map, "arguments = \"x\"\n")
        try Self.expectRefused(box, "arguments = \"x\"", place: "arguments")
    }

    /// `stance = 7`: a refusal naming the entry, or (if the loader treats it as a bad entry) one
    /// warning naming it while the seed arguments load.
    @Test func aStanceOfTheWrongTypeNamesTheEntry() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.appendArgument(box, stance: "7")
        let before = HostileFiles.snapshot([box.url(Self.map)])
        let result = try Self.curated(box)
        let place = "arguments[\(Self.seedArguments)]"
        if result.status == 0 {
            let warnings = result.stderr.split(separator: "\n")
            #expect(warnings.count == 1 && warnings.allSatisfy { $0.contains("map.toml: \(place)") }, "\(result.stderr)")
            HostileFiles.expectNoCrash(result, "stance = 7")
            HostileFiles.expectUnchanged(before, "stance = 7")
        } else {
            HostileFiles.expectRefusal(result, naming: Self.map, place: place, unchanged: before, "stance = 7")
        }
    }

    @Test func anUnknownStanceIsOneWarningAndTheRestLoads() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.appendArgument(box, stance: "\"seven\"")
        let before = HostileFiles.snapshot([box.url(Self.map)])
        let result = try Self.curated(box)
        #expect(result.status == 0, "\(result.stderr)")
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count == 1, "\(result.stderr)")
        #expect(warnings.first?.contains("map.toml: arguments[\(Self.seedArguments)] (id \"zz-01\")") == true, "\(result.stderr)")
        #expect(warnings.first?.contains("seven") == true)
        #expect(result.stdout.contains("000-01"))
        HostileFiles.expectNoCrash(result, "stance = \"seven\"")
        HostileFiles.expectUnchanged(before, "stance = \"seven\"")
    }

    /// Unknown keys: ignored today (the seed map loads, no warning); a clean refusal would do too.
    @Test func anUnknownKeyIsIgnoredOrRefusedCleanly() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.appendArgument(box, stance: "\"feasible\"", extra: "colour = \"blue\"")
        let before = HostileFiles.snapshot([box.url(Self.map)])
        let result = try Self.curated(box)
        if result.status == 0 {
            #expect(result.stdout.contains("000-01"))
            HostileFiles.expectNoCrash(result, "unknown key")
            HostileFiles.expectUnchanged(before, "unknown key")
        } else {
            HostileFiles.expectRefusal(result, naming: Self.map, unchanged: before, "unknown key")
        }
    }

    @Test func aDuplicateKeyNamesItsLine() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.appendArgument(box, stance: "\"feasible\"", extra: "stance = \"infeasible\"")
        let text = try String(contentsOf: box.url(Self.map), encoding: .utf8)
        let line = text.components(separatedBy: "\n").lastIndex { $0 == "stance = \"infeasible\"" }.map { $0 + 1 } ?? 0
        try Self.expectRefused(box, "stance given twice", place: "line \(line)")
    }

    static func expectGarbageRefused(_ kind: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try box.write(map, try #require(HostileFiles.garbage.first { $0.name == kind }).bytes)
        try expectRefused(box, kind)
    }

    @Test(arguments: ["random bytes", "a UTF-16 byte-order mark"])
    func garbageIsRefused(kind: String) throws {
        try Self.expectGarbageRefused(kind)
    }

    /// The map is decoded with `String(decoding:as:)`, which turns bad UTF-8 into U+FFFD, and the
    /// TOML parser stops at a NUL: both load silently (exit 0, no warning) instead of failing.
    @Test(arguments: ["NUL bytes", "invalid UTF-8"])
    func undecodableTextIsRefused(kind: String) throws {
        try Self.expectGarbageRefused(kind)
    }

    @Test func anEmptyMapLoadsWithNothingCurated() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try box.write(Self.map, Data())
        let before = HostileFiles.snapshot([box.url(Self.map)])
        let result = try Self.curated(box)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("000-01"))
        HostileFiles.expectNoCrash(result, "empty map.toml")
        HostileFiles.expectUnchanged(before, "empty map.toml")
    }

    /// 100,000 entries, each naming an article that does not exist: it must finish, with exactly
    /// one warning per entry, and still load the seed arguments before them.
    @Test func aHundredThousandBadEntriesGiveOneWarningEach() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let count = 100_000
        var text = try box.seedText(Self.map)
        text.reserveCapacity(text.utf8.count + count * 120)
        for index in 0..<count {
            text += "\n[[arguments]]\nid = \"bulk-\(index)\"\narticle = \"nowhere\"\nquote = \"q\"\nstance = \"feasible\"\ntheme = \"economy\"\n"
        }
        try box.write(Self.map, text)
        let before = HostileFiles.snapshot([box.url(Self.map)])
        let result = try Self.curated(box)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings.count == count, "\(warnings.count) warning lines")
        #expect(warnings.allSatisfy { $0.contains("map.toml: arguments[") && $0.contains("unknown article nowhere") },
                "\(warnings.first { !$0.contains("unknown article nowhere") } ?? "")")
        #expect(result.stdout.contains("000-01"))
        HostileFiles.expectNoCrash(result, "100,000 entries")
        HostileFiles.expectUnchanged(before, "100,000 entries")
    }
}
