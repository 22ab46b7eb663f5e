import CounterpointCore
import Foundation

/// Splits text into `Token`s over Unicode scalars, keeping each token's offsets.
///
/// Contractions become two tokens ("doesn't" → "does" "not", "can't" → "can" "not", "cannot" →
/// "can" "not"), hyphenated words split ("un-unite" → "un" "unite", "anti-Western" → "anti"
/// "western"), and dotted abbreviations join ("U.S." → "us", all capitals). Everything known
/// about a word (stem, word class, lexicon keys, content-term id) is worked out once per distinct
/// word, so a tokenizer should live for a whole analysis run; term ids are only comparable between
/// tokens of the same tokenizer.
struct Tokenizer {
    struct WordInfo {
        var stem: String
        var flags: Token.Flags
        var stemKey: Int32
        var lowerKey: Int32
        var term: Int32
        var stemID: Int32
        var wordWeight: Float
        var themeRow: Int32
    }

    private let lexicon: Lexicon?
    /// Stem → the detector's word weight, looked up once per distinct word.
    private let wordWeights: [String: Double]
    /// Stem → its weight for each theme (`ThemeModel.wordRows`); rows in use are kept in `themeRows`.
    private let themeWords: [String: [Float]]
    private(set) var themeRows: [[Float]] = []
    private var words: [String: WordInfo] = [:]
    private var asciiWords = AsciiWordTable()
    private var termIDs: [String: Int32] = [:]
    private var stemIDs: [String: Int32] = [:]

    init(lexicon: Lexicon? = nil, wordWeights: [String: Double] = [:], themeWords: [String: [Float]] = [:]) {
        self.lexicon = lexicon
        self.wordWeights = wordWeights
        self.themeWords = themeWords
    }

    mutating func tokens(of text: String) -> [Token] {
        let source = SourceText(unhashed: text)
        return tokens(in: source, range: TextRange(0, source.count))
    }

    mutating func tokens(in source: SourceText, range: TextRange) -> [Token] {
        var result: [Token] = []
        result.reserveCapacity(range.length / 5)
        var inQuote = false
        var index = max(0, range.start)
        let end = min(range.end, source.count)
        while index < end {
            let scalar = source[index]
            if Tokenizer.isLetter(scalar) {
                index = readWord(source, from: index, end: end, inQuote: inQuote, into: &result)
            } else if Tokenizer.isDigit(scalar) {
                index = readNumber(source, from: index, end: end, inQuote: inQuote, into: &result)
            } else {
                if let mark = Tokenizer.punctuation(scalar, source: source, index: index, end: end) {
                    if mark == Token.quoteMark {
                        inQuote = Tokenizer.quoteOpens(scalar, wasOpen: inQuote)
                    }
                    result.append(Token(kind: .punctuation, start: index, end: index + 1, lower: mark,
                                        inQuote: inQuote,
                                        flags: Tokenizer.breaksClause(mark) ? .clauseBreak : []))
                }
                index += 1
            }
        }
        return result
    }

    /// Appends a word with its facts from `info` (looked up by its lowercased text unless given).
    private mutating func appendWord(_ token: Token, info known: WordInfo? = nil, into result: inout [Token]) {
        var token = token
        let info = known ?? wordInfo(token.lower)
        token.flags = info.flags
        token.stemKey = info.stemKey
        token.lowerKey = info.lowerKey
        token.term = info.term
        token.stemID = info.stemID
        token.wordWeight = info.wordWeight
        token.themeRow = info.themeRow
        result.append(token)
    }

    /// Stem, word class, lexicon keys and content-term id of a lowercased word, memoised.
    mutating func wordInfo(_ lower: String) -> WordInfo {
        if let known = words[lower] { return known }
        let stem = InflectionStemmer.stem(lower)
        var flags: Token.Flags = []
        if Token.clauseBreakWords.contains(lower) { flags.insert(.clauseBreak) }
        if Token.contrastWords.contains(lower) { flags.insert(.contrast) }
        if Token.bridgeWords.contains(lower) { flags.insert(.bridge) }
        if Token.presentWords.contains(lower) { flags.insert(.present) }
        else if Token.pastWords.contains(lower) || (lower.hasSuffix("ed") && lower.count > 4) { flags.insert(.past) }
        let isStopword = stem.count < 3 || ContentTerms.stopwords.contains(lower) || ContentTerms.stopwords.contains(stem)
        if isStopword { flags.insert(.stopword) }
        var term: Int32 = -1
        if !isStopword {
            if let existing = termIDs[stem] { term = existing } else {
                term = Int32(termIDs.count)
                termIDs[stem] = term
            }
        }
        let stemID: Int32
        if let existing = stemIDs[stem] { stemID = existing } else {
            stemID = Int32(stemIDs.count)
            stemIDs[stem] = stemID
        }
        let info = WordInfo(stem: stem, flags: flags,
                            stemKey: lexicon.map { $0.key(for: stem) } ?? Lexicon.unknownKey,
                            lowerKey: lexicon.map { $0.key(for: lower) } ?? Lexicon.unknownKey, term: term,
                            stemID: stemID, wordWeight: Float(wordWeights[stem] ?? 0), themeRow: themeRow(stem))
        words[lower] = info
        return info
    }

