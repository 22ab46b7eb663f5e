/// Reader comments at the end of a page, and off-topic material pasted into them.
extension BlockClassifier {
    /// End of the reference sample for a first topic vocabulary: the first 40% of the words after
    /// the front matter. Comments and pasted material come after the article, never before it.
    func referenceSampleEnd(from start: Int) -> Int {
        let open = (start..<count).filter { kinds[$0] == nil }
        let total = open.reduce(0) { $0 + features[$1].words }
        var words = 0
        for index in open {
            words += features[index].words
            if words * 5 >= total * 2 { return index + 1 }
        }
        return count
    }

    /// Runs of paragraphs with (almost) no topic words that look pasted: a glossary's short term
    /// lines between definitions, or a long stretch of prose about something else.
    mutating func markPastedMaterial(in region: Range<Int>, vocabulary: TopicVocabulary) {
        guard vocabulary.isUsable else { return }
        var index = region.lowerBound
        while index < region.upperBound {
            guard kinds[index] == nil, isOffTopic(index, vocabulary) else {
                index += 1
                continue
            }
            var end = index
            var paragraphsInRun = 0
            var termLines = 0
            var words = 0
            while end < region.upperBound {
                if kinds[end] == .boilerplate { end += 1; continue }
                guard kinds[end] == nil, isOffTopic(end, vocabulary) else { break }
                paragraphsInRun += 1
                words += features[end].words
                if isTermLine(end) { termLines += 1 }
                end += 1
            }
            if termLines >= 3 && paragraphsInRun >= 5 {
                let glossary = glossaryBounds(in: index..<end)
                for pasted in glossary where kinds[pasted] == nil { kinds[pasted] = .boilerplate }
            } else if words >= 200 {
                for pasted in index..<end { kinds[pasted] = .boilerplate }
            }
            index = end
        }
    }

    private func isOffTopic(_ index: Int, _ vocabulary: TopicVocabulary) -> Bool {
        features[index].isURL || vocabulary.density(features[index]) < 0.1
    }

    /// A glossary runs from its first head word (or the link to its source just above it) to the
    /// definition after its last head word; off-topic lines around it are left to the other rules.
    private func glossaryBounds(in run: Range<Int>) -> Range<Int> {
        let terms = run.filter { kinds[$0] == nil && isTermLine($0) }
        guard let firstTerm = terms.first, let lastTerm = terms.last else { return run }
        var start = firstTerm
        var previous = firstTerm - 1
        while previous >= run.lowerBound && kinds[previous] == .boilerplate { previous -= 1 }
        if previous >= run.lowerBound && features[previous].isURL { start = previous }
        var end = lastTerm + 1
        while end < run.upperBound && kinds[end] == .boilerplate { end += 1 }
        return start..<min(run.upperBound, end + 1)
    }

    /// "A-Show", "Agent (road agent)": a dictionary entry's head word line.
    private func isTermLine(_ index: Int) -> Bool {
        let feature = features[index]
        return feature.words <= 4 && !feature.endsWithTerminal && !feature.endsMidSentence && !feature.isURL
    }

    /// Where reader comments begin, if they do: the split that maximises the comment-likeness of
    /// everything after it, accepted only when that tail talks like people replying to each other.
    func findCommentStart(from start: Int) -> Int? {
        let open = (start..<count).filter { kinds[$0] == nil }
        guard open.count >= 7 else { return nil }
        var seen = Set<UInt64>()
        var scores: [Double] = []
        scores.reserveCapacity(open.count)
        for index in open {
            let fingerprint = features[index].wordHashes.reduce(WordHash.seed) { WordHash.pair($0, $1) }
            let repeated = features[index].words >= 3 && !seen.insert(fingerprint).inserted
            scores.append(commentScore(index, repeated: repeated))
        }
        var wordsBefore = [Int](repeating: 0, count: open.count + 1)
        for (position, index) in open.enumerated() { wordsBefore[position + 1] = wordsBefore[position] + features[index].words }

        var suffix = 0.0
        var best: (score: Double, position: Int)?
        for position in stride(from: open.count - 1, through: 3, by: -1) {
            suffix += scores[position]
            if wordsBefore[position] >= 100, suffix > (best?.score ?? 0) { best = (suffix, position) }
        }
        guard let best, best.score >= 4 else { return nil }
        let tail = open[best.position...]
        guard tail.count >= 4 else { return nil }
        let personal = tail.filter { features[$0].personalPronouns > 0 }.count
        guard personal >= 3, personal * 5 >= tail.count else { return nil }
        // First-person prose alone is how columnists write too: comments also have the shapes of
        // a discussion (one-line replies, links, quotes of others, chat words, repeats).
        let conversational = tail.filter { isConversationalShape($0) }.count
        guard conversational >= 3, conversational * 6 >= tail.count else { return nil }
        return open[best.position]
    }

    private func isConversationalShape(_ index: Int) -> Bool {
        let feature = features[index]
        return feature.words <= 8 || feature.isURL || feature.isQuoteReply || feature.informalWords > 0
            || feature.startsAsContinuation
    }

    /// Positive for what comments look like (someone talking in the first or second person, short
    /// replies, links and quotes on their own line, repeats), negative for article structure.
    private func commentScore(_ index: Int, repeated: Bool) -> Double {
        if isHeadingShaped(index) { return -3 }
        let feature = features[index]
        let personal = feature.personalPronouns > 0
        var score = 0.0
        if personal { score += 1 } else if feature.pluralPronouns > 0 { score += 0.5 }
        if feature.isURL || feature.isQuoteReply { score += 2 }
        if feature.words <= 8 { score += 1 }
        if feature.endsWithQuestion || feature.endsWithExclamation { score += 0.5 }
        if feature.startsAsContinuation { score += 1 }
        if feature.informalWords > 0 { score += 1 }
        if repeated { score += 1 }
        if feature.hasQuestionAnswerPrefix { score -= 1 }
        if !personal && feature.pluralPronouns == 0 {
            if feature.words >= 40 { score -= 1 }
            if feature.words >= 80 { score -= 1 }
        }
        return score
    }
}
