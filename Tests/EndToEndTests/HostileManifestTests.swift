import Foundation
import Testing

/// A broken `corpus.toml` (issue 7), black box: the built program on a copy of the seeds. Every
/// broken file must give one `counterpoint: corpus.toml: PLACE: PROBLEM` line and exit 1, never a
/// crash or a hang, and no file of the folder may be written.
@Suite struct HostileManifestTests {
    static let manifest = "corpus.toml"

    /// `counterpoint articles` reads the manifest only; `arguments --source auto` the profile as well.
    static func expectRefused(_ box: HostileFiles, _ what: String, place: String? = nil,
                              commands: [[String]] = [["articles"]],
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = HostileFiles.snapshot([box.url(Self.manifest), box.url("map.toml")])
        for command in commands {
            let result = try box.run(command + [box.corpus.path])
            HostileFiles.expectRefusal(result, naming: Self.manifest, place: place, unchanged: before,
                                       "\(what) (\(command.joined(separator: " ")))", sourceLocation: sourceLocation)
        }
    }

    /// The seed manifest with `old` replaced by `new` (which must occur).
    /// Replaces `old` in the seed corpus.toml; an `old` ending in " = " stands for the whole line
    /// that starts with it, so fitted values can change without breaking the test.
    static func edited(_ box: HostileFiles, _ old: String, _ new: String) throws {
        let text = try box.seedText(Self.manifest)
        if old.hasSuffix(" = ") {
            let lines = text.components(separatedBy: "\n")
            #expect(lines.contains { $0.hasPrefix(old) }, "the seed corpus.toml has no line starting \(old)")
            try box.write(Self.manifest, lines.map { $0.hasPrefix(old) ? new : $0 }.joined(separator: "\n"))
            return
        }
        #expect(text.contains(old), "the seed corpus.toml no longer holds \(old)")
        try box.write(Self.manifest, text.replacingOccurrences(of: old, with: new))
    }

    static func lineNumber(of fragment: String, in text: String) -> Int {
        guard let range = text.range(of: fragment) else { return 0 }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    @Test func truncatedInATableHeaderNamesTheLine() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let text = try box.seedText(Self.manifest)
        let cut = try #require(text.range(of: "[[articles]]\nid = \"002\"")).lowerBound
        let kept = String(text[..<cut]) + "[[artic"
        try box.write(Self.manifest, kept)
        let line = kept.filter { $0 == "\n" }.count + 1
        try Self.expectRefused(box, "cut inside [[articles]]", place: "line \(line)", commands: [["articles"], ["arguments", "--source", "auto"]])
    }

