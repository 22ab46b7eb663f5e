/// Finds any of a list of word sequences in a paragraph's word hashes. Cue phrases are matched
/// by words, so "Sign up", "sign-up" and "SIGN  UP!" all match "sign up".
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt64]]
    private let byFirstWord: [UInt64: [Int]]

    init(_ texts: [String]) {
        let phrases = texts.map(PhraseMatcher.words).filter { !$0.isEmpty }
        var byFirstWord: [UInt64: [Int]] = [:]
        for (index, phrase) in phrases.enumerated() { byFirstWord[phrase[0], default: []].append(index) }
        self.phrases = phrases
        self.byFirstWord = byFirstWord
    }

    func matches(_ words: [UInt64]) -> Bool {
        for start in words.indices {
            guard let candidates = byFirstWord[words[start]] else { continue }
            for index in candidates {
                let phrase = phrases[index]
                if start + phrase.count <= words.count && words[start..<start + phrase.count].elementsEqual(phrase) {
                    return true
                }
            }
        }
        return false
    }

    /// Word hashes of a lowercase phrase, split the way `WordTokenizer` splits text.
    static func words(_ text: String) -> [UInt64] {
        var result: [UInt64] = []
        var hash = WordHash.seed
        var inWord = false
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let inner = ScalarClass.isApostrophe(scalar) && inWord && index + 1 < scalars.count
                && ScalarClass.isLetter(scalars[index + 1])
            if ScalarClass.isWordScalar(scalar) || inner {
                hash = WordHash.mix(hash, scalar)
                inWord = true
            } else if inWord {
                result.append(hash)
                hash = WordHash.seed
                inWord = false
            }
        }
        if inWord { result.append(hash) }
        return result
    }
}
