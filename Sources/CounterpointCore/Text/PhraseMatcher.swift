/// Finds any of a list of word sequences in a paragraph's word hashes. Cue phrases are matched
/// by words, so "Sign up", "sign-up" and "SIGN  UP!" all match "sign up".
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt64]]
    /// Phrase indices by first word: `lists[table[word] - 1]`.
    private let byFirstWord: WordTable<Int32>
    private let lists: [[Int]]

    init(_ texts: [String]) {
        let phrases = texts.map(PhraseMatcher.words).filter { !$0.isEmpty }
        var byFirstWord = WordTable<Int32>(missing: 0, capacity: phrases.count)
        var lists: [[Int]] = []
        for (index, phrase) in phrases.enumerated() {
            if byFirstWord[phrase[0]] == 0 {
                lists.append([])
                byFirstWord[phrase[0]] = Int32(lists.count)
            }
            lists[Int(byFirstWord[phrase[0]]) - 1].append(index)
        }
        self.phrases = phrases
        self.byFirstWord = byFirstWord
        self.lists = lists
    }

    func matches(_ words: [UInt64]) -> Bool {
        for start in words.indices {
            let list = byFirstWord[words[start]]
            guard list > 0 else { continue }
            for index in lists[Int(list) - 1] {
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
