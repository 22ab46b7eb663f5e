/// What a matched phrase means to the analyzer.
enum LexiconRole: Hashable, Sendable {
    case party(Int)
    case topic
    case event(Int)
    case cue(Int)
    case theme(Int)
    case negator, doubter, affirmer, hedge, reporting, modal, causal, contrast, concessive
    case evaluative, background, rebuttal, planNoun, intent, firstPerson, neutral, historical
}

/// What a pattern means, shared by every match of it (one reference instead of an array and a
/// string per match).
final class PatternInfo: Sendable {
    let roles: [LexiconRole]
    let text: String
    let hasGap: Bool
    let isParty: Bool

    init(roles: [LexiconRole], text: String, hasGap: Bool) {
        self.roles = roles
        self.text = text
        self.hasGap = hasGap
        self.isParty = roles.contains { if case .party = $0 { return true } else { return false } }
    }
}

/// A phrase found in a sentence: tokens `start..<end`.
struct LexiconMatch: Sendable {
    var start: Int
    var end: Int
    let info: PatternInfo

    var roles: [LexiconRole] { info.roles }
    var text: String { info.text }
    var hasGap: Bool { info.hasGap }
}

/// The profile's vocabulary compiled into stemmed token patterns, indexed by first word, so a
/// sentence is matched in one pass whatever the size of the vocabulary.
///
/// Pattern syntax: words as written ("drive a wedge"), `*` for up to three words of any kind
/// ("pull * away" matches "pull Moscow away"), a word in capitals matches only capitals ("US").
/// Reporting verbs match their exact form, not their stem, so the noun "state" is not "stated"; a
/// term written with a leading `=` ("=backs") matches its exact form too.
struct Lexicon: Sendable {
    enum Element: Sendable, Hashable {
        /// A word (its key) by stem; `exact` compares the lowercased word itself ("states" the verb
        /// is not "state").
        case word(Int32, allCaps: Bool, exact: Bool)
        case gap(Int)
    }

    struct Pattern: Sendable {
        var elements: [Element]
        var info: PatternInfo
    }

    private(set) var patterns: [Pattern] = []
    /// Every word the patterns use, numbered: tokens carry these keys so matching compares integers.
    private var keys: [String: Int32] = [:]
    private var byFirstKey: [[Int]] = []
    private var indexByElements: [[Element]: Int] = [:]
    /// The same index in flat rows for the hot loop, which would otherwise retain a nested array per
    /// word and per pattern tried: the patterns starting with key `k` are
    /// `firstKeyPatterns[firstKeyOffsets[k]..<firstKeyOffsets[k + 1]]`, and pattern `p`'s elements
    /// are `flatElements[elementOffsets[p]..<elementOffsets[p + 1]]`. Rebuilt after each `add`.
    private var firstKeyOffsets: [Int] = [0]
    private var firstKeyPatterns: [Int32] = []
    private var elementOffsets: [Int] = [0]
    private var flatElements: [Element] = []

    /// A word no pattern uses; a key the tokenizer could not look up (it had no lexicon).
    static let noKey: Int32 = -1
    static let unknownKey: Int32 = -2

    func key(for word: String) -> Int32 { keys[word] ?? Lexicon.noKey }

    private mutating func makeKey(_ word: String) -> Int32 {
        if let existing = keys[word] { return existing }
        let key = Int32(keys.count)
        keys[word] = key
        byFirstKey.append([])
        return key
    }

    static let maxGap = 3

    init() {}

    init(profile: QuestionProfile) {
        var tokenizer = Tokenizer()
        for (index, party) in profile.parties.enumerated() {
            add(party.aliases, role: .party(index), tokenizer: &tokenizer)
        }
        add(profile.topicTerms, role: .topic, tokenizer: &tokenizer)
        for (index, group) in profile.events.enumerated() { add(group.terms, role: .event(index), tokenizer: &tokenizer) }
        for (index, group) in profile.cues.enumerated() { add(group.terms, role: .cue(index), tokenizer: &tokenizer) }
        for (index, theme) in profile.themes.enumerated() { add(theme.terms, role: .theme(index), tokenizer: &tokenizer) }
        let language = profile.language
        let lists: [([String], LexiconRole)] = [
            (language.negators, .negator), (language.doubters, .doubter), (language.affirmers, .affirmer),
            (language.hedges, .hedge), (language.reporting, .reporting), (language.modals, .modal),
            (language.causal, .causal), (language.contrast, .contrast), (language.concessive, .concessive),
            (language.evaluative, .evaluative), (language.background, .background), (language.rebuttals, .rebuttal),
            (language.planNouns, .planNoun), (language.intents, .intent), (language.firstPerson, .firstPerson), (language.neutral, .neutral),
            (language.historical, .historical),
        ]
        for (terms, role) in lists { add(terms, role: role, exact: role == .reporting, tokenizer: &tokenizer) }
    }

    mutating func add(_ terms: [String], role: LexiconRole, exact: Bool = false, tokenizer: inout Tokenizer) {
        for written in terms {
            // "=backs" matches that form only: the stem of "backs" is also the adverb "back".
            let exactForm = written.hasPrefix("=")
            let term = exactForm ? String(written.dropFirst()) : written
            guard let elements = compile(term, exact: exact || exactForm, tokenizer: &tokenizer) else { continue }
            if let existing = indexByElements[elements] {
                let info = patterns[existing].info
                if !info.roles.contains(role) {
                    patterns[existing].info = PatternInfo(roles: info.roles + [role], text: info.text, hasGap: info.hasGap)
                }
                continue
            }
            guard case .word(let first, _, _) = elements[0] else { continue }
            indexByElements[elements] = patterns.count
            byFirstKey[Int(first)].append(patterns.count)
            let hasGap = elements.contains { if case .gap = $0 { return true } else { return false } }
            patterns.append(Pattern(elements: elements, info: PatternInfo(roles: [role], text: term, hasGap: hasGap)))
            flatElements += elements
            elementOffsets.append(flatElements.count)
        }
        rebuildFirstKeyRows()
    }

