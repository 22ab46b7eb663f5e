import Foundation
import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore

/// The report's Markdown for one argument (claim, quote, speaker, source, contradictions, notes)
/// and for one contradiction pair.
struct ReportEntries {
    let corpus: Corpus
    let map: ArgumentMap
    let profile: QuestionProfile
    private let notesByArticle: [String: [PlacedNote]]

    init(corpus: Corpus, map: ArgumentMap, profile: QuestionProfile, notes: [PlacedNote]) {
        self.corpus = corpus
        self.map = map
        self.profile = profile
        var byArticle: [String: [PlacedNote]] = [:]
        for note in notes where note.range != nil {
            if let article = note.articleID { byArticle[article, default: []].append(note) }
        }
        self.notesByArticle = byArticle.mapValues { $0.sorted { ($0.range!, $0.note.created) < ($1.range!, $1.note.created) } }
    }

    /// The user's notes whose passage overlaps the argument's. An empty note range (a caret) counts
    /// when it sits inside the argument.
    func notes(on argument: Argument) -> [PlacedNote] {
        (notesByArticle[argument.articleID] ?? []).filter { note in
            guard let range = note.range else { return false }
            return range.isEmpty ? argument.range.contains(range.start) : range.overlaps(argument.range)
        }
    }

    /// A list item: the claim in bold, then id, speaker and source; the quote; contradictions; notes.
    func entry(_ argument: Argument, reason: String? = nil) -> [String] {
        var head = "- **\(MarkdownText.inline(ClaimText.short(argument, in: corpus)))** · \(MarkdownText.code(argument.id))"
        head += " · " + MarkdownText.inline(speaker(argument))
        head += " · " + MarkdownText.inline(source(argument))
        if argument.origin == .auto { head += " · *detected, confidence \(percent(argument.confidence))*" }
        if let reason { head += " · *\(reason)*" }
        var lines = [head, ""]
        lines.append("  > " + MarkdownText.lineStart(ClaimText.passage(argument, in: corpus)))
        var seen = Set<String>()
        let opponents = map.contradictions(of: argument.id).filter { seen.insert($0.id).inserted }
        if !opponents.isEmpty {
            lines += ["", "  Contradicted by " + opponents.map { MarkdownText.code($0.id) }.joined(separator: ", ") + "."]
        }
        for placed in notes(on: argument) {
            lines += [""] + noteLines(placed)
        }
        return lines
    }

    /// `A` claim (side, article) ⟷ `B` claim (side, article[, theme when it differs]).
    func pairLine(_ a: Argument, _ b: Argument, theme: String, origin: ArgumentOrigin) -> String {
        var line = end(a, theme: theme) + " ⟷ " + end(b, theme: theme)
        if origin == .auto { line += " *(link found by the analyzer)*" }
        return line
    }

    private func end(_ argument: Argument, theme: String) -> String {
        var details = ["\(StanceStyle.of(argument.stance, in: profile).glyph) \(MarkdownText.inline(argument.stance.rawValue))",
                       "article \(MarkdownText.inline(argument.articleID))"]
        if argument.theme != theme { details.append("theme \(MarkdownText.inline(argument.theme))") }
        return "\(MarkdownText.code(argument.id)) \(MarkdownText.inline(ClaimText.short(argument, in: corpus))) (\(details.joined(separator: ", ")))"
    }

    private func noteLines(_ placed: PlacedNote) -> [String] {
        let note = placed.note
        let words = Tags.strip(note.text).trimmingCharacters(in: .whitespacesAndNewlines)
        var label = "  *Your note*"
        if !note.tags.isEmpty { label += " (" + note.tags.map { MarkdownText.inline("#" + $0) }.joined(separator: " ") + ")" }
        if placed.status == .moved { label += " *(re-anchored after the article changed)*" }
        guard !words.isEmpty else { return [label + (note.tags.isEmpty ? ": highlighted." : ".")] }
        let paragraphs = note.text.split(whereSeparator: \.isNewline).map { String($0) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var lines = [label + ": " + MarkdownText.inline(paragraphs.first ?? "")]
        for paragraph in paragraphs.dropFirst() { lines += ["", "  " + MarkdownText.lineStart(paragraph)] }
        return lines
    }

    /// "Marco Rubio", or for the article's own voice its author when known.
    private func speaker(_ argument: Argument) -> String {
        let article = corpus.article(id: argument.articleID)
        switch argument.speaker {
        case "author": return article?.author.map { "\($0) (author)" } ?? "the author"
        case "commenter": return "a reader comment"
        case let name: return name.isEmpty ? "the author" : name
        }
    }

    private func source(_ argument: Argument) -> String {
        guard let article = corpus.article(id: argument.articleID) else { return "article \(argument.articleID) (not in this folder)" }
        let byline = Self.byline(article)
        return "article \(article.id), “\(article.title)”" + (byline.isEmpty ? "" : ", " + byline)
    }

    /// Author and outlet (or publisher) when the manifest names them.
    static func byline(_ article: Article) -> String {
        var parts: [String] = []
        if let author = article.author, !author.isEmpty { parts.append(author) }
        if let outlet = article.outlet ?? article.publisher, !outlet.isEmpty { parts.append(outlet) }
        return parts.joined(separator: ", ")
    }

    private func percent(_ value: Double) -> String { "\(Int((max(0, min(1, value)) * 100).rounded()))%" }
}