    /// The stem's row in `themeRows`, added on first use; -1 when the stem has no theme weights.
    private mutating func themeRow(_ stem: String) -> Int32 {
        guard let row = themeWords[stem] else { return -1 }
        themeRows.append(row)
        return Int32(themeRows.count - 1)
    }

    // MARK: - Words

    private mutating func readWord(_ source: SourceText, from start: Int, end: Int, inQuote: Bool,
                                   into result: inout [Token]) -> Int {
        if let abbreviationEnd = Tokenizer.dottedAbbreviationEnd(source, from: start, end: end) {
            var letters = String.UnicodeScalarView()
            for offset in start..<abbreviationEnd where Tokenizer.isLetter(source[offset]) {
                letters.append(source[offset])
            }
            let surface = String(letters)
            let lower = Tokenizer.fold(surface)
            appendWord(Token(kind: .word, start: start, end: abbreviationEnd, lower: lower,
                             isCapitalized: true, isAllCaps: surface.uppercased() == surface, inQuote: inQuote), into: &result)
            return abbreviationEnd
        }
        var index = start
        var apostrophe: Int?
        var isASCII = true
        var letters = 0
        var capitals = 0
        while index < end {
            let scalar = source[index]
            if Tokenizer.isLetter(scalar) || Tokenizer.isDigit(scalar) || (!scalar.isASCII && scalar.properties.generalCategory == .nonspacingMark) {
                if !scalar.isASCII { isASCII = false }
                if apostrophe == nil, Tokenizer.isLetter(scalar) {
                    letters += 1
                    if Tokenizer.isUppercase(scalar) { capitals += 1 }
                }
                index += 1
            } else if Tokenizer.isApostrophe(scalar), apostrophe == nil, index + 1 < end, Tokenizer.isLetter(source[index + 1]) {
                apostrophe = index
                index += 1
            } else {
                break
            }
        }
        let wordEnd = index
        var possessive = false
        // A bare trailing apostrophe after s is a plural possessive ("leaders'").
        if apostrophe == nil, wordEnd < end, Tokenizer.isApostrophe(source[wordEnd]), wordEnd > start,
           source[wordEnd - 1] == "s" || source[wordEnd - 1] == "S",
           wordEnd + 1 >= end || !Tokenizer.isLetter(source[wordEnd + 1]) {
            possessive = true
        }
        let isCapitalized = Tokenizer.isUppercase(source[start])
        let allCaps = letters >= 2 && capitals == letters
        guard let apostrophe else {
            // The common case: a plain ASCII word seen before, found without building a string.
            let hash = isASCII ? AsciiWordTable.hash(source, start, wordEnd) : 0
            if isASCII, let known = asciiWords.find(source, start, wordEnd, hash: hash) {
                appendWord(Token(kind: .word, start: start, end: wordEnd, lower: known.lower, isCapitalized: isCapitalized,
                                 isAllCaps: allCaps, inQuote: inQuote, isPossessive: possessive), info: known.info, into: &result)
                return possessive ? wordEnd + 1 : wordEnd
            }
            let lower = isASCII ? Tokenizer.asciiString(source, start, wordEnd, lowercase: true)
                : Tokenizer.fold(Tokenizer.surface(source, start, wordEnd))
            if lower == "cannot" {
                appendWord(Token(kind: .word, start: start, end: wordEnd, lower: "can",
                                 isCapitalized: isCapitalized, inQuote: inQuote), into: &result)
                appendWord(Token(kind: .word, start: start, end: wordEnd, lower: "not", inQuote: inQuote), into: &result)
            } else {
                let info = wordInfo(lower)
                // "cannot" stays out of the table: it becomes two tokens.
                if isASCII { asciiWords.add(lower, hash: hash, info: info) }
                appendWord(Token(kind: .word, start: start, end: wordEnd, lower: lower, isCapitalized: isCapitalized,
                                 isAllCaps: allCaps, inQuote: inQuote, isPossessive: possessive), info: info, into: &result)
            }
            return possessive ? wordEnd + 1 : wordEnd
        }
        var base = Tokenizer.surface(source, start, apostrophe)
        let suffix = Tokenizer.fold(Tokenizer.surface(source, apostrophe + 1, wordEnd))
        var extra: String?
        switch suffix {
        case "t" where base.lowercased().hasSuffix("n"):
            base = String(base.dropLast())
            extra = "not"
        case "s": possessive = true
        case "ll": extra = "will"
        case "d": extra = "would"
        case "re", "ve", "m": break
        default:
            base = Tokenizer.surface(source, start, wordEnd)   // O'Brien, d'Estaing
        }
        let lowerBase = Tokenizer.fold(base)
        var words: [(String, Bool)] = []
        switch lowerBase {
        case "ca" where extra == "not": words = [("can", false)]
        case "wo" where extra == "not": words = [("will", false)]
        case "sha" where extra == "not": words = [("shall", false)]
        default: words = [(lowerBase, possessive)]
        }
        if let extra { words.append((extra, false)) }
        for (position, (lower, isPossessive)) in words.enumerated() where !lower.isEmpty {
            appendWord(Token(kind: .word, start: start, end: wordEnd, lower: lower,
                             isCapitalized: position == 0 && isCapitalized,
                             isAllCaps: position == 0 && allCaps, inQuote: inQuote, isPossessive: isPossessive), into: &result)
        }
        return wordEnd
    }

