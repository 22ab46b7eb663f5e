import ArgumentParser
import CounterpointAnalysis
import CounterpointCore
import CounterpointSeeds
import Foundation

extension ArgumentSource: ExpressibleByArgument {}

/// Options shared by the analysis commands: where the question profile and the arguments come from.
struct AnalysisOptions: ParsableArguments {
    @Option(help: "Arguments to show: all (curated plus auto-detected that overlap none), curated, or auto (ignores map.toml).")
    var source: ArgumentSource = .all
    @Option(help: "A TOML file with a [profile] table. Default: the folder's corpus.toml, else the built-in profile.",
            completion: .file())
    var profile: String?

    /// The profile: `--profile`, else the corpus's own `[profile]`, else the bundled seeds' one.
    func loadProfile(for corpus: Corpus) throws -> QuestionProfile {
        do {
            if let profile { return try ProfileLoader.load(URL(fileURLWithPath: profile)) }
            if let text = corpus.manifestText,
               let own = try ProfileLoader.parseIfPresent(text, file: corpus.folder.appendingPathComponent(CorpusLoader.manifestName).path) {
                return own
            }
            guard let seeds = SeedsLocation.url else {
                throw CLIFailure("no question profile in this folder and the built-in one is missing; pass --profile FILE")
            }
            return try ProfileLoader.load(seeds.appendingPathComponent(CorpusLoader.manifestName))
        } catch let error as TOMLFileError {
            throw CLIFailure(error.description)
        }
    }

    /// The folder's curated map, with its problems printed as warnings; nil for `--source auto`.
    func loadMap(for corpus: Corpus, profile: QuestionProfile) throws -> CuratedMap? {
        guard source != .auto else { return nil }
        do {
            let map = try CuratedMapLoader.load(folder: corpus.folder, articles: corpus.articles, profile: profile)
            for problem in map?.problems ?? [] { Console.warn(problem) }
            if map == nil && source == .curated { Console.warn("\(corpus.folder.path): no \(CuratedMap.fileName); nothing curated to show") }
            return map
        } catch let error as TOMLFileError {
            throw CLIFailure(error.description)
        }
    }

    func buildMap(_ corpus: Corpus) throws -> (ArgumentMap, QuestionProfile) {
        let profile = try loadProfile(for: corpus)
        let curated = try loadMap(for: corpus, profile: profile)
        let analyzer = Analyzer(profile: profile)
        return (analyzer.map(articles: corpus.articles, curated: curated, source: source), profile)
    }
}

struct ArgumentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arguments",
        abstract: "List the arguments on the question: stance (+ split side, − bond side), id, theme, speaker, text."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var analysis: AnalysisOptions
    @Option(help: "Only this article's arguments.") var article: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            if let article, loaded.article(id: article) == nil {
                throw CLIFailure("no article with id \"\(article)\" (known: \(loaded.articles.map(\.id).joined(separator: ", ")))")
            }
            let (map, profile) = try analysis.buildMap(loaded)
            let arguments = map.arguments.filter { article == nil || $0.articleID == article }
            if json {
                let ids = Set(arguments.map(\.id))
                let links = map.links.filter { ids.contains($0.from) || ids.contains($0.to) }
                try JSONOutput.print(AnalysisReport(corpus: loaded, arguments: arguments, links: links))
            } else {
                Console.out(AnalysisText.arguments(arguments, map: map, corpus: loaded, profile: profile))
            }
        }
    }
}

/// The JSON both `arguments --json` and `links --json` print.
struct AnalysisReport: Encodable {
    struct ArticleJSON: Encodable { var id, file, title: String }
    struct ArgumentJSON: Encodable {
        var id, article: String
        var start, end: Int
        var text, stance, theme, speaker, origin: String
        var confidence: Double
        var stanceConfidence: Double
        var cues: [String]
        var summary: String?
        var contradictions: Int

        enum CodingKeys: String, CodingKey {
            case id, article, start, end, text, stance, theme, speaker, origin, confidence, cues, summary, contradictions
            case stanceConfidence = "stance_confidence"
        }
    }
    struct LinkJSON: Encodable {
        var from, to: String
        var relation = "contradicts"
        var origin: String
        var score: Double
    }

