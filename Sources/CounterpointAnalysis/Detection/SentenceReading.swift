/// What the analyzer read in one sentence: the facts detection, stance, theme and speaker use.
struct SentenceReading: Sendable {
    var tokens: [Token]
    var matches: [LexiconMatch]
    var wordCount = 0
    /// Party indices in order of first mention.
    var parties: [Int] = []
    var partyMentions = 0
    var topicCount = 0
    var eventCount = 0
    /// Signed stance evidence: above zero for the split side, below for the bond side.
    var stanceScore = 0.0
    /// Total unsigned stance evidence, whatever its direction.
    var evidence = 0.0
    var themeScores: [Double] = []
    var roleCounts = RoleCounts()
    var numberCount = 0
    var yearCount = 0
    var quoteShare = 0.0
    var isQuestion = false
    /// Verbs and auxiliaries in the past ("was", "had", "-ed") and in the present or future ("is", "will").
    var pastMarkers = 0
    var presentMarkers = 0
    /// Capitalised words that are not the first word, not a party and not quoted: named detail.
    var properNouns = 0
    /// The person or organisation whose view the sentence reports; nil for the author's own voice.
    var reportedSpeaker: String?
    /// Answers the previous sentence ("there is no evidence to support this claim").
    var isRebuttal = false
    /// Tells what the outsider means to do without judging whether it can work (`PlanNarration`).
    var describesPlan = false
    /// Opens with "This/That … because/due to": a continuation of the previous sentence.
    var continuesPrevious = false
    var cues: [String] = []
    /// Cosine between the sentence's content words and the rest of its article's.
    var centrality = 0.0

    func count(_ role: LexiconRole) -> Int { roleCounts[role] }

    /// Lets go of the tokens and matches once the sentence's content terms are taken, keeping only
    /// the first word (`AdjacentAnswers` asks whether the sentence opens with "But"). A whole
    /// article's readings stay alive until its arguments are made, and a token costs more than ten
    /// times its text: a 50 MB article would otherwise hold gigabytes of them at once.
    mutating func keepOnlyOpeningWord() {
        tokens = tokens.first(where: \.isWord).map { [$0] } ?? []
        matches = []
    }

    var bestTheme: (index: Int, score: Double)? {
        var best: (Int, Double)?
        for (index, score) in themeScores.enumerated() where score > 0 && score > (best?.1 ?? 0) {
            best = (index, score)
        }
        return best.map { (index: $0.0, score: $0.1) }
    }

    /// The detection features, each scaled to about 0...1.
    func features(isComment: Bool, neighbour: Double, paragraphStart: Bool) -> FeatureVector {
        func capped(_ value: Double, _ scale: Double) -> Double { min(1, value / scale) }
        let evaluations = count(.evaluative) + count(.doubter) + count(.affirmer)
        let background = count(.background) + yearCount
        var vector = FeatureVector()
        vector[.stanceEvidence] = capped(evidence, 2)
        vector[.eventTerms] = capped(Double(eventCount), 2)
        vector[.topicTerms] = capped(Double(topicCount), 1)
        vector[.parties] = capped(Double(parties.count), 2)
        vector[.blocPair] = blocPairMentioned ? 1 : 0
        vector[.modal] = count(.modal) > 0 ? 1 : 0
        vector[.causal] = count(.causal) > 0 ? 1 : 0
        vector[.contrast] = count(.contrast) > 0 ? 1 : 0
        vector[.evaluative] = capped(Double(evaluations), 2)
        vector[.hedge] = count(.hedge) > 0 ? 1 : 0
        vector[.firstPerson] = count(.firstPerson) > 0 ? 1 : 0
        vector[.themeTerms] = capped(bestTheme?.score ?? 0, 3)
        vector[.length] = capped(Double(wordCount), 30)
        vector[.short] = wordCount < 8 ? 1 : 0
        vector[.question] = isQuestion ? 1 : 0
        vector[.background] = capped(Double(background), 2)
        vector[.numbers] = capped(Double(numberCount), 3)
        vector[.quoteOnly] = quoteShare > 0.8 && reportedSpeaker == nil ? 1 : 0
        vector[.reported] = reportedSpeaker != nil ? 1 : 0
        vector[.comment] = isComment ? 1 : 0
        vector[.neighbourArgument] = neighbour
        vector[.negation] = count(.negator) + count(.doubter) > 0 ? 1 : 0
        vector[.pastTense] = capped(Double(pastMarkers), 2)
        vector[.presentTense] = capped(Double(presentMarkers), 2)
        vector[.paragraphStart] = paragraphStart ? 1 : 0
        vector[.properNouns] = capped(Double(properNouns), 4)
        vector[.rebuttal] = isRebuttal ? 1 : 0
        vector[.centrality] = min(1, centrality * 3)
        vector[.planNarration] = describesPlan ? 1 : 0
        return vector
    }

    var blocPairMentioned = false
}

/// How often each vocabulary role without a payload matched ("modal", "causal", …).
struct RoleCounts: Sendable {
    /// Inline, not an array: every sentence of an article keeps one, and an array would be one more
    /// allocation per sentence.
    private var counts = InlineArray<16, Int>(repeating: 0)

    private static func slot(_ role: LexiconRole) -> Int? {
        switch role {
        case .party, .topic, .event, .cue, .theme, .historical: return nil
        case .negator: return 0
        case .doubter: return 1
        case .affirmer: return 2
        case .hedge: return 3
        case .reporting: return 4
        case .modal: return 5
        case .causal: return 6
        case .contrast: return 7
        case .concessive: return 8
        case .evaluative: return 9
        case .background: return 10
        case .rebuttal: return 11
        case .planNoun: return 12
        case .firstPerson: return 13
        case .neutral: return 14
        case .intent: return 15
        }
    }

    subscript(role: LexiconRole) -> Int { RoleCounts.slot(role).map { counts[$0] } ?? 0 }

    mutating func add(_ role: LexiconRole) {
        if let slot = RoleCounts.slot(role) { counts[slot] += 1 }
    }
}
