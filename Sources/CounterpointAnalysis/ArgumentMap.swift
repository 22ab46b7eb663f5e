import CounterpointCore

/// Which side of the question an argument takes. Stance ids come from the question profile;
/// the reverse-Nixon profile uses `feasible` and `infeasible`.
public struct Stance: RawRepresentable, Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let feasible = Stance("feasible")
    public static let infeasible = Stance("infeasible")

    public var description: String { rawValue }
    public static func < (lhs: Stance, rhs: Stance) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum ArgumentOrigin: String, Codable, Sendable, CaseIterable {
    /// From the hand-curated `map.toml` (or the user's own curation).
    case curated
    /// Found by the analyzer.
    case auto
}

/// One argument on the question: a passage giving a reason, evidence or prediction.
public struct Argument: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var articleID: String
    /// Unicode scalar offsets into the article's decoded text.
    public var range: TextRange
    public var stance: Stance
    public var theme: String
    /// `author`, `commenter`, or the person/organisation whose view the passage reports.
    public var speaker: String
    public var origin: ArgumentOrigin
    /// 0...1: how likely the passage is an argument; curated arguments have 1.
    public var confidence: Double
    /// 0.5...1: how likely `stance` is right, from the strength of the stance evidence
    /// (`DetectorParameters.stanceOffset`/`stanceSlope`); curated arguments have 1.
    public var stanceConfidence: Double
    /// The cues that fired, so a reader can see why the passage was flagged.
    public var cues: [String]
    /// A label of a few words, written by a curator (auto-detected arguments have none).
    public var summary: String?

    public init(id: String, articleID: String, range: TextRange, stance: Stance, theme: String,
                speaker: String, origin: ArgumentOrigin, confidence: Double = 1, stanceConfidence: Double = 1,
                cues: [String] = [], summary: String? = nil) {
        self.id = id
        self.articleID = articleID
        self.range = range
        self.stance = stance
        self.theme = theme
        self.speaker = speaker
        self.origin = origin
        self.confidence = confidence
        self.stanceConfidence = stanceConfidence
        self.cues = cues
        self.summary = summary
    }
}

/// A contradiction between two arguments of opposite stance. Stored once; `ArgumentMap` answers
/// for both ends (links are symmetric).
public struct ContradictionLink: Hashable, Codable, Sendable {
    public var from: String
    public var to: String
    public var origin: ArgumentOrigin
    public var score: Double

    public init(from: String, to: String, origin: ArgumentOrigin, score: Double) {
        self.from = from
        self.to = to
        self.origin = origin
        self.score = score
    }
}

/// All arguments of a corpus and the contradictions between them, with fast lookups.
public struct ArgumentMap: Sendable {
    public private(set) var arguments: [Argument]
    public private(set) var links: [ContradictionLink]
    private var indexByID: [String: Int] = [:]
    private var byArticle: [String: [Int]] = [:]
    private var neighbours: [String: [(id: String, score: Double)]] = [:]

    public init(arguments: [Argument], links: [ContradictionLink]) {
        self.arguments = arguments.sorted { ($0.articleID, $0.range) < ($1.articleID, $1.range) }
        self.links = links
        for (index, argument) in self.arguments.enumerated() {
            indexByID[argument.id] = index
            byArticle[argument.articleID, default: []].append(index)
        }
        for link in links where indexByID[link.from] != nil && indexByID[link.to] != nil {
            neighbours[link.from, default: []].append((link.to, link.score))
            neighbours[link.to, default: []].append((link.from, link.score))
        }
        for key in neighbours.keys {
            neighbours[key]?.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        }
    }

    public func argument(id: String) -> Argument? { indexByID[id].map { arguments[$0] } }

    /// Arguments of one article in text order.
    public func arguments(inArticle articleID: String) -> [Argument] {
        (byArticle[articleID] ?? []).map { arguments[$0] }
    }

    /// The arguments that contradict `id`, best first.
    public func contradictions(of id: String) -> [Argument] {
        (neighbours[id] ?? []).compactMap { argument(id: $0.id) }
    }

    public func contradictionCount(of id: String) -> Int { neighbours[id]?.count ?? 0 }
}
