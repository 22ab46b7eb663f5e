import ArgumentParser
import CounterpointAnalysis
import CounterpointCore
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the analyzer (--source auto) against the curated map.toml.",
        discussion: """
        Sentence-level precision, recall and F1 of argument detection, stance accuracy on the curated \
        arguments an auto argument overlaps, and the share of curated links auto linking finds. By default \
        every fitted parameter is fitted on the other articles (leave one article out).
        """
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "A TOML file with a [profile] table. Default: the folder's corpus.toml, else the built-in profile.",
            completion: .file())
    var profile: String?
    @Flag(help: "Use the profile's own parameters instead of leave-one-article-out (in-sample when they were fitted on these articles).")
    var asShipped = false
    @Flag(help: "List every content sentence: TP, FP (auto only), FN (curated only), with probability and stances.")
    var verbose = false
    @Flag(help: "Print a [profile.detector] table fitted on all articles, to paste into corpus.toml.")
    var fit = false
    @Option(name: .customLong("train"), help: ArgumentHelp("Another folder with a map.toml whose articles join every fit (never measured). Repeatable.",
                                                           valueName: "folder"), completion: .directory)
    var trainingFolders: [String] = []

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            var options = try AnalysisOptions.parse([])
            options.profile = profile
            let questionProfile = try options.loadProfile(for: loaded)
            guard let map = try options.loadMap(for: loaded, profile: questionProfile), !map.arguments.isEmpty else {
                throw CLIFailure("\(loaded.folder.path): no curated arguments (\(CuratedMap.fileName)) to evaluate against")
            }
            let training = try trainingFolders.map { try labelledFolder($0, profile: questionProfile, options: options) }
            if fit {
                Console.out(detectorTable(Evaluator.fitAll(articles: loaded.articles, curated: map, profile: questionProfile,
                                                           training: training)))
                return
            }
            let report = Evaluator.evaluate(articles: loaded.articles, curated: map, profile: questionProfile,
                                            method: asShipped ? .asShipped : .leaveOneArticleOut, training: training)
            Console.out(text(report, profile: questionProfile))
        }
    }

    /// A `--train` folder's articles and map, read with the measured folder's profile.
    private func labelledFolder(_ path: String, profile: QuestionProfile, options: AnalysisOptions) throws -> LabelledFolder {
        var folderOptions = corpus
        folderOptions.folder = path
        let loaded = try folderOptions.load()
        guard let map = try options.loadMap(for: loaded, profile: profile), !map.arguments.isEmpty else {
            throw CLIFailure("\(loaded.folder.path): no curated arguments (\(CuratedMap.fileName)) to train on")
        }
        return LabelledFolder(articles: loaded.articles, curated: map)
    }

    private func text(_ report: EvaluationReport, profile: QuestionProfile) -> String {
        var lines = ["method: \(report.method.rawValue)", ""]
        lines.append("ARTICLE  GOLD  AUTO    TP  PRECISION  RECALL     F1  STANCE (n)      LINKS (n)   THRESHOLD")
        for figures in report.perArticle {
            let threshold = report.parameters[figures.articleID].map { percent($0.threshold) } ?? "-"
            lines.append(pad(figures.articleID, 7) + lpad(figures.goldSentences + figures.unreachableArguments, 6)
                         + lpad(figures.predictedSentences, 6) + lpad(figures.truePositives, 6)
                         + lpad(percent(figures.precision), 11) + lpad(percent(figures.recall), 8) + lpad(percent(figures.f1), 7)
                         + lpad(percent(figures.stanceAccuracy), 8) + " (\(figures.matchedArguments))".padding(toLength: 8, withPad: " ", startingAt: 0)
                         + lpad(percent(figures.linkRecall), 7) + " (\(figures.curatedLinks))".padding(toLength: 6, withPad: " ", startingAt: 0)
                         + lpad(threshold, 10))
        }
        let macro = report.macro
        let total = report.total
        lines.append("")
        lines.append("macro    precision \(percent(macro.precision))  recall \(percent(macro.recall))  F1 \(percent(macro.f1))  "
                     + "stance \(percent(macro.stance))  links \(percent(macro.links))")
        lines.append("micro    precision \(percent(total.precision))  recall \(percent(total.recall))  F1 \(percent(total.f1))  "
                     + "stance \(percent(total.stanceAccuracy)) (\(total.stanceCorrect)/\(total.matchedArguments))  "
                     + "links \(percent(total.linkRecall)) (\(total.linksFound)/\(total.curatedLinks))")
        lines.append("         theme \(percent(total.themeAccuracy)) (\(total.themeCorrect)/\(total.matchedArguments))  "
                     + "links given the curated arguments \(percent(total.curatedLinks == 0 ? 0 : Double(report.linksFoundFromCurated) / Double(total.curatedLinks))) "
                     + "(\(report.linksFoundFromCurated)/\(total.curatedLinks))")
        lines.append("         stance by sureness: " + StanceSureness.allCases.reversed().map { band in
            let matched = total.matchedBySureness[band.rawValue], correct = total.stanceCorrectBySureness[band.rawValue]
            return "\(band.name) \(percent(matched == 0 ? 0 : Double(correct) / Double(matched))) (\(correct)/\(matched))"
        }.joined(separator: "  "))
        if total.unreachableArguments > 0 {
            lines.append("note: \(total.unreachableArguments) curated arguments lie outside every content sentence (counted as missed)")
        }
        if verbose {
            lines.append("")
            for outcome in report.sentences where outcome.isGold || outcome.isPredicted {
                let mark = outcome.isGold && outcome.isPredicted ? "TP" : outcome.isGold ? "FN" : "FP"
                let stances = "\(outcome.goldStance.map { AnalysisText.glyph($0, profile) } ?? " ")"
                    + "\(outcome.predictedStance.map { AnalysisText.glyph($0, profile) } ?? " ")"
                lines.append("\(mark) \(stances) \(outcome.articleID) \(String(format: "%.2f", outcome.probability))  "
                             + AnalysisText.clip(outcome.text, 110))
                lines.append("        " + outcome.cues.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func detectorTable(_ parameters: DetectorParameters) -> String {
        var lines = ["[profile.detector]", "threshold = \(parameters.threshold)", "max_share = \(parameters.maxShare)",
                     "article_lean = \(parameters.articleLean)",
                     "link_threshold = \(parameters.linkThreshold)", "max_links = \(parameters.maxLinksPerArgument)",
                     "stance_offset = \(parameters.stanceOffset)", "stance_slope = \(parameters.stanceSlope)", "",
                     "[profile.detector.weights]"]
        for key in parameters.weights.keys.sorted() { lines.append("\(key) = \(parameters.weights[key]!)") }
        if !parameters.words.isEmpty {
            lines += ["", "# Word stems and their weights, strongest first.", "[profile.detector.words]"]
            for (stem, weight) in parameters.words.sorted(by: { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key < $1.key }) {
                lines.append("\(tomlKey(stem)) = \(weight)")
            }
        }
        if let themes = parameters.themes { lines += themeTables(themes) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func themeTables(_ model: ThemeModel) -> [String] {
        var lines = ["", "# How themes are chosen: vocabulary weights, each theme's bias and words.", "[profile.detector.themes]",
                     "passage = \(model.passage)", "block = \(model.block)", "article = \(model.article)", "agrees = \(model.agrees)",
                     "", "[profile.detector.themes.bias]"]
        for theme in model.bias.keys.sorted() { lines.append("\(tomlKey(theme)) = \(model.bias[theme]!)") }
        for theme in model.words.keys.sorted() {
            lines += ["", "[profile.detector.themes.words.\(tomlKey(theme))]"]
            for (stem, weight) in (model.words[theme] ?? [:]).sorted(by: { abs($0.value) != abs($1.value) ? abs($0.value) > abs($1.value) : $0.key < $1.key }) {
                lines.append("\(tomlKey(stem)) = \(weight)")
            }
        }
        return lines
    }

    /// A bare key when TOML allows one, else a quoted key.
    private func tomlKey(_ key: String) -> String {
        let bare = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-") }
        if bare { return key }
        return "\"" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private func percent(_ value: Double) -> String { String(format: "%.2f", value) }
    private func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
    private func lpad(_ value: Int, _ width: Int) -> String { lpad(String(value), width) }
    private func lpad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}
