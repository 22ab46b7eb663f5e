import CounterpointCore

/// Articles with their curated map, used only to fit the detector (`counterpoint eval --train`).
public struct LabelledFolder: Sendable {
    public var articles: [Article]
    public var curated: CuratedMap

    public init(articles: [Article], curated: CuratedMap) {
        self.articles = articles
        self.curated = curated
    }

    /// All folders as one, each article id prefixed with its folder's position ("+1:100"), so
    /// articles of different folders never share an id with each other or with the measured ones.
    static func merged(_ folders: [LabelledFolder]) -> LabelledFolder {
        var result = LabelledFolder(articles: [], curated: CuratedMap())
        for (position, folder) in folders.enumerated() {
            let prefix = "+\(position + 1):"
            result.articles += folder.articles.map { article in
                var renamed = article
                renamed.id = prefix + article.id
                return renamed
            }
            result.curated.arguments += folder.curated.arguments.map { argument in
                var renamed = argument
                renamed.articleID = prefix + argument.articleID
                renamed.id = prefix + argument.id
                return renamed
            }
        }
        return result
    }
}
