/// A word of visible text: letters and digits, with inner apostrophes ("don't", "I’m").
/// Hyphens and periods separate words, so "Russia-China" is two words and "U.S." two letters.
struct WordToken {
    /// Visible-index bounds (see `VisibleScalars`).
    var start: Int
    var end: Int
    var hash: UInt64
    var letters: Int
    var hasDigit: Bool
    var isCapitalized: Bool
    var isAllCaps: Bool
    /// Inside double quotation marks: someone else's words, not the writer's voice.
    var insideQuotes: Bool

    var length: Int { end - start }

    /// A word that can carry topic: not a function word, three letters or a capitalised abbreviation,
    /// not a number. The caller passes the stopword flag it already looked up.
    func isContentWord(stopword: Bool) -> Bool { (letters >= 3 || isAllCaps) && !hasDigit && !stopword }
}

enum WordTokenizer {
    static func tokens(_ text: VisibleScalars) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(text.count / 5)
        var insideQuotes = false
        var index = 0
        let count = text.count
        while index < count {
            let scalar = text[index]
            if !ScalarClass.isWordScalar(scalar) {
                switch scalar {
                case "\"": insideQuotes.toggle()
                case "\u{201C}", "\u{201E}", "\u{AB}": insideQuotes = true
                case "\u{201D}", "\u{BB}": insideQuotes = false
                case "\n", "\r", "\u{2029}": insideQuotes = false   // an unclosed quote ends with its paragraph line
                default: break
                }
                index += 1
                continue
            }
            var token = WordToken(start: index, end: index, hash: WordHash.seed, letters: 0, hasDigit: false,
                                  isCapitalized: ScalarClass.isUppercase(scalar), isAllCaps: true,
                                  insideQuotes: insideQuotes)
            while index < count {
                let current = text[index]
                if ScalarClass.isLetter(current) {
                    token.letters += 1
                    if token.isAllCaps && !ScalarClass.isUppercase(current) { token.isAllCaps = false }
                } else if ScalarClass.isDigit(current) {
                    token.hasDigit = true
                } else if ScalarClass.isApostrophe(current), index + 1 < count, ScalarClass.isLetter(text[index + 1]),
                          index > token.start {
                    // inner apostrophe: part of the word
                } else {
                    break
                }
                token.hash = WordHash.mix(token.hash, current)
                index += 1
            }
            token.end = index
            if token.letters == 1 && token.isCapitalized { joinInitialism(&token, text, &index) }
            if token.letters < 2 { token.isAllCaps = false }
            // "US", "U.S.", "UN", "EU": two capitals are a name, not the function words "us", "un".
            if token.isAllCaps && token.letters == 2 { token.hash = WordHash.mix(token.hash, "^") }
            tokens.append(token)
        }
        return tokens
    }

    /// "U.S." and "U.K." are one word: capitals each followed by a period.
    private static func joinInitialism(_ token: inout WordToken, _ text: VisibleScalars, _ index: inout Int) {
        var position = index
        var letters = token.letters
        var hash = token.hash
        while position + 2 < text.count, text[position] == ".", ScalarClass.isUppercase(text[position + 1]),
              text[position + 2] == "." {
            hash = WordHash.mix(hash, text[position + 1])
            letters += 1
            position += 2
        }
        guard letters > token.letters else { return }
        token.hash = hash
        token.letters = letters
        token.isAllCaps = true
        index = position + 1
        token.end = index
    }
}
