import Foundation
import Testing

/// Broken files given to `counterpoint import` (issue 7), black box: one line naming the file,
/// exit 1, no crash, and neither the import file nor the notes store changed.
@Suite struct HostileImportTests {
    static func importing(_ box: HostileFiles, _ name: String, _ data: Data) throws -> (CounterpointProcess.Result, [String: Data?]) {
        let file = box.root.appendingPathComponent(name)
        try data.write(to: file)
        try HostileStoreTests.realStore(box)
        let before = HostileFiles.snapshot([file, box.store])
        let result = try box.run(["import", file.path, box.corpus.path, "--store", box.store.path])
        return (result, before)
    }

    /// `place`: what the message must say about where or why parsing stopped.
    static func expectRefused(_ data: Data, _ what: String, place: String? = nil,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let (result, before) = try importing(box, "annotations.json", data)
        HostileFiles.expectRefusal(result, naming: "annotations.json", place: place, unchanged: before, what,
                                   sourceLocation: sourceLocation)
        let listed = try box.run(["notes", "list", box.corpus.path, "--json", "--store", box.store.path])
        #expect(listed.stdout.components(separatedBy: "\"id\"").count - 1 == 3, "\(what): the store's notes changed",
                sourceLocation: sourceLocation)
    }

    /// Each with what the one-line error must say about the place or the cause.
    static let malformed: [(kind: String, text: String, place: String)] = [
        ("unclosed object", "{\"type\": \"Annotation\", \"target\": {\"source\": \"000\"", "end of file"),
        ("missing comma", "[{\"type\": \"Annotation\"} {\"type\": \"Annotation\"}]", "character 24"),
        ("single quotes", "{'type': 'Annotation'}", "character 1"),
        ("bare word", "annotations", "character 0"),
        ("empty file", "", "end of file"),
        ("only whitespace", " \n\t\n", "end of file"),
        ("lone surrogate escape", "{\"type\": \"Annotation\", \"bodyValue\": \"\\udc00\"}", "character"),
        ("number overflow", "{\"type\": \"Annotation\", \"created\": 1e999999}", "1e999999"),
        // Foundation's parser accepts this; JSON does not.
        ("trailing comma", "[{\"type\": \"Annotation\"},]", "Trailing comma around character 23"),
    ]

    @Test(arguments: malformed.map(\.kind))
    func malformedJSONIsRefusedSayingWhere(kind: String) throws {
        let entry = try #require(Self.malformed.first { $0.kind == kind })
        try Self.expectRefused(Data(entry.text.utf8), kind, place: entry.place)
    }

    @Test(arguments: HostileFiles.garbage.map(\.name))
    func garbageIsRefused(kind: String) throws {
        try Self.expectRefused(try #require(HostileFiles.garbage.first { $0.name == kind }).bytes, kind)
    }

    /// Valid JSON that holds no annotation: the values have the wrong types for the W3C model.
    @Test(arguments: ["7", "null", "\"Annotation\"", "{\"type\": 7}", "{\"type\": [\"Note\"], \"items\": \"x\"}",
                      "{\"items\": {\"items\": 5}}", "[[], {}, [null]]"])
    func jsonWithNoAnnotationIsRefused(text: String) throws {
        try Self.expectRefused(Data(text.utf8), text)
    }

    /// 100,000 `[`: a recursive reader must refuse, not overflow its stack.
    @Test(arguments: [100_000, 10_000])
    func deeplyNestedJSONIsRefused(depth: Int) throws {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        try Self.expectRefused(Data(text.utf8), "\(depth) nested arrays", place: "nested")
    }

    /// Annotations of the right shape with wrong types inside: skipped or placed, never a crash; the
    /// notes already stored stay.
    @Test func annotationsWithWrongTypesInsideDoNotCrash() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let annotations = [
            "{\"type\": \"Annotation\", \"target\": 7}",
            "{\"type\": \"Annotation\", \"target\": {\"source\": 3, \"selector\": \"x\"}}",
            "{\"type\": \"Annotation\", \"target\": {\"source\": \"000\", \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": 5}]}}",
            "{\"type\": \"Annotation\", \"target\": {\"source\": \"000\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": \"a\", \"end\": -9e99}}}",
            "{\"type\": \"Annotation\", \"id\": 12, \"created\": false, \"motivation\": {}, \"body\": 4, "
                + "\"target\": {\"source\": \"000\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"\(HostileStoreTests.quote)\"}}}",
        ]
        let (result, _) = try Self.importing(box, "odd.json", Data(("[" + annotations.joined(separator: ",") + "]").utf8))
        HostileFiles.expectNoCrash(result, "wrong types inside annotations")
        #expect(result.status == 0 || result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        let check = try box.run(["notes", "check", "--store", box.store.path])
        #expect(check.status == 0 && check.stdout.contains(": ok,"), "\(check.stdout)\(check.stderr)")
        let listed = try box.run(["notes", "list", box.corpus.path, "--json", "--store", box.store.path])
        #expect(listed.stdout.components(separatedBy: "\"id\"").count - 1 >= 3)
    }

    /// Importing what the store already holds writes nothing: the file stays byte-identical.
    @Test func anImportThatAddsNothingLeavesTheStoreByteIdentical() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        try HostileStoreTests.realStore(box)
        let exported = try box.run(["export", box.corpus.path, "--format", "w3c", "--store", box.store.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let file = box.root.appendingPathComponent("export.json")
        try Data(exported.stdout.utf8).write(to: file)
        let before = HostileFiles.snapshot([box.store])
        let imported = try box.run(["import", file.path, box.corpus.path, "--store", box.store.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("(0 new, 0 updated, 3 already stored)"), "\(imported.stdout)")
        HostileFiles.expectUnchanged(before, "import of notes already stored")
    }

    /// 5 MB: 10,000 annotations quoting the seeds. It must finish and import each one once.
    @Test func aFiveMegabyteImportFinishes() throws {
        let box = try HostileFiles()
        defer { box.remove() }
        let count = 10_000
        let padding = String(repeating: "p", count: 400)
        let items = (0..<count).map { index in
            "{\"type\": \"Annotation\", \"id\": \"urn:test:\(index)\", \"bodyValue\": \"note \(index) \(padding)\", "
                + "\"target\": {\"source\": \"000\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"\(HostileStoreTests.quote)\"}}}"
        }
        let (result, _) = try Self.importing(box, "huge.json", Data(("[" + items.joined(separator: ",\n") + "]").utf8))
        HostileFiles.expectNoCrash(result, "5 MB import")
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(result.stdout.contains("imported \(count) notes"), "\(result.stdout)")
        let check = try box.run(["notes", "check", "--store", box.store.path])
        #expect(check.stdout.contains("ok, \(count + 3) notes"), "\(check.stdout)\(check.stderr)")
    }
}
