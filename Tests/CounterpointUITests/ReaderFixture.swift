import CounterpointAnalysis
import CounterpointCore
import Foundation
@testable import CounterpointUI

/// A small corpus written for these tests (not the seeds), with a hand-made argument map, so
/// reader tests do not depend on the analyzer's output.
enum ReaderFixture {
    static let articles: [(file: String, text: String)] = [
        ("001_alpha.txt", """
        Alpha on the split
        Washington hopes to pull Moscow away from Beijing. Russia resents being the junior partner of China. \
        Officials in Moscow welcomed the overtures from the new administration.
        Trade between the two reached a record last year. Background about a meeting in Riyadh follows here.
        Some closing words that are not an argument at all, just a long sentence to fill the pane with text \
        so that scrolling has something to do when the pane is short and narrow.
        """),
        ("002_beta.txt", """
        Beta replies
        Russia depends on China for trade and will not risk it. Putin and Xi are close friends who meet often.
        The junior partner worry is overstated because Moscow has nowhere else to go.
        Reader comments follow the article in some places, but not here.
        """),
        ("003_gamma.txt", """
        Gamma adds a third view
        Washington cannot be trusted to keep its word. A split would take decades, not years.
        """),
    ]

    static func corpus() throws -> Corpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, text) in articles {
            try text.write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        return try CorpusLoader.load(folder: folder)
    }

    static func range(of quote: String, in article: Article) -> TextRange {
        let scalars = article.source.scalars
        let needle = Array(quote.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return TextRange(start, start + needle.count)
        }
        fatalError("quote not in fixture: \(quote)")
    }

    static func map(for corpus: Corpus) -> ArgumentMap {
        func argument(_ id: String, _ articleIndex: Int, _ quote: String, _ stance: Stance, _ theme: String,
                      origin: ArgumentOrigin = .curated) -> Argument {
            let article = corpus.articles[articleIndex]
            // The auto argument's stance rests on weak evidence, as a detected one's often does.
            return Argument(id: id, articleID: article.id, range: range(of: quote, in: article), stance: stance,
                            theme: theme, speaker: "author", origin: origin, stanceConfidence: origin == .auto ? 0.6 : 1)
        }
        let arguments = [
            argument("a1", 0, "Russia resents being the junior partner of China.", .feasible, "asymmetry"),
            argument("a2", 0, "Officials in Moscow welcomed the overtures from the new administration.", .feasible, "diplomacy"),
            argument("a3", 0, "Trade between the two reached a record last year.", .infeasible, "economy", origin: .auto),
            argument("b1", 1, "Russia depends on China for trade and will not risk it.", .infeasible, "economy"),
            argument("b2", 1, "Putin and Xi are close friends who meet often.", .infeasible, "personal-ties"),
            argument("b3", 1, "The junior partner worry is overstated because Moscow has nowhere else to go.", .infeasible, "asymmetry"),
            argument("c1", 2, "Washington cannot be trusted to keep its word.", .infeasible, "trust"),
        ]
        let links = [
            ContradictionLink(from: "a1", to: "b3", origin: .curated, score: 0.9),
            ContradictionLink(from: "a1", to: "c1", origin: .curated, score: 0.5),
            ContradictionLink(from: "a2", to: "b1", origin: .curated, score: 0.7),
        ]
        return ArgumentMap(arguments: arguments, links: links)
    }

    static func state(width: Int = 120, height: Int = 30) throws -> ReaderState {
        let corpus = try corpus()
        return ReaderState(corpus: corpus, map: map(for: corpus), width: width, height: height)
    }
}

extension ReaderState {
    /// Applies actions in order, as the event loop would.
    func after(_ actions: ReaderAction...) -> ReaderState {
        actions.reduce(self) { reduce($0, $1).0 }
    }

    func afterKeys(_ keys: [Key]) -> ReaderState {
        keys.reduce(self) { state, key in
            guard let action = KeyMap.standard.action(for: key, mode: state.mode) else { return state }
            return reduce(state, action).0
        }
    }
}
