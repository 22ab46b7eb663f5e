/// The numbers of argument detection: a logistic model over named sentence features, the
/// probability above which a sentence counts as an argument, and the linker's limits. Stored in
/// `[profile.detector]`; `counterpoint eval` refits them (leaving one article out) and prints them.
public struct DetectorParameters: Sendable, Equatable, Codable {
    /// Feature name → weight; `bias` is the intercept. Missing features weigh 0.
    public var weights: [String: Double]
    /// Word stem → weight added to a sentence's log-odds when the stem occurs in it (once per
    /// sentence): the wording that, in the labelled articles, goes with arguments or with
    /// narration. Fitted with the feature weights; empty means no word evidence.
    public var words: [String: Double]
    /// Probability (0...1) at or above which a sentence is reported as an argument.
    public var threshold: Double
    /// At most this share of an article's own sentences (not its comments) are arguments: the
    /// most probable ones. Careful readers mark about half the sentences of an op-ed.
    public var maxShare: Double
    /// Weight of the article's overall lean when a sentence's own stance evidence is weak.
    public var articleLean: Double
    /// Minimum content similarity (cosine, 0...1) for a contradiction link.
    public var linkThreshold: Double
    public var maxLinksPerArgument: Int
    /// How sure a stance is: logistic(`stanceOffset` + `stanceSlope` × |stance evidence|), fitted on
    /// how often the labelled articles' arguments got their stance right at each strength.
    public var stanceOffset: Double
    public var stanceSlope: Double
    /// How themes are chosen (`ThemeModel`); nil: by the profile's vocabulary alone.
    public var themes: ThemeModel?

    public init(weights: [String: Double] = DetectorParameters.priorWeights, words: [String: Double] = [:], threshold: Double = 0.5,
                maxShare: Double = 1, articleLean: Double = 0.35, linkThreshold: Double = 0.25, maxLinksPerArgument: Int = 5) {
        self.weights = weights
        self.words = words
        self.threshold = threshold
        self.maxShare = maxShare
        self.articleLean = articleLean
        self.linkThreshold = linkThreshold
        self.maxLinksPerArgument = maxLinksPerArgument
        self.stanceOffset = DetectorParameters.defaultStanceOffset
        self.stanceSlope = DetectorParameters.defaultStanceSlope
        self.themes = nil
    }

    enum CodingKeys: String, CodingKey {
        case weights, words, threshold, themes
        case maxShare = "max_share"
        case articleLean = "article_lean"
        case linkThreshold = "link_threshold"
        case maxLinksPerArgument = "max_links"
        case stanceOffset = "stance_offset"
        case stanceSlope = "stance_slope"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = DetectorParameters()
        weights = try container.decodeNumbersIfPresent(forKey: .weights) ?? defaults.weights
        words = try container.decodeNumbersIfPresent(forKey: .words) ?? defaults.words
        threshold = try container.decodeNumberIfPresent(forKey: .threshold) ?? defaults.threshold
        maxShare = try container.decodeNumberIfPresent(forKey: .maxShare) ?? defaults.maxShare
        articleLean = try container.decodeNumberIfPresent(forKey: .articleLean) ?? defaults.articleLean
        linkThreshold = try container.decodeNumberIfPresent(forKey: .linkThreshold) ?? defaults.linkThreshold
        maxLinksPerArgument = try container.decodeIfPresent(Int.self, forKey: .maxLinksPerArgument) ?? defaults.maxLinksPerArgument
        stanceOffset = try container.decodeNumberIfPresent(forKey: .stanceOffset) ?? defaults.stanceOffset
        stanceSlope = try container.decodeNumberIfPresent(forKey: .stanceSlope) ?? defaults.stanceSlope
        themes = try container.decodeIfPresent(ThemeModel.self, forKey: .themes)
    }

    public func weight(_ feature: SentenceFeature) -> Double { weights[feature.rawValue] ?? 0 }

    /// Without a fit: weak evidence is a little better than a coin toss, strong evidence rarely
    /// wrong (the shape the labelled articles show).
    public static let defaultStanceOffset = 0.3
    public static let defaultStanceSlope = 0.6

    /// How likely a stance read from evidence of this signed strength is right.
    public func stanceConfidence(_ evidence: Double) -> Double {
        ArticleReader.logistic(stanceOffset + stanceSlope * abs(evidence))
    }

