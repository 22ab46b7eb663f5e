import CounterpointAnalysis
import CounterpointCore

/// Short and full forms of an argument's words, shared by the exports.
enum ClaimText {
    /// Words taken from the passage when the argument has no curator's summary.
    static let shortWordCount = 8

    /// The passage as a reader sees it (repairs applied, whitespace collapsed).
    static func passage(_ argument: Argument, in corpus: Corpus) -> String {
        guard let article = corpus.article(id: argument.articleID) else { return "" }
        return collapse(article.displayText(argument.range).text)
    }

    /// The curator's summary, else the passage's first words with an ellipsis when cut.
    static func short(_ argument: Argument, in corpus: Corpus, words limit: Int = shortWordCount) -> String {
        if let summary = argument.summary.map(collapse), !summary.isEmpty { return summary }
        let words = passage(argument, in: corpus).split(separator: " ")
        guard !words.isEmpty else { return argument.id }
        guard words.count > limit else { return words.joined(separator: " ") }
        let kept = words.prefix(limit).joined(separator: " ")
        return trimTrailingPunctuation(kept) + "…"
    }

    /// Greedy word wrap at `width` characters; a word longer than the width gets a line of its own.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// "for the same reason," + "…" reads better as "for the same reason…".
    private static func trimTrailingPunctuation(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, ",;:—–-".contains(last) { result = result.dropLast() }
        return String(result)
    }
}
