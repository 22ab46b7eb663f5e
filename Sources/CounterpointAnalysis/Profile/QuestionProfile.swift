import CounterpointCore

/// Everything the analyzer knows about one contested question, read from the `[profile]` tables
/// of a `corpus.toml`. The engine has no vocabulary of its own: another folder can carry another
/// question with other parties, stance ids and themes. Format: docs/analysis.md.
///
/// The question is modelled as "can the outsider split the bloc?": `splitStance` is the side that
/// says the bloc can come apart, `bondStance` the side that says it holds.
public struct QuestionProfile: Sendable {
    public var splitStance: Stance
    public var bondStance: Stance
    public var parties: [Party]
    /// Words that show a sentence is about the question itself ("reverse Nixon", "drive a wedge").
    public var topicTerms: [String]
    public var events: [EventGroup]
    public var cues: [CueGroup]
    public var language: LanguageCues
    public var themes: [Theme]
    public var detector: DetectorParameters

    public var stances: [Stance] { [splitStance, bondStance] }

    public init(splitStance: Stance, bondStance: Stance, parties: [Party], topicTerms: [String],
                events: [EventGroup], cues: [CueGroup], language: LanguageCues, themes: [Theme],
                detector: DetectorParameters = DetectorParameters()) {
        self.splitStance = splitStance
        self.bondStance = bondStance
        self.parties = parties
        self.topicTerms = topicTerms
        self.events = events
        self.cues = cues
        self.language = language
        self.themes = themes
        self.detector = detector
    }

    public func theme(id: String) -> Theme? { themes.first { $0.id == id } }

    /// +1 for the split side, -1 for the bond side, nil for an unknown stance.
    public func sign(of stance: Stance) -> Int? {
        stance == splitStance ? 1 : stance == bondStance ? -1 : nil
    }

    public func stance(forSign sign: Int) -> Stance { sign >= 0 ? splitStance : bondStance }

    public func opposite(of stance: Stance) -> Stance { stance == splitStance ? bondStance : splitStance }
}

public struct Party: Sendable, Equatable {
    public enum Role: String, Sendable, Codable {
        /// One of the partners the question asks about splitting.
        case bloc
        /// The party that tries to split them (or its camp).
        case outsider
        case other
    }

    public var id: String
    public var name: String
    public var role: Role
    /// Names the party goes by. An alias written in capitals ("US", "PRC") only matches capitals.
    public var aliases: [String]

    public init(id: String, name: String, role: Role, aliases: [String]) {
        self.id = id
        self.name = name
        self.role = role
        self.aliases = aliases
    }
}

/// Words for something happening between parties: a `split` event (the bloc comes apart, a member
/// moves toward the outsider) or a `bond` event (the bloc holds, deepens, depends).
public struct EventGroup: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable { case split, bond }
    public enum Relation: String, Sendable, Codable {
        /// Between the bloc's members unless the sentence says otherwise ("ties", "friction").
        case bloc
        /// Between a bloc member and the outsider unless the sentence says otherwise ("thaw", "overture").
        case outsider
    }

    public var kind: Kind
    public var relation: Relation
    public var weight: Double
    public var terms: [String]

    public init(kind: Kind, relation: Relation = .bloc, weight: Double = 1, terms: [String]) {
        self.kind = kind
        self.relation = relation
        self.weight = weight
        self.terms = terms
    }
}

/// Words that speak for one side directly, whatever they apply to ("fool's errand", "opening").
public struct CueGroup: Sendable, Equatable {
    public var stance: Stance
    public var weight: Double
    public var terms: [String]

    public init(stance: Stance, weight: Double = 1, terms: [String]) {
        self.stance = stance
        self.weight = weight
        self.terms = terms
    }
}

/// The general argumentative vocabulary of the profile's language.
public struct LanguageCues: Sendable, Equatable {
    /// Flip what follows in the clause: not, never, no, without, halt, prevent.
    public var negators: [String] = []
    /// Deny the event they bear on, before or after it: unlikely, unrealistic, naive, cannot.
    public var doubters: [String] = []
    /// Affirm the plan's prospects when nothing else is evaluated: feasible, opportunity, confident.
    public var affirmers: [String] = []
    public var hedges: [String] = []
    /// Verbs and phrases that attribute a view: said, argues, according to, in the words of.
    public var reporting: [String] = []
    public var modals: [String] = []
    public var causal: [String] = []
    public var contrast: [String] = []
    /// Open a subordinate clause whose evidence counts less than the main clause's.
    public var concessive: [String] = []
    public var evaluative: [String] = []
    /// Narrative of who met whom, when: lowers the odds of an argument.
    public var background: [String] = []
    /// Phrases that answer the previous sentence ("there is no evidence to support this claim").
    public var rebuttals: [String] = []
    /// Words that name the plan under discussion, so an evaluation without an event bears on it.
    public var planNouns: [String] = []
    /// Words that tell what someone means to do ("aims to", "seeks to", "envisages", "referred to
    /// as"): with a plan noun they mark a sentence that describes the plan rather than judges it.
    public var intents: [String] = []
    public var firstPerson: [String] = []
    /// Phrases that shadow a shorter cue inside them ("not only" is not a negation).
    public var neutral: [String] = []
    /// Eras and figures of the past ("Cold War", "1970s", "Khrushchev"): in a past-tense sentence
    /// they mean its events are history, which takes no side on the present question by itself.
    public var historical: [String] = []

    public init() {}
}

public struct Theme: Sendable, Equatable {
    public var id: String
    public var description: String
    public var terms: [String]
    /// The side this theme's evidence usually supports, used only to break a tie.
    public var lean: Stance?
    /// Other themes whose arguments this theme's arguments typically answer (friction answers
    /// shared vision): the linker treats them almost as the same theme. Symmetric.
    public var answers: [String]

    public init(id: String, description: String, terms: [String], lean: Stance? = nil, answers: [String] = []) {
        self.id = id
        self.description = description
        self.terms = terms
        self.lean = lean
        self.answers = answers
    }
}