    var question: QuestionJSON?
    var articles: [ArticleJSON]
    var arguments: [ArgumentJSON]
    var links: [LinkJSON]

    init(corpus: Corpus, arguments: [CounterpointAnalysis.Argument], links: [ContradictionLink]) {
        question = corpus.question.map { QuestionJSON(id: $0.id, title: $0.title) }
        articles = corpus.articles.map { ArticleJSON(id: $0.id, file: $0.file, title: $0.title) }
        var counts: [String: Int] = [:]
        for link in links {
            counts[link.from, default: 0] += 1
            counts[link.to, default: 0] += 1
        }
        self.arguments = arguments.map { argument in
            let text = corpus.article(id: argument.articleID).map { $0.displayText(argument.range).text } ?? ""
            return ArgumentJSON(id: argument.id, article: argument.articleID, start: argument.range.start, end: argument.range.end,
                                text: text, stance: argument.stance.rawValue, theme: argument.theme, speaker: argument.speaker,
                                origin: argument.origin.rawValue, confidence: argument.confidence,
                                stanceConfidence: argument.stanceConfidence, cues: argument.cues,
                                summary: argument.summary, contradictions: counts[argument.id] ?? 0)
        }
        self.links = links.map { LinkJSON(from: $0.from, to: $0.to, origin: $0.origin.rawValue, score: $0.score) }
    }

    func encode(to encoder: Encoder) throws {
        enum Keys: String, CodingKey { case question, articles, arguments, links }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(question, forKey: .question)
        try container.encode(articles, forKey: .articles)
        try container.encode(arguments, forKey: .arguments)
        try container.encode(links, forKey: .links)
    }
}

/// Plain-text listings for a terminal: one argument per line.
enum AnalysisText {
    static let textWidth = 80

    static func glyph(_ stance: Stance, _ profile: QuestionProfile) -> String {
        stance == profile.splitStance ? "+" : stance == profile.bondStance ? "−" : "?"
    }

    static func arguments(_ arguments: [CounterpointAnalysis.Argument], map: ArgumentMap, corpus: Corpus, profile: QuestionProfile) -> String {
        var lines: [String] = []
        let split = arguments.filter { $0.stance == profile.splitStance }.count
        lines.append("\(arguments.count) arguments: \(split) \(profile.splitStance) (+), \(arguments.count - split) \(profile.bondStance) (−)")
        var currentArticle: String?
        for argument in arguments {
            if argument.articleID != currentArticle {
                currentArticle = argument.articleID
                let title = corpus.article(id: argument.articleID)?.title ?? ""
                lines.append("")
                lines.append("\(argument.articleID)  \(title)")
            }
            lines.append(line(argument, map: map, corpus: corpus, profile: profile))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func line(_ argument: CounterpointAnalysis.Argument, map: ArgumentMap, corpus: Corpus, profile: QuestionProfile) -> String {
        let origin = argument.origin == .curated ? "*" : " "
        let links = map.contradictionCount(of: argument.id)
        return "\(glyph(argument.stance, profile))\(origin)\(pad(argument.id, 8)) \(pad(argument.theme, 13)) "
            + "\(pad(clip(argument.speaker, 18), 18)) \(links > 0 ? "⟷\(links)" : "  ") "
            + clip(excerpt(argument, corpus), textWidth)
    }

    static func excerpt(_ argument: CounterpointAnalysis.Argument, _ corpus: Corpus) -> String {
        corpus.article(id: argument.articleID).map { $0.displayText(argument.range).text } ?? ""
    }

    static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension BenchStages {
    /// Detection, stance, themes and contradiction links over the whole corpus with the built-in profile.
    static let analysis = BenchStage(name: "analyse", summary: "detect arguments and link contradictions") { input in
        guard let seeds = SeedsLocation.url else { throw CLIFailure("built-in seeds not found: no profile to analyse with") }
        let profile = try ProfileLoader.load(seeds.appendingPathComponent(CorpusLoader.manifestName))
        let map = Analyzer(profile: profile).map(articles: input.corpus.articles, curated: nil, source: .auto)
        return "\(map.arguments.count) arguments, \(map.links.count) links"
    }
}