    /// The weights as a vector in `SentenceFeature.allCases` order, and the bias.
    var weightVector: (bias: Double, weights: FeatureVector) {
        var vector = FeatureVector()
        for feature in SentenceFeature.allCases { vector[feature] = weight(feature) }
        return (weights["bias"] ?? 0, vector)
    }

    /// Hand-set starting weights: what a reader would expect each feature to do, before any fitting.
    public static let priorWeights: [String: Double] = {
        var weights: [String: Double] = ["bias": -2.0]
        for feature in SentenceFeature.allCases { weights[feature.rawValue] = feature.priorWeight }
        return weights
    }()
}

/// The named features of a sentence that argument detection weighs. All are scaled to about 0...1.
public enum SentenceFeature: String, CaseIterable, Sendable {
    case stanceEvidence = "stance_evidence"
    case eventTerms = "event_terms"
    case topicTerms = "topic_terms"
    case parties = "parties"
    case blocPair = "bloc_pair"
    case modal = "modal"
    case causal = "causal"
    case contrast = "contrast"
    case evaluative = "evaluative"
    case hedge = "hedge"
    case firstPerson = "first_person"
    case themeTerms = "theme_terms"
    case length = "length"
    case short = "short"
    case question = "question"
    case background = "background"
    case numbers = "numbers"
    case quoteOnly = "quote_only"
    case reported = "reported"
    case comment = "comment"
    case neighbourArgument = "neighbour"
    case negation = "negation"
    case pastTense = "past_tense"
    case presentTense = "present_tense"
    case paragraphStart = "paragraph_start"
    case properNouns = "proper_nouns"
    case rebuttal = "rebuttal"
    case centrality = "centrality"
    case planNarration = "plan_narration"

    /// Position in `allCases`, for feature vectors.
    var ordinal: Int {
        switch self {
        case .stanceEvidence: return 0
        case .eventTerms: return 1
        case .topicTerms: return 2
        case .parties: return 3
        case .blocPair: return 4
        case .modal: return 5
        case .causal: return 6
        case .contrast: return 7
        case .evaluative: return 8
        case .hedge: return 9
        case .firstPerson: return 10
        case .themeTerms: return 11
        case .length: return 12
        case .short: return 13
        case .question: return 14
        case .background: return 15
        case .numbers: return 16
        case .quoteOnly: return 17
        case .reported: return 18
        case .comment: return 19
        case .neighbourArgument: return 20
        case .negation: return 21
        case .pastTense: return 22
        case .presentTense: return 23
        case .paragraphStart: return 24
        case .properNouns: return 25
        case .rebuttal: return 26
        case .centrality: return 27
        case .planNarration: return 28
        }
    }

    var priorWeight: Double {
        switch self {
        case .stanceEvidence: return 2.5
        case .eventTerms: return 1.0
        case .topicTerms: return 1.0
        case .parties: return 1.0
        case .blocPair: return 0.5
        case .modal: return 0.8
        case .causal: return 0.6
        case .contrast: return 0.3
        case .evaluative: return 0.8
        case .hedge: return 0.3
        case .firstPerson: return 0.5
        case .themeTerms: return 0.8
        case .length: return 0.5
        case .short: return -1.0
        case .question: return -0.3
        case .background: return -1.2
        case .numbers: return -0.3
        case .quoteOnly: return -0.3
        case .reported: return 0.0
        case .comment: return -0.5
        case .neighbourArgument: return 0.0
        case .negation: return 0.5
        case .pastTense: return -0.5
        case .presentTense: return 0.5
        case .paragraphStart: return 0.3
        case .properNouns: return -0.3
        case .rebuttal: return 2.0
        case .centrality: return 1.0
        case .planNarration: return -1.0
        }
    }
}

/// A value per `SentenceFeature`, stored by position: cheaper than a dictionary per sentence.
struct FeatureVector: Sendable, Equatable {
    private(set) var values = [Double](repeating: 0, count: SentenceFeature.allCases.count)

    subscript(feature: SentenceFeature) -> Double {
        get { values[feature.ordinal] }
        set { values[feature.ordinal] = newValue }
    }

    func dot(_ other: FeatureVector) -> Double {
        var sum = 0.0
        for index in values.indices { sum += values[index] * other.values[index] }
        return sum
    }
}
