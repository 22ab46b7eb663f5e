import CounterpointCore
import Foundation

/// A hand-curated argument map (`map.toml`), resolved against the corpus. Entries that fail a
/// check are left out and described in `problems`; everything else loads.
public struct CuratedMap: Sendable {
    public var arguments: [Argument]
    public var links: [ContradictionLink]
    /// One line per rejected entry, naming it: `map.toml: arguments[12] (id "004-07"): quote not found in article 004`.
    public var problems: [String]

    public init(arguments: [Argument] = [], links: [ContradictionLink] = [], problems: [String] = []) {
        self.arguments = arguments
        self.links = links
        self.problems = problems
    }

    public static let fileName = "map.toml"
}

public enum CuratedMapLoader {
    /// The map in `folder`, or nil when the folder has none. Throws only when the file is not TOML.
    public static func load(folder: URL, articles: [Article], profile: QuestionProfile) throws -> CuratedMap? {
        let url = folder.appendingPathComponent(CuratedMap.fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = try TOMLFile.read(url)
        do {
            // Entry problems say "map.toml: arguments[3]"; a file that does not decode names its path.
            return try parse(text, file: CuratedMap.fileName, articles: articles, profile: profile)
        } catch var error as TOMLFileError {
            error.file = url.path
            throw error
        }
    }

    public static func parse(_ text: String, file: String, articles: [Article], profile: QuestionProfile) throws -> CuratedMap {
        let document = try TOMLFile.decode(MapDocument.self, from: text, file: file)
        var map = CuratedMap()
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let themes = Set(profile.themes.map(\.id))
        var seen = Set<String>()

        for (index, entry) in (document.arguments ?? []).enumerated() {
            let label = "\(file): arguments[\(index)]" + (entry.id.map { " (id \"\($0)\")" } ?? "")
            func problem(_ text: String) { map.problems.append("\(label): \(text)") }
            guard let id = entry.id, !id.isEmpty else { problem("missing id"); continue }
            guard seen.insert(id).inserted else { problem("duplicate id"); continue }
            guard let articleID = entry.article else { problem("missing article"); continue }
            guard let article = byID[articleID] else { problem("unknown article \(articleID)"); continue }
            guard let quote = entry.quote, !quote.isEmpty else { problem("missing quote"); continue }
            guard let stanceID = entry.stance else { problem("missing stance"); continue }
            let stance = Stance(stanceID)
            guard profile.stances.contains(stance) else {
                problem("unknown stance \"\(stanceID)\" (known: \(profile.stances.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            guard let theme = entry.theme else { problem("missing theme"); continue }
            guard themes.contains(theme) else { problem("unknown theme \"\(theme)\""); continue }
            switch QuoteLocator.locate(quote, prefix: entry.prefix, suffix: entry.suffix, in: article.source) {
            case .notFound:
                problem("quote not found in article \(articleID)")
            case .ambiguous(let count):
                problem("ambiguous quote: \(count) occurrences in article \(articleID); add prefix/suffix")
            case .contextMismatch:
                problem("quote found in article \(articleID) but not with the given prefix/suffix")
            case .found(let range):
                map.arguments.append(Argument(id: id, articleID: articleID, range: range, stance: stance, theme: theme,
                                              speaker: entry.speaker ?? "author", origin: .curated, confidence: 1,
                                              cues: [], summary: entry.summary))
            }
        }

        let loaded = Set(map.arguments.map(\.id))
        var linked = Set<String>()
        for (index, entry) in (document.links ?? []).enumerated() {
            let label = "\(file): links[\(index)]" + ((entry.from != nil && entry.to != nil) ? " (\(entry.from!) → \(entry.to!))" : "")
            guard let from = entry.from, let to = entry.to else { map.problems.append("\(label): missing from or to"); continue }
            if let relation = entry.relation, relation != "contradicts" {
                map.problems.append("\(label): unknown relation \"\(relation)\" (known: contradicts)")
                continue
            }
            let missing = [from, to].filter { !loaded.contains($0) }
            guard missing.isEmpty else {
                let reason = missing.map { seen.contains($0) ? "\"\($0)\" did not load" : "no argument \"\($0)\"" }
                map.problems.append("\(label): link to a missing id: " + reason.joined(separator: ", "))
                continue
            }
            guard from != to else { map.problems.append("\(label): links an argument to itself"); continue }
            let key = from < to ? "\(from)|\(to)" : "\(to)|\(from)"
            guard linked.insert(key).inserted else { map.problems.append("\(label): duplicate link"); continue }
            map.links.append(ContradictionLink(from: from, to: to, origin: .curated, score: 1))
        }
        return map
    }
}

private struct MapDocument: Decodable {
    var arguments: [ArgumentEntry]?
    var links: [LinkEntry]?
}

private struct ArgumentEntry: Decodable {
    var id, article, quote, prefix, suffix, stance, theme, speaker, summary: String?
}

private struct LinkEntry: Decodable {
    var from, to, relation, note: String?
}
