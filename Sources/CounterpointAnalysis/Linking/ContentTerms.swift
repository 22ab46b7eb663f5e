/// The content words of a passage, in the form the linker compares: stems, no function words,
/// and every alias of a party replaced by the party ("Moscow", "Kremlin", "Putin" → one term), so
/// two passages about the same point meet whatever names they use. Each use of a theme's
/// vocabulary also adds the theme itself, so "pipeline" and "exports" meet too.
///
/// Terms are integers: stems use the tokenizer's term ids (0…), parties and themes the negative
/// ranges below, so the linker never hashes a string.
struct ContentTerms {
    let compiled: CompiledProfile

    static func party(_ index: Int) -> Int32 { Int32(-10 - index) }
    static func theme(_ index: Int) -> Int32 { Int32(-100_000 - index) }
    static func isParty(_ term: Int32) -> Bool { term <= -10 && term > -100_000 }
    static func isTheme(_ term: Int32) -> Bool { term <= -100_000 && term > -200_000 }
    static func event(_ index: Int) -> Int32 { Int32(-200_000 - index) }

    func terms(_ tokens: [Token], matches: [LexiconMatch]) -> [Int32] {
        var partyEnd = [Int](repeating: -1, count: tokens.count)
        var partyTerm = [Int32](repeating: 0, count: tokens.count)
        var result: [Int32] = []
        for match in matches {
            for role in match.roles {
                switch role {
                case .party(let index):
                    partyEnd[match.start] = match.end
                    partyTerm[match.start] = ContentTerms.party(index)
                case .theme(let index): result.append(ContentTerms.theme(index))
                case .event(let index): result.append(ContentTerms.event(index))
                default: break
                }
            }
        }
        var index = 0
        while index < tokens.count {
            if partyEnd[index] >= 0 {
                result.append(partyTerm[index])
                index = max(index + 1, partyEnd[index])
                continue
            }
            let token = tokens[index]
            index += 1
            guard token.isWord, token.term >= 0 else { continue }
            result.append(token.term)
        }
        return result
    }

    /// English function words and the commonest verbs, which say nothing about a passage's point.
    static let stopwords: Set<String> = [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
        "has", "have", "him", "his", "how", "its", "may", "new", "now", "own", "see", "two", "who", "did", "get", "let",
        "say", "she", "too", "use", "way", "also", "been", "both", "each", "even", "from", "into", "just", "like", "made",
        "make", "many", "more", "most", "much", "must", "only", "over", "some", "such", "than", "that", "them", "then",
        "there", "these", "they", "this", "very", "were", "what", "when", "will", "with", "would", "could", "should",
        "about", "after", "again", "being", "which", "while", "their", "those", "other", "where", "whether", "because",
        "since", "though", "although", "however", "yet", "still", "does", "doe", "doing", "done", "here", "upon", "onto",
        "said", "says", "say", "told", "tell", "according", "per", "mr", "ms", "one", "might", "shall", "whose", "whom",
        "why", "well", "own", "same", "so", "if", "is", "it", "in", "on", "of", "to", "as", "at", "by", "be", "or", "an",
        "we", "us", "he", "i", "my", "me", "no", "do", "up", "off", "far", "few", "less", "least", "lot", "thing",
        "yes", "way", "ever", "every", "further", "rather", "instead", "already", "almost", "always", "never",
        "something", "anything", "nothing", "everything", "someone", "anyone", "everyone", "year", "time", "today",
    ]
}