    /// "U.S.", "U.K.", "e.g.": two or more single letters, each followed by a period.
    private static func dottedAbbreviationEnd(_ source: SourceText, from start: Int, end: Int) -> Int? {
        var index = start
        var letters = 0
        while index + 1 < end, isLetter(source[index]), source[index + 1] == "." {
            letters += 1
            index += 2
        }
        return letters >= 2 ? index : nil
    }

    // MARK: - Numbers

    private func readNumber(_ source: SourceText, from start: Int, end: Int, inQuote: Bool,
                            into result: inout [Token]) -> Int {
        var index = start
        while index < end {
            let scalar = source[index]
            if Tokenizer.isDigit(scalar) {
                index += 1
            } else if (scalar == "," || scalar == "."), index + 1 < end, Tokenizer.isDigit(source[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        let text = Tokenizer.surface(source, start, index)
        var isYear = false
        if text.count == 4, let value = Int(text), value >= 1800, value <= 2100 { isYear = true }
        // Ordinals and decades ("21st", "1970s") stay one number token.
        while index < end, Tokenizer.isLetter(source[index]) { index += 1 }
        result.append(Token(kind: .number, start: start, end: index, lower: text,
                            inQuote: inQuote, isYear: isYear))
        return index
    }

    // MARK: - Characters

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
        }
        return scalar.properties.isAlphabetic
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
    }

    /// An ASCII range as a String, optionally lowercased, written straight into the string's storage.
    static func asciiString(_ source: SourceText, _ start: Int, _ end: Int, lowercase: Bool) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for offset in start..<end {
                var byte = UInt8(truncatingIfNeeded: source[offset].value)
                if lowercase && byte >= 65 && byte <= 90 { byte += 32 }
                buffer[offset - start] = byte
            }
            return end - start
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 48 && scalar.value <= 57
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// The token for a non-word scalar, or nil for spaces and marks that carry nothing.
    static func punctuation(_ scalar: Unicode.Scalar, source: SourceText, index: Int, end: Int) -> String? {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": return Token.quoteMark
        case ",", ";", ":", "(", ")", "?", "!", ".", "…", "%", "$", "/":
            return String(scalar)
        case "\u{2014}", "\u{2013}": return "—"
        case "-":
            // A hyphen between spaces (or doubled) is a dash; inside a word it only separates.
            let before = index > 0 ? source[index - 1] : " "
            let after = index + 1 < end ? source[index + 1] : " "
            return before.properties.isWhitespace || after.properties.isWhitespace || after == "-" ? "—" : nil
        default: return nil
        }
    }

    /// `Token.clauseBreakMarks.contains(mark)` for the one-scalar marks `punctuation` returns,
    /// without hashing a string for every mark of the text.
    static func breaksClause(_ mark: String) -> Bool {
        var scalars = mark.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil else { return Token.clauseBreakMarks.contains(mark) }
        switch scalar {
        case ",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "?", "!", ".", "\u{2026}": return true
        default: return false
        }
    }

    static func quoteOpens(_ scalar: Unicode.Scalar, wasOpen: Bool) -> Bool {
        switch scalar {
        case "\u{201C}", "\u{201E}", "\u{00AB}": return true
        case "\u{201D}", "\u{00BB}": return false
        default: return !wasOpen
        }
    }

    static func surface(_ source: SourceText, _ start: Int, _ end: Int) -> String {
        source.slice(TextRange(start, max(start, end)))
    }

    /// Lowercase with diacritics removed ("Naïve" → "naive"); ASCII takes a fast path.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