    @Test func truncatedInsideAStringNamesTheLine() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let text = try box.seedText(Self.manifest)
        let title = try #require(text.range(of: "title = \"The Unraveling Alliance")).upperBound
        let kept = String(text[..<title])
        try box.write(Self.manifest, kept)
        try Self.expectRefused(box, "cut inside a title string", place: "line \(Self.lineNumber(of: "title = \"The Unraveling", in: text))")
    }

    static let wrongTypes: [(old: String, new: String, place: String)] = [
        ("title = \"Rubio's bid to halt the Russia-China rapprochement\"", "title = 3", "articles[0].title"),
        ("id = \"001\"", "id = 1.5", "articles[1].id"),
        ("file = \"000_5cee30550d9bb713.txt\"", "file = [\"000_5cee30550d9bb713.txt\"]", "articles[0].file"),
        ("title_source = \"editorial\"\n\n[[articles]]\nid = \"001\"", "title_source = \"invented\"\n\n[[articles]]\nid = \"001\"",
         "articles[0].title_source"),
        ("id = \"reverse-nixon\"", "id = 2026-11-21", "question.id"),
        ("feasible = \"A US-Russia", "feasible = 7\nwas = \"A US-Russia", "question.stances.feasible"),
    ]

    static func refusalForWrongType(_ index: Int) throws -> (CounterpointProcess.Result, String) {
        let box = try HostileFiles()
        defer { box.remove() }
        let (old, new, place) = wrongTypes[index]
        try edited(box, old, new)
        let before = HostileFiles.snapshot([box.url(manifest)])
        let result = try box.run(["articles", box.corpus.path])
        HostileFiles.expectRefusal(result, naming: manifest, place: place, unchanged: before, new)
        return (result, place)
    }

    @Test(arguments: wrongTypes.indices)
    func wrongTypeIsRefusedNamingTheKey(index: Int) throws {
        _ = try Self.refusalForWrongType(index)
    }

    /// The key is present, so the message must not say it is missing, nor repeat the key.
    @Test(arguments: wrongTypes.indices)
    func wrongTypeIsReportedAsAWrongType(index: Int) throws {
        let (result, place) = try Self.refusalForWrongType(index)
        let key = place.split(separator: ".").last.map(String.init) ?? place
        #expect(!result.stderr.contains("required key is missing"), "\(result.stderr)")
        #expect(!result.stderr.contains("\(key).\(key)"), "\(result.stderr)")
    }

    @Test func articlesThatAreNotATableArrayAreRefused() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try box.write(Self.manifest, "articles = \"x\"\n")
        try Self.expectRefused(box, "articles = \"x\"", place: "articles")
    }

    @Test func aQuestionWithoutItsTitleNamesTheMissingKey() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.edited(box, "title = \"Can Washington pull Russia", "headline = \"Can Washington pull Russia")
        try Self.expectRefused(box, "[question] without title", place: "question.title")
    }

    @Test func aDuplicateKeyNamesItsLine() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let text = try box.seedText(Self.manifest)
        try Self.edited(box, "id = \"003\"", "id = \"003\"\nid = \"003b\"")
        try Self.expectRefused(box, "id given twice", place: "line \(Self.lineNumber(of: "id = \"003\"", in: text) + 1)")
    }

    @Test func aDuplicateArticleIDIsRefused() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.edited(box, "id = \"001\"", "id = \"000\"")
        try Self.expectRefused(box, "two articles with id 000", place: "articles[1]")
    }

    /// Unknown keys are not part of the format; a misspelt key must not crash or write anything.
    /// Today it is ignored (exit 0); a refusal naming the file would be acceptable too.
    @Test func anUnknownKeyIsIgnoredOrRefusedCleanly() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.edited(box, "title_source = \"text\"", "title_source = \"text\"\ntitel = \"typo\"\n[unknown.table]\nx = 1")
        let before = HostileFiles.snapshot([box.url(Self.manifest)])
        let result = try box.run(["articles", box.corpus.path])
        if result.status == 0 {
            #expect(result.stdout.contains("000"))
            HostileFiles.expectNoCrash(result, "unknown key")
            HostileFiles.expectUnchanged(before, "unknown key")
        } else {
            HostileFiles.expectRefusal(result, naming: Self.manifest, unchanged: before, "unknown key")
        }
    }

    @Test(arguments: HostileFiles.garbage.map(\.name))
    func garbageIsRefused(kind: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let bytes = try #require(HostileFiles.garbage.first { $0.name == kind }).bytes
        try box.write(Self.manifest, bytes)
        try Self.expectRefused(box, kind)
    }

    /// An empty manifest is a valid TOML document that says nothing: the articles load as if it
    /// were absent (ids from file names).
    @Test func anEmptyManifestLoadsLikeNone() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try box.write(Self.manifest, Data())
        let before = HostileFiles.snapshot([box.url(Self.manifest)])
        let result = try box.run(["articles", box.corpus.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("004"))
        HostileFiles.expectNoCrash(result, "empty corpus.toml")
        HostileFiles.expectUnchanged(before, "empty corpus.toml")
    }

    /// 5 MB: the seed manifest followed by 100,000 keys of a table nobody reads, then one error on
    /// the last line. It must finish and name that last line.
    @Test func aFiveMegabyteManifestWithAnErrorOnItsLastLineNamesThatLine() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        var text = try box.seedText(Self.manifest) + "\n[padding]\n"
        var index = 0
        while text.utf8.count < 5_000_000 {
            text += "key_\(index) = \"\(String(repeating: "x", count: 40))\"\n"
            index += 1
        }
        text += "broken = \n"
        try box.write(Self.manifest, text)
        let line = text.filter { $0 == "\n" }.count
        try Self.expectRefused(box, "5 MB with an error at the end", place: "line \(line)")
    }

    /// 100,000 nested arrays: a recursive parser must refuse, not overflow its stack.
    @Test func deeplyNestedArraysAreRefused() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try box.write(Self.manifest, "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")
        try Self.expectRefused(box, "100,000 nested arrays")
    }

    @Test(arguments: [("threshold = ", "threshold = \"high\"", "profile.detector.threshold"),
                      ("split_stance = \"feasible\"", "split_stance = 7", "profile.split_stance")])
    func aWrongTypeInTheProfileNamesTheKey(old: String, new: String, place: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.edited(box, old, new)
        try Self.expectRefused(box, new, place: place, commands: [["arguments", "--source", "auto"]])
    }

    @Test(arguments: [("threshold = ", "threshold = \"high\"", "threshold"), ("split_stance = \"feasible\"", "split_stance = 7", "split_stance"),
                       ("id = \"russia\"", "id = [\"russia\"]", "id")])
    func aWrongTypeInTheProfileIsReportedAsAWrongType(old: String, new: String, key: String) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try Self.edited(box, old, new)
        let result = try box.run(["arguments", "--source", "auto", box.corpus.path])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("required key is missing") && !result.stderr.contains("\(key).\(key)"), "\(result.stderr)")
    }
}
