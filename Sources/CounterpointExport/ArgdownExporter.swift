import CounterpointAnalysis
import CounterpointCore

/// The argument map as Argdown (argdown.org): one section per article, one statement per argument
/// (`[title]: quote #stance #theme`), and each contradiction once as an attack line under the
/// statement defined first. Argdown reads an attack between two statements as a *contrary*
/// relation (they cannot both hold, both may fail), which is symmetric, so one line per pair is the
/// whole relation; `><` would claim exactly one of the two is true, more than the analysis knows.
public struct ArgdownExporter: Sendable {
    public init() {}

    public func document(corpus: Corpus, map: ArgumentMap, profile: QuestionProfile) -> String {
        let titles = Self.titles(for: map.arguments, corpus: corpus)
        let order = Dictionary(map.arguments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var attacks: [String: [String]] = [:]
        for pair in ArgumentPair.pairs(in: map) {
            // Under whichever statement the document defines first; the other is referenced.
            let (owner, other) = order[pair.first.id]! <= order[pair.second.id]! ? (pair.first, pair.second) : (pair.second, pair.first)
            attacks[owner.id, default: []].append(other.id)
        }

        var lines = frontMatter(corpus: corpus, profile: profile)
        for article in corpus.articlesCovering(map.arguments) {
            let arguments = map.arguments(inArticle: article.id)
            guard !arguments.isEmpty else { continue }
            let byline = [article.author, article.outlet ?? article.publisher].compactMap { $0 }.joined(separator: ", ")
            lines += ["", "# " + ArgdownSyntax.text("Article \(article.id): \(article.title)" + (byline.isEmpty ? "" : " (\(byline))"))]
            for argument in arguments {
                lines.append("")
                let tags = [argument.stance.rawValue, argument.theme].map(ArgdownSyntax.tag).joined(separator: " ")
                lines.append("[\(titles[argument.id]!)]: \(ArgdownSyntax.text(ClaimText.passage(argument, in: corpus))) \(tags)")
                for other in attacks[argument.id] ?? [] {
                    lines.append("  - [\(titles[other]!)]")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Unique statement titles by argument id: the id (so a statement can be found in the reader
    /// and the other exports) and the short claim. A clash, possible only with repeated ids, gets a number.
    public static func titles(for arguments: [Argument], corpus: Corpus) -> [String: String] {
        var titles: [String: String] = [:]
        var used = Set<String>()
        for argument in arguments where titles[argument.id] == nil {
            let base = ArgdownSyntax.title("\(argument.id) \(ClaimText.short(argument, in: corpus))")
            var title = base
            var number = 2
            while used.contains(title) {
                title = "\(base) \(number)"
                number += 1
            }
            used.insert(title)
            titles[argument.id] = title
        }
        return titles
    }

    private func frontMatter(corpus: Corpus, profile: QuestionProfile) -> [String] {
        let title = corpus.question?.title ?? "Counterpoint argument map"
        // Priority makes the stance tag, not the theme tag, decide a statement's colour in Argdown's maps.
        return [
            "===",
            "title: \(ArgdownSyntax.yamlString(title))",
            "color:",
            "    tagColors:",
            "        \(ArgdownSyntax.yamlString(profile.splitStance.rawValue)): {color: \"\(StanceStyle.split.border)\", priority: 2}",
            "        \(ArgdownSyntax.yamlString(profile.bondStance.rawValue)): {color: \"\(StanceStyle.bond.border)\", priority: 2}",
            "===",
        ]
    }
}
