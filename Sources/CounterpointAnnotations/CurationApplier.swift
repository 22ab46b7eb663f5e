import CounterpointAnalysis
import CounterpointCore
import Foundation

extension ArgumentMap {
    /// This map with the user's curation on top: records apply oldest first (by modified time), so
    /// a later decision about the same argument overrides an earlier one. Records whose passage
    /// cannot be found in `articles` are skipped, never deleted.
    public func applying(_ records: [CurationRecord], articles: [Article]) -> ArgumentMap {
        curated(by: records, articles: articles).map
    }

    /// `applying`, also saying which record put each argument's stance and each link on the map
    /// (the export names them by the record's id) and which records show nowhere on it.
    public func curated(by records: [CurationRecord], articles: [Article]) -> CurationOutcome {
        var curated = CuratedArguments(map: self, locator: ArticleLocator(articles: articles))
        let ordered = records.sorted { ($0.modified, $0.created, $0.id.uuidString) < ($1.modified, $1.created, $1.id.uuidString) }
        for record in ordered { curated.apply(record) }
        let shown = Set(curated.stanceRecord.values).union(curated.linkRecord.values)
        return CurationOutcome(map: ArgumentMap(arguments: curated.arguments, links: curated.links),
                               stanceRecord: curated.stanceRecord, linkRecord: curated.linkRecord,
                               recordsNotOnMap: ordered.filter { !shown.contains($0.id) })
    }

    /// The argument a curation target designates now: the one with exactly that range, or the one
    /// overlapping it most (at least half of their union), since re-analysis may move boundaries.
    public func argument(matching range: TextRange, inArticle articleID: String) -> Argument? {
        CuratedArguments.bestMatch(range, among: arguments(inArticle: articleID))
    }
}

/// A curated map and where its curated parts came from.
public struct CurationOutcome: Sendable {
    public var map: ArgumentMap
    /// Argument id → the record that set its stance.
    public var stanceRecord: [String: UUID]
    /// `LinkKey` of a link → the record that added it.
    public var linkRecord: [LinkKey: UUID]
    /// Rejections, unlinks, `not-an-argument`, and records whose passage was not found.
    public var recordsNotOnMap: [CurationRecord]
}

/// A link's two argument ids, in either order.
public struct LinkKey: Hashable, Sendable {
    public let first: String
    public let second: String
    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }
}

/// The working copy of a map while curation records apply.
struct CuratedArguments {
    var arguments: [Argument]
    var links: [ContradictionLink]
    var stanceRecord: [String: UUID] = [:]
    var linkRecord: [LinkKey: UUID] = [:]
    let locator: ArticleLocator

    init(map: ArgumentMap, locator: ArticleLocator) {
        arguments = map.arguments
        links = map.links
        self.locator = locator
    }

    mutating func apply(_ record: CurationRecord) {
        guard let (article, range) = place(record.target) else { return }
        switch record.action {
        case .setStance(let stance):
            let index = matchIndex(range, articleID: article.id)
            if stance == .notAnArgument {
                if let index { remove(at: index) }
            } else if let index {
                arguments[index].stance = stance
                arguments[index].origin = .curated
                arguments[index].confidence = 1
                arguments[index].stanceConfidence = 1
                stanceRecord[arguments[index].id] = record.id
            } else {
                stanceRecord["user-" + record.id.uuidString.prefix(8).lowercased()] = record.id
                arguments.append(Argument(
                    id: "user-" + record.id.uuidString.prefix(8).lowercased(), articleID: article.id, range: range,
                    stance: stance, theme: record.theme ?? "", speaker: record.speaker ?? "author",
                    origin: .curated, confidence: 1, cues: ["curated by the user"]))
            }
        case .reject:
            if let index = matchIndex(range, articleID: article.id) { remove(at: index) }
        case .link, .unlink:
            guard let otherTarget = record.other, let (otherArticle, otherRange) = place(otherTarget),
                  let first = matchIndex(range, articleID: article.id),
                  let second = matchIndex(otherRange, articleID: otherArticle.id), first != second else { return }
            let a = arguments[first].id
            let b = arguments[second].id
            links.removeAll { ($0.from == a && $0.to == b) || ($0.from == b && $0.to == a) }
            linkRecord[LinkKey(a, b)] = nil
            if record.action == .link {
                links.append(ContradictionLink(from: a, to: b, origin: .curated, score: 1))
                linkRecord[LinkKey(a, b)] = record.id
            }
        }
    }

    private func place(_ target: TextTarget) -> (Article, TextRange)? {
        guard let (article, anchor) = locator.locate(target), let range = anchor.range else { return nil }
        return (article, range)
    }

    private func matchIndex(_ range: TextRange, articleID: String) -> Int? {
        let candidates = arguments.indices.filter { arguments[$0].articleID == articleID }
        guard let best = Self.bestMatch(range, among: candidates.map { arguments[$0] }) else { return nil }
        return candidates.first { arguments[$0].id == best.id }
    }

    private mutating func remove(at index: Int) {
        let id = arguments[index].id
        arguments.remove(at: index)
        links.removeAll { $0.from == id || $0.to == id }
        stanceRecord[id] = nil
        for key in linkRecord.keys where key.first == id || key.second == id { linkRecord[key] = nil }
    }

    static func bestMatch(_ range: TextRange, among candidates: [Argument]) -> Argument? {
        if let exact = candidates.first(where: { $0.range == range }) { return exact }
        let scored = candidates.map { candidate -> (Argument, Double) in
            let overlap = candidate.range.overlapLength(range)
            let union = max(candidate.range.end, range.end) - min(candidate.range.start, range.start)
            return (candidate, union == 0 ? 0 : Double(overlap) / Double(union))
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= 0.5 else { return nil }
        return best.0
    }
}
