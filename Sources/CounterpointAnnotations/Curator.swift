import CounterpointAnalysis
import CounterpointCore
import Foundation

/// The reader's curation commands (`s`, `x`, `L`): each saves one record and drops the earlier
/// records about the same argument (or pair) in the same transaction, so the store holds one
/// decision per question.
public struct Curator: Sendable {
    public let store: AnnotationStore
    public let locator: ArticleLocator

    public init(store: AnnotationStore, articles: [Article]) {
        self.store = store
        self.locator = ArticleLocator(articles: articles)
    }

    @discardableResult
    public func setStance(_ stance: Stance, of argument: Argument) throws -> CurationRecord {
        try saveSingle(.setStance(stance), argument)
    }

    /// Rejects an auto-detected argument: it leaves the map.
    @discardableResult
    public func reject(_ argument: Argument) throws -> CurationRecord {
        try saveSingle(.reject, argument)
    }

    /// Links `first` and `second` as contradicting when `map` does not link them, unlinks them when
    /// it does. Returns whether they are linked afterwards.
    @discardableResult
    public func toggleLink(_ first: Argument, _ second: Argument, in map: ArgumentMap) throws -> Bool {
        let linked = map.contradictions(of: first.id).contains { $0.id == second.id }
        let record = CurationRecord(action: linked ? .unlink : .link, target: try target(first), other: try target(second))
        let superseded = try store.curation().filter { existing in
            guard existing.action.isPairwise, let other = existing.other else { return false }
            let (a, b) = (designates(existing.target, first), designates(other, second))
            let (c, d) = (designates(existing.target, second), designates(other, first))
            return (a && b) || (c && d)
        }
        try store.save(record, replacing: superseded.map(\.id))
        return !linked
    }

    private func saveSingle(_ action: CurationAction, _ argument: Argument) throws -> CurationRecord {
        let record = CurationRecord(action: action, target: try target(argument), theme: argument.theme,
                                    speaker: argument.speaker)
        let superseded = try store.curation().filter { !$0.action.isPairwise && designates($0.target, argument) }
        try store.save(record, replacing: superseded.map(\.id))
        return record
    }

    private func target(_ argument: Argument) throws -> TextTarget {
        guard let article = locator.articles.first(where: { $0.id == argument.articleID }) else {
            throw StoreError.database(path: store.path, message: "argument \(argument.id) is on unknown article \(argument.articleID)")
        }
        return TextTarget(article: article, range: argument.range)
    }

    /// Whether a stored target, placed in the current text, is this argument's passage.
    private func designates(_ target: TextTarget, _ argument: Argument) -> Bool {
        guard let (article, anchor) = locator.locate(target), article.id == argument.articleID,
              let range = anchor.range else { return false }
        return CuratedArguments.bestMatch(range, among: [argument]) != nil
    }
}
