import CounterpointCore

/// Finds a quote a user typed in an article: exactly as in the file first, then as displayed
/// (whitespace runs collapsed, Markdown markup hidden), since people copy what they see.
public enum QuoteFinder {
    public static func occurrences(of quote: String, in article: Article) -> [TextRange] {
        let exact = Array(quote.unicodeScalars)
        let raw = Anchoring.exactOccurrences(of: exact, in: article.source.scalars).map { TextRange($0.start, $0.end) }
        if !raw.isEmpty { return raw }
        let collapsed = Array(quote.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").unicodeScalars)
        guard !collapsed.isEmpty else { return [] }
        let display = article.displayText(TextRange(0, article.source.count))
        return Anchoring.exactOccurrences(of: collapsed, in: display.scalars).map {
            TextRange(display.offsets[$0.start], display.offsets[$0.end - 1] + 1)
        }
    }
}
