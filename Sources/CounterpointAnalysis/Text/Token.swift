/// One word, number or punctuation mark of a sentence, with its place in the article text.
struct Token: Sendable, Equatable {
    enum Kind: UInt8, Sendable { case word, number, punctuation }

    var kind: Kind
    /// Unicode scalar offsets into the article text. Tokens split from a contraction ("n't" → "not")
    /// share the word's range.
    var start: Int
    var end: Int
    /// Lowercased, diacritics folded; "U.S." becomes "us"; punctuation is the mark itself. (The
    /// word as written is the article text at `start..<end`; its stem is in the tokenizer's table.)
    var lower: String
    var isCapitalized = false
    /// Two or more letters, all capitals ("US", "PRC", "U.S."): how "US" is told from "us".
    var isAllCaps = false
    /// Inside double quotation marks.
    var inQuote = false
    /// Followed by 's or a bare apostrophe ("Putin's", "leaders'").
    var isPossessive = false
    /// Four digits between 1800 and 2100.
    var isYear = false
    /// Word-class facts looked up once per distinct word (see `Tokenizer.WordInfo`).
    var flags: Flags = []
    /// The profile lexicon's keys for `stem` and `lower` (`Lexicon.noKey` when it has none,
    /// `Lexicon.unknownKey` when the tokenizer had no lexicon to ask).
    var stemKey: Int32 = -2
    var lowerKey: Int32 = -2
    /// Content-term id of the stem within the tokenizer's run, or -1 for a function word.
    var term: Int32 = -1
    /// Id of the stem within the tokenizer's run, for every word (function words included).
    var stemID: Int32 = -1
    /// The detector's weight for the stem (`DetectorParameters.words`), 0 when it has none.
    var wordWeight: Float = 0
    /// Row of the stem's theme weights in the tokenizer's `themeRows`, or -1 when it has none.
    var themeRow: Int32 = -1

    struct Flags: OptionSet, Sendable, Equatable {
        let rawValue: UInt16
        static let clauseBreak = Flags(rawValue: 1 << 0)
        static let contrast = Flags(rawValue: 1 << 1)
        static let bridge = Flags(rawValue: 1 << 2)
        static let stopword = Flags(rawValue: 1 << 3)
        static let present = Flags(rawValue: 1 << 4)
        static let past = Flags(rawValue: 1 << 5)
    }

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }

    static let quoteMark = "\""

    /// Marks after which a negation or an evaluation no longer reaches (clause boundaries).
    var isClauseBreak: Bool { flags.contains(.clauseBreak) }

    static let clauseBreakMarks: Set<String> = [",", ";", ":", "(", ")", "—", "–", "?", "!", ".", "…"]
    /// Conjunctions that open a new clause with its own polarity ("X is unlikely, but Y will").
    static let clauseBreakWords: Set<String> = [
        "but", "while", "although", "though", "whereas", "however", "which", "because", "since", "if", "when",
        "unless", "whether",
    ]
    /// Conjunctions after which the sentence's main point comes ("X, but Y": Y is what is argued).
    static let contrastWords: Set<String> = ["but", "however", "yet"]
    /// Auxiliaries of the present and future, and of the past (with "-ed" words), for tense.
    static let presentWords: Set<String> = [
        "is", "are", "am", "has", "have", "does", "will", "would", "can", "could", "should", "must", "may", "might", "shall",
    ]
    static let pastWords: Set<String> = ["was", "were", "had", "did", "became", "began", "came", "saw", "met", "held", "took", "went"]
    /// Words that may stand between an event and its partner: "dependence on the PRC", "ties to its
    /// neighbour Washington".
    static let bridgeWords: Set<String> = [
        "with", "to", "toward", "towards", "from", "of", "on", "upon", "between", "among", "and", "the", "a", "an",
        "its", "their", "his", "her", "our", "these", "those", "any", "all", "both", "for", "into", "in", "itself",
    ]
}
