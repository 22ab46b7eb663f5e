import CounterpointCore

/// Finds whose view a sentence reports: "X said/argues/wrote …", "according to X", "in the words of
/// X", "…,” said X". First person ("I believe") is the author's own voice; a bare pronoun ("he
/// said") resolves to the nearest name earlier in the sentence. A speaker is a name or a noun that
/// can speak ("officials", "analysts", "the ministry"); anything else is no speaker at all.
struct SpeakerFinder {
    let tokens: [Token]
    let matches: [LexiconMatch]
    /// The text the tokens come from, for names as written ("SinoInsider").
    let source: SourceText?

    /// A word as written in the text, or rebuilt from its capitalisation without the text.
    func written(_ token: Token) -> String {
        if let source { return source.slice(TextRange(token.start, token.end)) }
        if token.isAllCaps { return token.lower.uppercased() }
        return token.isCapitalized ? token.lower.prefix(1).uppercased() + token.lower.dropFirst() : token.lower
    }

    /// Reporting phrases whose source follows them ("according to X", "in the words of X", "per X").
    static let sourceFollows: Set<String> = ["according", "in", "per"]
    static let pronouns: Set<String> = ["he", "she", "they", "it"]
    static let firstPerson: Set<String> = ["i", "we", "me", "my", "our"]
    /// Words between a speaker and the reporting verb: "Rubio has also repeatedly said".
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "may", "might", "could", "can", "should",
        "also", "then", "still", "once", "now", "later", "often", "already", "even", "further", "further",
    ]
    /// Words that end a speaker's noun phrase on its left.
    static let phraseStops: Set<String> = [
        "that", "which", "who", "whom", "whose", "as", "because", "since", "if", "when", "while", "however", "and",
        "but", "or", "so", "yet", "to", "in", "on", "at", "for", "with", "by", "from", "this", "there", "here", "not",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "some", "these", "those", "one"]
    /// Heads of noun phrases that can hold or voice a view.
    static let speakerNouns: Set<String> = [
        "official", "officials", "analyst", "analysts", "expert", "experts", "observer", "observers", "journalist",
        "journalists", "diplomat", "diplomats", "critic", "critics", "scholar", "scholars", "commentator",
        "commentators", "ministry", "government", "governments", "spokesman", "spokeswoman", "spokesperson",
        "consultancy", "report", "newspaper", "outlet", "leader", "leaders", "author", "authors", "researchers",
        "researcher", "media", "press", "administration", "minister", "president", "secretary", "source", "sources",
        "think", "tank", "institute", "council", "agency", "editor", "editorial", "paper", "study", "survey",
        "policymakers", "strategists", "historians", "economists", "pundits", "hawks", "many", "some", "others",
    ]
    /// Titles in front of a name: "US Secretary of State Marco Rubio" → "Marco Rubio".
    static let titles: Set<String> = [
        "secretary", "state", "president", "vice", "minister", "prime", "chairman", "senator", "general",
        "ambassador", "director", "chancellor", "leader", "dr", "mr", "mrs", "ms", "professor", "spokesman",
        "deputy", "adviser", "advisor", "representative", "former",
    ]
    static let maxPhraseWords = 6

    func reportedSpeaker() -> String? {
        for match in matches where match.roles.contains(.reporting) {
            let first = tokens[match.start].lower
            if SpeakerFinder.sourceFollows.contains(first) {
                if let speaker = speaker(after: match.end) { return speaker }
                continue
            }
            if let speaker = speakerBefore(match.start) { return speaker }
            if match.end < tokens.count, tokens[match.end].isCapitalized, let speaker = speaker(after: match.end) {
                return speaker
            }
        }
        return nil
    }

    private func speakerBefore(_ verb: Int) -> String? {
        var index = verb - 1
        while index >= 0, tokens[index].isWord,
              SpeakerFinder.auxiliaries.contains(tokens[index].lower) || (tokens[index].lower.hasSuffix("ly") && !tokens[index].isCapitalized) {
            index -= 1
        }
        // "X, in comments to the Journal, said": step over one parenthetical clause.
        if index >= 0, tokens[index].lower == "," {
            var back = index - 1
            while back >= 0, !tokens[back].isClauseBreak { back -= 1 }
            guard back >= 0, tokens[back].lower == "," else { return nil }
            index = back - 1
        }
        guard index >= 0, tokens[index].isWord else { return nil }
        let word = tokens[index].lower
        if SpeakerFinder.firstPerson.contains(word) { return nil }
        if SpeakerFinder.pronouns.contains(word) { return nameBefore(index) }
        var start = index
        while start - 1 >= 0, index - start + 1 < SpeakerFinder.maxPhraseWords {
            let previous = tokens[start - 1]
            guard previous.isWord, !SpeakerFinder.phraseStops.contains(previous.lower) || previous.isCapitalized && previous.lower != "as" else { break }
            start -= 1
        }
        return speakerPhrase(Array(tokens[start...index]))
    }

    /// "according to Western diplomats" → "Western diplomats"; "according to analysis by Mikhail
    /// Khodorkovsky, founder of …" → "Mikhail Khodorkovsky".
    private func speaker(after end: Int) -> String? {
        var words: [Token] = []
        var index = end
        while index < tokens.count, words.count < SpeakerFinder.maxPhraseWords + 2, tokens[index].isWord {
            words.append(tokens[index])
            index += 1
        }
        let phrase = Array(words.drop { SpeakerFinder.determiners.contains($0.lower) }
            .prefix { !SpeakerFinder.phraseStops.contains($0.lower) })
        if let speaker = speakerPhrase(phrase) { return speaker }
        return lastNameRun(words.drop { !$0.isCapitalized }.prefix { $0.isCapitalized || $0.lower == "of" })
    }

    /// The last run of capitalised words before `index` ("Secretary of State Marco Rubio … he").
    private func nameBefore(_ index: Int) -> String? {
        var end = index - 1
        while end >= 1, !(tokens[end].isWord && tokens[end].isCapitalized && !tokens[end].inQuote) { end -= 1 }
        guard end >= 1 else { return nil }   // a capital at the very start is just the sentence's first word
        var start = end
        while start - 1 >= 1, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
        return lastNameRun(tokens[start...end])
    }

    /// A name ("Dmitry Peskov") if the phrase ends in one, else the phrase if its head can speak.
    private func speakerPhrase(_ phrase: [Token]) -> String? {
        let words = Array(phrase.drop { SpeakerFinder.determiners.contains($0.lower) })
        guard let head = words.last else { return nil }
        if head.isCapitalized, !SpeakerFinder.firstPerson.contains(head.lower) {
            return lastNameRun(words.reversed().prefix { $0.isCapitalized }.reversed())
        }
        guard SpeakerFinder.speakerNouns.contains(head.lower), !SpeakerFinder.pronouns.contains(head.lower) else { return nil }
        return words.suffix(4).map(written).joined(separator: " ")
    }

    private func lastNameRun<C: Collection>(_ run: C) -> String? where C.Element == Token {
        var words = Array(run)
        while let last = words.last, last.lower == "of" { words.removeLast() }
        if let ofIndex = words.lastIndex(where: { $0.lower == "of" }) { words = Array(words[(ofIndex + 1)...]) }
        while words.count > 1, SpeakerFinder.titles.contains(words[0].lower) { words.removeFirst() }
        if words.count > 3 { words = Array(words.suffix(3)) }
        while words.count > 1, SpeakerFinder.titles.contains(words[0].lower) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        return words.map(written).joined(separator: " ")
    }
}
