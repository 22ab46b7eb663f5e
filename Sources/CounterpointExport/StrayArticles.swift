import CounterpointAnalysis
import CounterpointCore

extension Corpus {
    /// The corpus's articles, then a bare stand-in for each article the arguments name that the
    /// corpus lacks (a map made on another folder), so no argument goes missing from an export.
    func articlesCovering(_ arguments: [Argument]) -> [Article] {
        let known = Set(articles.map(\.id))
        var strays: [String] = []
        for argument in arguments where !known.contains(argument.articleID) && !strays.contains(argument.articleID) {
            strays.append(argument.articleID)
        }
        return articles + strays.map {
            Article(id: $0, file: "", format: .plainText, source: SourceText(""), title: "(article not in this folder)")
        }
    }
}
