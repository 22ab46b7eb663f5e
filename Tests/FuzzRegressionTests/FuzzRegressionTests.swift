import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointFuzzHarness
import Foundation
import Testing

/// Replays every committed fuzz input (the seed corpora in Fuzz/corpus and the minimised findings
/// in Fuzz/regressions) through the same entry points the fuzz targets call. A finding that comes
/// back crashes this test process or shows up as a broken invariant.
struct FuzzRegressionTests {
    static let fuzzFolder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fuzz")
    }()

    static let entryPoints: [String: @Sendable ([UInt8]) -> [String]] = [
        "text": FuzzHarness.plainText, "markdown": FuzzHarness.markdown,
        "toml": FuzzHarness.toml, "w3c": FuzzHarness.w3c,
    ]

    /// Files of one target's folder under Fuzz/corpus or Fuzz/regressions, sorted by name.
    static func inputs(_ kind: String, _ target: String) -> [URL] {
        let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test(arguments: ["text", "markdown", "toml", "w3c"])
    func seedCorpusReplaysCleanly(target: String) throws {
        let files = Self.inputs("corpus", target)
        // An empty or missing folder would make this test pass without replaying anything.
        #expect(files.count >= 3, "too few seed inputs for \(target)")
        for file in files {
            let problems = Self.entryPoints[target]!(Array(try Data(contentsOf: file)))
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems)")
        }
    }

    /// Every file under Fuzz/regressions, as "target/file": one test case each, named after the finding.
    static let findings: [String] = FuzzRegressionTests.entryPoints.keys.sorted().flatMap { target in
        FuzzRegressionTests.inputs("regressions", target).map { "\(target)/\($0.lastPathComponent)" }
    }

    @Test(arguments: FuzzRegressionTests.findings)
    func findingStaysFixed(finding: String) throws {
        let target = String(finding.prefix { $0 != "/" })
        let file = Self.fuzzFolder.appendingPathComponent("regressions").appendingPathComponent(finding)
        let problems = Self.entryPoints[target]!(Array(try Data(contentsOf: file)))
        #expect(problems.isEmpty, "\(finding): \(problems)")
    }

    /// The W3C seed was exported from a corpus holding the fixture articles; if the fixtures drift
    /// from it, the importer fuzzes only its orphan path and nobody would notice.
    @Test func w3cExportSeedMatchesTheFixtureArticles() throws {
        let file = Self.fuzzFolder.appendingPathComponent("corpus/w3c/counterpoint-export.json")
        let result = try W3CImporter(articles: FuzzFixtures.articles).read(try Data(contentsOf: file), file: file.lastPathComponent)
        #expect(result.notes.count == 3)
        #expect(result.placed == 3 && result.orphaned == 0)
        #expect(result.skippedDerived == 2)
    }

    /// Likewise for the map seed: its quotes come from the fixture's opening of seed article 000.
    @Test func mapSeedResolvesAgainstTheFixtureArticles() throws {
        let bytes = try Data(contentsOf: Self.fuzzFolder.appendingPathComponent("corpus/toml/map-fixture-articles.toml"))
        #expect(bytes.first == 1, "the first byte must pick the map loader")
        let map = try CuratedMapLoader.parse(String(decoding: bytes.dropFirst(), as: UTF8.self), file: "map.toml",
                                             articles: FuzzFixtures.articles, profile: FuzzFixtures.profile)
        #expect(map.arguments.count == 7, "\(map.problems)")
        #expect(!map.links.isEmpty)
    }
}
