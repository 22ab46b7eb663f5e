import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import Foundation

/// One entry point per fuzz target, shared by the libFuzzer executables in Fuzz/Targets and by the
/// regression tests, so a committed input replays through exactly the code the fuzzer ran.
/// Each returns the broken invariants (empty when all hold); the fuzz targets trap on a non-empty
/// answer and the tests expect an empty one. Rejecting bad input with an error is fine: only
/// crashes, hangs and broken invariants are findings.
public enum FuzzHarness {
    /// An article file's bytes, read as the corpus loader reads a `.txt` file.
    public static func plainText(_ bytes: [UInt8]) -> [String] {
        article(bytes, file: "fuzz.txt")
    }

    /// An article file's bytes, read as the corpus loader reads a `.md` file.
    public static func markdown(_ bytes: [UInt8]) -> [String] {
        article(bytes, file: "fuzz.md")
    }

    /// The first byte picks the loader (even: corpus.toml manifest and `[profile]`, odd: map.toml);
    /// the rest is the file, decoded as the loaders decode it.
    public static func toml(_ bytes: [UInt8]) -> [String] {
        guard let selector = bytes.first else { return [] }
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        return selector % 2 == 0 ? corpusManifest(text) : curatedMap(text)
    }

    /// A W3C annotation document imported against the fixture corpus.
    public static func w3c(_ bytes: [UInt8]) -> [String] {
        let importer = W3CImporter(articles: FuzzFixtures.articles)
        guard let result = try? importer.read(Data(bytes), file: "fuzz.json") else { return [] }
        // Every anchorable annotation is counted as placed or orphaned and becomes one record.
        let records = result.notes.count + result.curation.count
        guard result.placed + result.orphaned == records else {
            return ["placed \(result.placed) + orphaned \(result.orphaned) != \(records) records"]
        }
        return []
    }

    // MARK: -

    private static func article(_ bytes: [UInt8], file: String) -> [String] {
        guard case .success(let text) = ArticleDecoder.decode(bytes) else { return [] }
        let article = ArticleBuilder.build(id: "fuzz", file: file, text: text, entry: nil)
        return ArticleInvariants.problems(in: article)
    }

    /// corpus.toml is read twice by the program, as a manifest and for its `[profile]`; a profile
    /// that loads is also compiled and run, since its terms become matchers only then.
    private static func corpusManifest(_ text: String) -> [String] {
        _ = try? CorpusManifest.parse(text, file: "corpus.toml")
        guard let profile = try? ProfileLoader.parseIfPresent(text, file: "corpus.toml") else { return [] }
        let articles = FuzzFixtures.articles
        let map = Analyzer(profile: profile).map(articles: articles, curated: nil, source: .auto)
        return argumentProblems(map.arguments, links: map.links, articles: articles)
    }

    private static func curatedMap(_ text: String) -> [String] {
        let articles = FuzzFixtures.articles
        guard let map = try? CuratedMapLoader.parse(text, file: "map.toml", articles: articles, profile: FuzzFixtures.profile) else {
            return []
        }
        return argumentProblems(map.arguments, links: map.links, articles: articles)
    }

    private static func argumentProblems(_ arguments: [Argument], links: [ContradictionLink], articles: [Article]) -> [String] {
        var problems: [String] = []
        let counts = Dictionary(articles.map { ($0.id, $0.source.count) }, uniquingKeysWith: { first, _ in first })
        for argument in arguments {
            guard let count = counts[argument.articleID] else {
                problems.append("argument \(argument.id) names unknown article \(argument.articleID)")
                continue
            }
            if argument.range.end > count || argument.range.isEmpty {
                problems.append("argument \(argument.id) range \(argument.range) is empty or outside article \(argument.articleID) (\(count) scalars)")
            }
        }
        let ids = Set(arguments.map(\.id))
        for link in links where !ids.contains(link.from) || !ids.contains(link.to) {
            problems.append("link \(link.from) → \(link.to) names an argument that is not in the map")
        }
        return problems
    }
}
