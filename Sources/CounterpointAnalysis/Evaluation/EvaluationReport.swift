/// Detection, stance and linking figures for one article, or summed/averaged over several.
public struct EvaluationFigures: Sendable, Equatable {
    public var articleID: String
    /// Content sentences the curated map marks (a sentence counts when a curated argument covers
    /// at least half of it, or it covers at least half of the curated argument).
    public var goldSentences = 0
    public var predictedSentences = 0
    public var truePositives = 0
    /// Curated arguments that lie in no content sentence the analyzer reads (misclassified blocks).
    public var unreachableArguments = 0
    public var curatedArguments = 0
    /// Curated arguments that an auto argument overlaps.
    public var matchedArguments = 0
    public var stanceCorrect = 0
    /// Matched arguments whose auto theme is the curated one.
    public var themeCorrect = 0
    /// Matched arguments and correct stances in each `StanceSureness` band (guess, likely, sure).
    public var matchedBySureness = [0, 0, 0]
    public var stanceCorrectBySureness = [0, 0, 0]
    /// Curated links starting in this article, and how many auto linking found.
    public var curatedLinks = 0
    public var linksFound = 0

    public init(articleID: String) { self.articleID = articleID }

    public var precision: Double { ratio(truePositives, predictedSentences) }
    public var recall: Double { ratio(truePositives, goldSentences + unreachableArguments) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    public var stanceAccuracy: Double { ratio(stanceCorrect, matchedArguments) }
    public var themeAccuracy: Double { ratio(themeCorrect, matchedArguments) }
    public var linkRecall: Double { ratio(linksFound, curatedLinks) }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    static func + (lhs: EvaluationFigures, rhs: EvaluationFigures) -> EvaluationFigures {
        var sum = lhs
        sum.goldSentences += rhs.goldSentences
        sum.predictedSentences += rhs.predictedSentences
        sum.truePositives += rhs.truePositives
        sum.unreachableArguments += rhs.unreachableArguments
        sum.curatedArguments += rhs.curatedArguments
        sum.matchedArguments += rhs.matchedArguments
        sum.stanceCorrect += rhs.stanceCorrect
        sum.themeCorrect += rhs.themeCorrect
        for band in StanceSureness.allCases {
            sum.matchedBySureness[band.rawValue] += rhs.matchedBySureness[band.rawValue]
            sum.stanceCorrectBySureness[band.rawValue] += rhs.stanceCorrectBySureness[band.rawValue]
        }
        sum.curatedLinks += rhs.curatedLinks
        sum.linksFound += rhs.linksFound
        return sum
    }
}

/// How one content sentence fared, for `counterpoint eval --verbose`.
public struct SentenceOutcome: Sendable {
    public var articleID: String
    public var start: Int
    public var end: Int
    public var text: String
    public var isGold: Bool
    public var isPredicted: Bool
    public var probability: Double
    public var goldStance: Stance?
    public var predictedStance: Stance?
    public var cues: [String]
}

public struct EvaluationReport: Sendable {
    public enum Method: String, Sendable {
        /// Parameters fitted on the other articles, never on the one measured.
        case leaveOneArticleOut = "leave-one-article-out"
        /// The profile's own parameters (fitted on all the seeds: in-sample, optimistic).
        case asShipped = "as-shipped"
    }

    public var method: Method
    public var perArticle: [EvaluationFigures]
    /// The parameters each article was measured with.
    public var parameters: [String: DetectorParameters]
    public var sentences: [SentenceOutcome]
    /// Curated links the linker finds when it is given the curated arguments themselves (stances
    /// and themes as curated): the linker's share of the link figure, without detection errors.
    public var linksFoundFromCurated = 0

    /// Sums over all articles (micro average).
    public var total: EvaluationFigures { perArticle.reduce(EvaluationFigures(articleID: "all"), +) }

    /// Unweighted means of the per-article ratios (macro average): precision, recall, F1, stance, links.
    public var macro: (precision: Double, recall: Double, f1: Double, stance: Double, links: Double) {
        let count = Double(max(1, perArticle.count))
        func mean(_ value: (EvaluationFigures) -> Double) -> Double { perArticle.map(value).reduce(0, +) / count }
        let withLinks = perArticle.filter { $0.curatedLinks > 0 }
        let links = withLinks.isEmpty ? 0 : withLinks.map(\.linkRecall).reduce(0, +) / Double(withLinks.count)
        return (mean(\.precision), mean(\.recall), mean(\.f1), mean(\.stanceAccuracy), links)
    }
}
