import Foundation

/// Ids and fallback titles for articles no manifest describes.
public enum ArticleIdentity {
    /// `000_5cee30.txt` → `000`; `My Op-Ed.md` → `my-op-ed`.
    public static func id(forFileName name: String) -> String {
        let stem = (name as NSString).deletingPathExtension
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let rest = stem.dropFirst(digits.count)
            if rest.isEmpty || rest.first == "_" || rest.first == "-" || rest.first == " " { return String(digits) }
        }
        var slug = ""
        var lastWasDash = false
        for scalar in stem.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash && !slug.isEmpty {
                slug += "-"
                lastWasDash = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "article" : slug
    }

    /// The first words of a text, for a title when the article has none.
    public static func derivedTitle(from text: String, maxWords: Int = 8) -> String {
        let words = text.split(whereSeparator: { $0.isWhitespace }).prefix(maxWords + 1)
        let title = words.prefix(maxWords).joined(separator: " ")
        return words.count > maxWords ? title + "…" : title
    }
}

/// Assembles an `Article`: cleaning, segmentation, and metadata from the manifest or the text.
public enum ArticleBuilder {
    public static func build(id: String, file: String, text: String, entry: ArticleEntry?) -> Article {
        let format: ArticleFormat = ["md", "markdown"].contains((file as NSString).pathExtension.lowercased()) ? .markdown : .plainText
        let source = SourceText(text)
        let cleaned = Cleaner.clean(source, format: format)
        var article = Article(id: id, file: file, format: format, source: source,
                              blocks: cleaned.blocks, displayEdits: cleaned.edits)
        if let title = entry?.title, !title.isEmpty {
            article.title = title
            article.titleSource = entry?.titleSource ?? .editorial
        } else if let titleBlock = cleaned.blocks.first(where: { $0.kind == .title }) {
            article.title = article.displayText(titleBlock.range).text
            article.titleSource = .text
        } else {
            let firstContent = cleaned.blocks.first { $0.kind.isContent } ?? cleaned.blocks.first
            article.title = derivedTitle(article, firstContent)
            article.titleSource = .derived
        }
        article.outlet = entry?.outlet
        article.author = entry?.author
        article.publisher = entry?.publisher
        return article
    }

    private static func derivedTitle(_ article: Article, _ block: Block?) -> String {
        guard let block else { return article.id }
        let title = ArticleIdentity.derivedTitle(from: article.displayText(block.range).text)
        return title.isEmpty ? article.id : title
    }
}
