import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import Foundation

/// One debate to export: a corpus, its argument map, the profile and the user's notes.
struct Debate: Sendable {
    var corpus: Corpus
    var map: ArgumentMap
    var profile: QuestionProfile
    var notes: [PlacedNote] = []

    var pairs: [(String, String)] {
        var seen = Set<String>()
        return map.links.compactMap { link in
            guard map.argument(id: link.from) != nil, map.argument(id: link.to) != nil, link.from != link.to else { return nil }
            let key = [link.from, link.to].sorted().joined(separator: "\u{1}")
            return seen.insert(key).inserted ? (link.from, link.to) : nil
        }
    }
}

enum ExportFixtures {
    static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    /// The five seed articles with the curated map plus detected arguments, as
    /// `counterpoint arguments` builds it (`--source all`).
    static let seeds: Debate = {
        // A fixture that cannot load should fail loudly, not let tests pass on nothing.
        let folder = repositoryRoot.appendingPathComponent("seeds")
        let corpus = try! CorpusLoader.load(folder: folder)
        let profile = try! ProfileLoader.load(folder.appendingPathComponent(CorpusLoader.manifestName))
        let curated = try! CuratedMapLoader.load(folder: folder, articles: corpus.articles, profile: profile)
        let map = Analyzer(profile: profile).map(articles: corpus.articles, curated: curated, source: .all)
        return Debate(corpus: corpus, map: map, profile: profile)
    }()

    /// A small corpus written to a temporary folder, full of characters that DOT, Argdown and
    /// Markdown treat specially, with hand-made arguments, links and notes.
    static func awkward() throws -> Debate {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("counterpoint-export-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try manifest.write(to: folder.appendingPathComponent("corpus.toml"), atomically: true, encoding: .utf8)
        try first.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try second.write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let corpus = try CorpusLoader.load(folder: folder)
        try? FileManager.default.removeItem(at: folder)

        func range(_ article: String, _ quote: String) -> TextRange {
            let text = corpus.article(id: article)!.text
            let scalars = Array(text.unicodeScalars), wanted = Array(quote.unicodeScalars)
            let start = (0...(scalars.count - wanted.count)).first { Array(scalars[$0..<$0 + wanted.count]) == wanted }!
            return TextRange(start, start + wanted.count)
        }
        let arguments = [
            Argument(id: "A-1", articleID: "A", range: range("A", quoteA1), stance: .feasible, theme: "economy",
                     speaker: "author", origin: .curated, summary: "Say \"yes\" \\ back{slash}"),
            Argument(id: "A-2", articleID: "A", range: range("A", quoteA2), stance: .infeasible, theme: "economy",
                     speaker: "Dr. [Bracket]", origin: .auto, confidence: 0.62),
            Argument(id: "B 1\"q", articleID: "B", range: range("B", quoteB1), stance: .infeasible, theme: "trust",
                     speaker: "commenter", origin: .curated, summary: "No [way] #never"),
            Argument(id: "B-2", articleID: "B", range: range("B", quoteB2), stance: Stance("undecided"), theme: "mystery",
                     speaker: "author", origin: .auto, confidence: 0.4),
            Argument(id: "B-3", articleID: "B", range: range("B", quoteB3), stance: .feasible, theme: "trust",
                     speaker: "author", origin: .auto, confidence: 0.9),
        ]
        let links = [
            ContradictionLink(from: "A-1", to: "B 1\"q", origin: .curated, score: 1),
            ContradictionLink(from: "B 1\"q", to: "A-1", origin: .auto, score: 0.5),   // the same pair again
            ContradictionLink(from: "A-2", to: "B-3", origin: .auto, score: 0.7),
            ContradictionLink(from: "A-1", to: "A-2", origin: .curated, score: 1),
            ContradictionLink(from: "A-1", to: "gone", origin: .curated, score: 1),    // an end not in the map
        ]
        let map = ArgumentMap(arguments: arguments, links: links)
        let articleA = corpus.article(id: "A")!
        let notes = [
            Note(target: TextTarget(article: articleA, range: range("A", "Brackets [like")), text: "Check *this* #source\nsecond line"),
            Note(target: TextTarget(article: articleA, range: range("A", "Nobody")), text: "", tags: ["doubt"]),
        ]
        return Debate(corpus: corpus, map: map, profile: profile, notes: NotePlacement.place(notes, in: corpus.articles))
    }

    static let profile = QuestionProfile(
        splitStance: .feasible, bondStance: .infeasible, parties: [], topicTerms: [], events: [], cues: [],
        language: LanguageCues(),
        themes: [
            Theme(id: "economy", description: "Money_and *trade*.", terms: []),
            Theme(id: "trust", description: "Whether anyone believes <anyone>.", terms: []),
            Theme(id: "empty-theme", description: "Nobody argues this.", terms: []),
        ])

    static let quoteA1 = "Brackets [like this] and #hash and *stars* matter \"a lot\" \\ here."
    static let quoteA2 = "Nobody // comments === or {braces} <b>bold</b> _under_ @me."
    static let quoteB1 = "1. It cannot work, said a reader."
    static let quoteB2 = "- Perhaps | maybe."
    static let quoteB3 = "It will work because trust grows."

    static let manifest = """
    [question]
    id = "awkward"
    title = "Can \\"quotes\\" = [brackets] \\\\ survive #export?"

    [question.stances]
    feasible = "It *can*."
    infeasible = "It cannot."

    [[articles]]
    id = "A"
    file = "a.txt"
    title = "First \\"article\\" with {braces}"
    title_source = "editorial"
    author = "Ann O'Hara"
    outlet = "The <Daily> Bracket"

    [[articles]]
    id = "B"
    file = "b.txt"
    title = "Second # article"
    title_source = "editorial"

    """

    static let first = "Title line\n\n\(quoteA1) \(quoteA2)\n"
    static let second = "Another title\n\n\(quoteB1)\n\n\(quoteB2)\n\n\(quoteB3)\n"
}
