import CounterpointCore

/// Which version of which article a target was made on: the file name and the SHA-256 of its
/// decoded text. The file name finds the article again; the hash says whether its text changed.
public struct ArticleKey: Hashable, Codable, Sendable {
    public var file: String
    public var contentHash: String

    public init(file: String, contentHash: String) {
        self.file = file
        self.contentHash = contentHash
    }

    public init(_ article: Article) {
        self.init(file: article.file, contentHash: article.source.contentHash)
    }
}

/// W3C TextQuoteSelector: the passage's text and the text just around it.
public struct TextQuoteSelector: Hashable, Codable, Sendable {
    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// W3C TextPositionSelector: half-open Unicode scalar offsets into the decoded article text.
public struct TextPositionSelector: Hashable, Codable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var range: TextRange { TextRange(max(0, start), max(max(0, start), end)) }
}

/// A passage of one article, described so it can be found again after the text changes:
/// the article key plus both W3C selectors, as Hypothesis stores them.
public struct TextTarget: Hashable, Codable, Sendable {
    /// Scalars of context kept on each side of the quote (Hypothesis uses 32).
    public static let contextLength = 32

    public var article: ArticleKey
    /// The article's id when the target was made: shown for orphans whose article is gone.
    public var articleID: String
    public var quote: TextQuoteSelector
    public var position: TextPositionSelector

    public init(article: ArticleKey, articleID: String, quote: TextQuoteSelector, position: TextPositionSelector) {
        self.article = article
        self.articleID = articleID
        self.quote = quote
        self.position = position
    }

    /// The target of `range` in `article` as its text is now.
    public init(article: Article, range: TextRange) {
        let source = article.source
        let start = max(0, min(range.start, source.count))
        let end = max(start, min(range.end, source.count))
        self.init(
            article: ArticleKey(article),
            articleID: article.id,
            quote: TextQuoteSelector(
                exact: source.slice(TextRange(start, end)),
                prefix: source.slice(TextRange(max(0, start - Self.contextLength), start)),
                suffix: source.slice(TextRange(end, min(source.count, end + Self.contextLength)))),
            position: TextPositionSelector(start: start, end: end))
    }
}
