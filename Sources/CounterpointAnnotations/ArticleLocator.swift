import CounterpointCore

/// Finds the current version of the article a target was made on, and the target in it.
/// Anchoring costs a search when the text changed: place once per load and keep the results.
public struct ArticleLocator: Sendable {
    public let articles: [Article]
    private var byFile: [String: Int] = [:]
    private var byHash: [String: Int] = [:]

    public init(articles: [Article]) {
        self.articles = articles
        for (index, article) in articles.enumerated() {
            byFile[article.file] = byFile[article.file] ?? index
            byHash[article.source.contentHash] = byHash[article.source.contentHash] ?? index
        }
    }

    /// The article with the key's file name; failing that, one with the same text under another name.
    public func article(for key: ArticleKey) -> Article? {
        if let index = byFile[key.file] { return articles[index] }
        return byHash[key.contentHash].map { articles[$0] }
    }

    /// Where the target is now. A target whose article is not in this corpus is orphaned.
    public func locate(_ target: TextTarget) -> (article: Article, anchor: Anchor)? {
        guard let article = article(for: target.article) else { return nil }
        return (article, Anchoring.locate(target, in: article.source))
    }
}