    private mutating func rebuildFirstKeyRows() {
        firstKeyPatterns = byFirstKey.flatMap { row in row.map { Int32($0) } }
        firstKeyOffsets = [0]
        firstKeyOffsets.reserveCapacity(byFirstKey.count + 1)
        for row in byFirstKey { firstKeyOffsets.append(firstKeyOffsets[firstKeyOffsets.count - 1] + row.count) }
    }

    private mutating func compile(_ term: String, exact: Bool, tokenizer: inout Tokenizer) -> [Element]? {
        var elements: [Element] = []
        for (position, part) in term.split(separator: "*", omittingEmptySubsequences: false).enumerated() {
            if position > 0 { elements.append(.gap(Lexicon.maxGap)) }
            for token in tokenizer.tokens(of: String(part)) where !token.isPunctuation {
                elements.append(.word(makeKey(exact ? token.lower : InflectionStemmer.stem(token.lower)),
                                      allCaps: token.isAllCaps, exact: exact))
            }
        }
        while case .gap = elements.last { elements.removeLast() }
        guard case .word = elements.first else { return nil }
        return elements
    }

    /// What matching needs of one token, packed so the hot loop never copies a `Token` (which
    /// holds a string) and reads one small array.
    private struct TokenKeys {
        var stem: Int32
        var lower: Int32
        var isWord: Bool
        var isPunctuation: Bool
        var isAllCaps: Bool
    }

    private func tokenKeys(_ tokens: [Token]) -> [TokenKeys] {
        tokens.withUnsafeBufferPointer { buffer in
            buffer.map { token in
                guard token.kind == .word else {
                    return TokenKeys(stem: Lexicon.noKey, lower: Lexicon.noKey, isWord: false,
                                     isPunctuation: token.kind == .punctuation, isAllCaps: token.isAllCaps)
                }
                let stem = token.stemKey == Lexicon.unknownKey ? key(for: InflectionStemmer.stem(token.lower)) : token.stemKey
                let lower = token.lowerKey == Lexicon.unknownKey ? key(for: token.lower) : token.lowerKey
                return TokenKeys(stem: stem, lower: lower, isWord: true, isPunctuation: false, isAllCaps: token.isAllCaps)
            }
        }
    }

    /// All phrases in `tokens`, without those that lie inside a longer phrase (a party name is only
    /// hidden by a longer party name, so "Soviet" still counts inside "Sino-Soviet split").
    func matches(in tokens: [Token]) -> [LexiconMatch] {
        let keys = tokenKeys(tokens)
        var found: [LexiconMatch] = []
        keys.withUnsafeBufferPointer { keys in
            firstKeyPatterns.withUnsafeBufferPointer { candidates in
                flatElements.withUnsafeBufferPointer { elements in
                    for start in keys.indices where keys[start].isWord {
                        for pass in 0..<2 {
                            // By stem, then (for exact-form patterns) by the word itself when it differs.
                            let first = pass == 0 ? keys[start].stem : keys[start].lower
                            guard first >= 0, pass == 0 || keys[start].lower != keys[start].stem else { continue }
                            for position in firstKeyOffsets[Int(first)]..<firstKeyOffsets[Int(first) + 1] {
                                let pattern = Int(candidates[position])
                                let patternElements = UnsafeBufferPointer(
                                    rebasing: elements[elementOffsets[pattern]..<elementOffsets[pattern + 1]])
                                if let end = Lexicon.matchFrom(patternElements, 0, keys, start) {
                                    found.append(LexiconMatch(start: start, end: end, info: patterns[pattern].info))
                                }
                            }
                        }
                    }
                }
            }
        }
        guard found.count > 1 else { return found }
        return found.withUnsafeBufferPointer { found in
            var kept: [LexiconMatch] = []
            kept.reserveCapacity(found.count)
            for index in found.indices where !Lexicon.liesInsideLonger(found[index], found, except: index) {
                kept.append(found[index])
            }
            return kept
        }
    }

    /// A match hidden by a longer gapless one around it (a party name only by another party name).
    private static func liesInsideLonger(_ match: LexiconMatch, _ found: UnsafeBufferPointer<LexiconMatch>,
                                         except index: Int) -> Bool {
        let isParty = match.info.isParty
        for other in found.indices where other != index && !found[other].info.hasGap {
            let outer = found[other]
            if outer.end - outer.start > match.end - match.start, outer.start <= match.start, match.end <= outer.end,
               !isParty || outer.info.isParty {
                return true
            }
        }
        return false
    }

    private static func matchFrom(_ elements: UnsafeBufferPointer<Element>, _ elementIndex: Int, _ keys: UnsafeBufferPointer<TokenKeys>,
                                  _ tokenIndex: Int) -> Int? {
        guard elementIndex < elements.count else { return tokenIndex }
        switch elements[elementIndex] {
        case .word(let key, let allCaps, let exact):
            guard tokenIndex < keys.count, keys[tokenIndex].isWord,
                  (exact ? keys[tokenIndex].lower : keys[tokenIndex].stem) == key,
                  !allCaps || keys[tokenIndex].isAllCaps else { return nil }
            return matchFrom(elements, elementIndex + 1, keys, tokenIndex + 1)
        case .gap(let maximum):
            var index = tokenIndex
            for _ in 0...maximum {
                if let end = matchFrom(elements, elementIndex + 1, keys, index) { return end }
                guard index < keys.count, !keys[index].isPunctuation else { return nil }
                index += 1
            }
            return nil
        }
    }
}
