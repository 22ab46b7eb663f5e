import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore

/// A Markdown brief of the debate: the question, the sources, then for each theme of the profile
/// (in profile order) the strongest arguments on each side with their quotes, speakers, sources
/// and the user's notes, and every contradiction pair once, under the theme of its first end.
public struct DebateReport: Sendable {
    /// Arguments shown per side and theme; arguments the user wrote notes on are shown as well.
    public var argumentsPerSide: Int

    public init(argumentsPerSide: Int = 4) {
        self.argumentsPerSide = max(1, argumentsPerSide)
    }

    public func document(corpus: Corpus, map: ArgumentMap, profile: QuestionProfile, notes: [PlacedNote] = []) -> String {
        let entries = ReportEntries(corpus: corpus, map: map, profile: profile, notes: notes)
        let pairs = ArgumentPair.pairs(in: map)
        let themes = themeOrder(profile: profile, map: map)
        let pairsByTheme = Dictionary(grouping: pairs) { pair in
            Self.home(of: pair, themeOrder: themes).theme
        }

        var lines = ["# " + MarkdownText.inline(corpus.question?.title ?? "The debate"), ""]
        lines += overview(corpus: corpus, map: map, profile: profile, pairCount: pairs.count)
        lines += sources(corpus: corpus, map: map)
        let strength = ArgumentStrength(map: map)
        for theme in themes {
            lines += section(theme: theme, map: map, profile: profile, entries: entries, strength: strength,
                             pairs: pairsByTheme[theme] ?? [], themeOrder: themes)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One theme: its description, each side's strongest (and noted) arguments, its pairs.
    private func section(theme: String, map: ArgumentMap, profile: QuestionProfile, entries: ReportEntries,
                         strength: ArgumentStrength, pairs: [ArgumentPair], themeOrder: [String]) -> [String] {
        var lines = ["", "## Theme: " + MarkdownText.inline(theme), ""]
        if let description = profile.theme(id: theme)?.description {
            lines += ["*" + MarkdownText.inline(description) + "*", ""]
        } else {
            lines += ["*Not a theme of the question profile.*", ""]
        }
        let arguments = map.arguments.filter { $0.theme == theme }
        guard !arguments.isEmpty else { return lines + ["No arguments on this theme."] }
        lines.append(countLine(arguments, profile: profile))
        for stance in sides(profile: profile, arguments: arguments) {
            let ranked = strength.ranked(arguments.filter { $0.stance == stance })
            guard !ranked.isEmpty else { continue }
            let top = ranked.prefix(argumentsPerSide)
            let noted = ranked.dropFirst(argumentsPerSide).filter { !entries.notes(on: $0).isEmpty }
            lines += ["", "### \(StanceStyle.of(stance, in: profile).glyph) \(MarkdownText.inline(stance.rawValue))"]
            for argument in top { lines += [""] + entries.entry(argument) }
            for argument in noted { lines += [""] + entries.entry(argument, reason: "shown for your notes") }
            let rest = ranked.count - top.count - noted.count
            if rest > 0 {
                lines += ["", "*\(rest) more \(MarkdownText.inline(stance.rawValue)) \(rest == 1 ? "argument" : "arguments") on this theme.*"]
            }
        }
        if !pairs.isEmpty {
            lines += ["", "### Contradictions", ""]
            for pair in pairs {
                let (a, b) = Self.home(of: pair, themeOrder: themeOrder).ends
                lines.append("- " + entries.pairLine(a, b, theme: theme, origin: pair.link.origin))
            }
        }
        return lines
    }

    /// The profile's themes in order, then any other theme the map uses (alphabetically).
    func themeOrder(profile: QuestionProfile, map: ArgumentMap) -> [String] {
        let known = profile.themes.map(\.id)
        let others = Set(map.arguments.map(\.theme)).subtracting(known).sorted()
        return known + others
    }

    /// Where a pair is listed: under the theme of the end whose theme comes first in `themeOrder`
    /// (that end is A, the other B), so each pair appears exactly once.
    static func home(of pair: ArgumentPair, themeOrder: [String]) -> (theme: String, ends: (Argument, Argument)) {
        let rank = { (theme: String) in themeOrder.firstIndex(of: theme) ?? Int.max }
        let secondFirst = rank(pair.second.theme) < rank(pair.first.theme)
        let (a, b) = secondFirst ? (pair.second, pair.first) : (pair.first, pair.second)
        return (a.theme, (a, b))
    }

    /// The profile's two sides, then any other stance found (a map made with another profile).
    private func sides(profile: QuestionProfile, arguments: [Argument]) -> [Stance] {
        profile.stances + Set(arguments.map(\.stance)).subtracting(profile.stances).sorted()
    }

    private func overview(corpus: Corpus, map: ArgumentMap, profile: QuestionProfile, pairCount: Int) -> [String] {
        let articleCount = Set(map.arguments.map(\.articleID)).count
        var lines = ["\(map.arguments.count) arguments in \(articleCount) \(articleCount == 1 ? "article" : "articles"), "
                     + "\(pairCount) \(pairCount == 1 ? "contradiction" : "contradictions"). Under each theme, the strongest "
                     + "arguments of each side come first: hand-curated before detected, then by the analyzer's confidence, "
                     + "then by how many contradictions they draw.", ""]
        for stance in profile.stances {
            let count = map.arguments.filter { $0.stance == stance }.count
            var line = "- **\(StanceStyle.of(stance, in: profile).glyph) \(MarkdownText.inline(stance.rawValue))** (\(count))"
            if let description = corpus.question?.stances[stance.rawValue] { line += ": " + MarkdownText.inline(description) }
            lines.append(line)
        }
        return lines
    }

    private func sources(corpus: Corpus, map: ArgumentMap) -> [String] {
        var lines = ["", "## Sources", ""]
        for article in corpus.articles {
            let count = map.arguments(inArticle: article.id).count
            var line = "- \(MarkdownText.code(article.id)) \(MarkdownText.inline(article.title))"
            let byline = ReportEntries.byline(article)
            if !byline.isEmpty { line += " — " + MarkdownText.inline(byline) }
            line += " (\(count) \(count == 1 ? "argument" : "arguments"))"
            lines.append(line)
        }
        return lines
    }

    private func countLine(_ arguments: [Argument], profile: QuestionProfile) -> String {
        let parts = sides(profile: profile, arguments: arguments).map { stance in
            "\(arguments.filter { $0.stance == stance }.count) \(MarkdownText.inline(stance.rawValue))"
        }
        return "\(arguments.count) \(arguments.count == 1 ? "argument" : "arguments"): " + parts.joined(separator: ", ") + "."
    }
}
