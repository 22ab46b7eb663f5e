import CounterpointCore

/// A readable notes document: one section per article (title and id), each note with its passage
/// as a blockquote, its text, tags and whether it is still anchored.
public struct MarkdownExporter: Sendable {
    public let articles: [Article]
    public let title: String

    public init(articles: [Article], title: String = "Counterpoint notes") {
        self.articles = articles
        self.title = title
    }

    public func document(_ placed: [PlacedNote]) -> String {
        var lines = ["# \(title)", ""]
        let articleCount = Set(placed.map(\.displayArticleID)).count
        lines.append("\(placed.count) \(placed.count == 1 ? "note" : "notes") on \(articleCount) "
                     + "\(articleCount == 1 ? "article" : "articles").")
        for article in articles {
            let notes = NotePlacement.inArticle(article.id, placed)
            guard !notes.isEmpty else { continue }
            lines += ["", "## \(article.title) (`\(article.id)`)", ""]
            lines.append("File `\(article.file)`.")
            for (index, note) in notes.enumerated() {
                lines += section(note, number: index + 1, article: article)
            }
        }
        let elsewhere = placed.filter { $0.articleID == nil }
        if !elsewhere.isEmpty {
            lines += ["", "## Notes on articles not in this folder", ""]
            for (index, note) in elsewhere.sorted(by: { ($0.note.target.article.file, $0.note.created) < ($1.note.target.article.file, $1.note.created) }).enumerated() {
                lines += section(note, number: index + 1, article: nil)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ placed: PlacedNote, number: Int, article: Article?) -> [String] {
        let note = placed.note
        var heading = "### \(number). \(placed.status.rawValue)"
        if let range = placed.range { heading += " · characters \(range.start)–\(range.end)" }
        if article == nil { heading += " · `\(note.target.article.file)`" }
        var lines = ["", heading, ""]
        let quote: String
        if let article, let range = placed.range {
            quote = article.displayText(range).text
        } else {
            quote = Self.collapse(note.target.quote.exact)
        }
        lines.append("> " + quote)
        if placed.status == .orphaned { lines += [">", "> *(passage not found in the current text; quote as saved)*"] }
        let text = Tags.strip(note.text).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "" : note.text
        if !text.isEmpty { lines += [""] + text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        if !note.tags.isEmpty { lines += ["", "Tags: " + note.tags.map { "#" + $0 }.joined(separator: " ")] }
        var meta = "*\(note.motivation.rawValue) · created \(note.created.rawValue)"
        if note.modified != note.created { meta += " · modified \(note.modified.rawValue)" }
        lines += ["", meta + " · id `\(note.id.uuidString.lowercased())`*"]
        return lines
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
