import CounterpointCore

/// Reads one sentence: matches the profile's vocabulary, counts the features, and works out the
/// stance, theme scores and reported speaker.
struct SentenceReader: Sendable {
    let compiled: CompiledProfile

    init(_ compiled: CompiledProfile) { self.compiled = compiled }

    /// `source` is the text the tokens come from (for speakers' names as written).
    func read(_ tokens: [Token], source: SourceText? = nil) -> SentenceReading {
        let matches = compiled.lexicon.matches(in: tokens)
        var reading = SentenceReading(tokens: tokens, matches: matches)
        reading.themeScores = Array(repeating: 0, count: compiled.profile.themes.count)
        countTokens(&reading)
        countProperNouns(&reading)
        var seenTopics = Set<String>()
        for match in matches {
            for role in match.roles {
                reading.roleCounts.add(role)
                switch role {
                case .party(let index):
                    reading.partyMentions += 1
                    if !reading.parties.contains(index) {
                        reading.parties.append(index)
                        reading.cues.append("party:\(compiled.profile.parties[index].name)")
                    }
                case .topic:
                    reading.topicCount += 1
                    if seenTopics.insert(match.text).inserted { reading.cues.append("topic:\(match.text)") }
                case .event: reading.eventCount += 1
                case .theme(let index): reading.themeScores[index] += 1
                case .hedge: reading.cues.append("hedge:\(match.text)")
                case .background: reading.cues.append("background:\(match.text)")
                case .firstPerson: reading.cues.append("first-person:\(match.text)")
                default: break
                }
            }
        }
        let bloc = reading.parties.filter { compiled.partyRoles[$0] == .bloc }
        reading.blocPairMentioned = compiled.blocCount >= 2 && bloc.count >= 2
        let polarity = PolarityReader(compiled: compiled, tokens: tokens, matches: matches, sentenceParties: reading.parties)
        let stance = polarity.read()
        reading.stanceScore = stance.score
        reading.evidence = stance.evidence
        reading.cues += stance.cues
        if let era = SentenceReader.historicalMarker(matches, reading) {
            // "By the late 1960s, China and the USSR were already drifting apart": a split then is
            // no evidence of one now. The side comes from the article and the theme instead.
            reading.stanceScore = 0
            reading.cues.append("historical:\(era)")
        }
        if let plan = PlanNarration(compiled: compiled).marker(matches, reading) {
            reading.describesPlan = true
            reading.cues.append("plan-narration:\(plan)")
        }
        reading.isRebuttal = matches.contains { $0.roles.contains(.rebuttal) }
        if reading.isRebuttal { reading.cues.append("rebuttal") }
        reading.continuesPrevious = SentenceReader.continuesPrevious(tokens, matches)
        reading.reportedSpeaker = SpeakerFinder(tokens: tokens, matches: matches, source: source).reportedSpeaker()
        if let speaker = reading.reportedSpeaker { reading.cues.append("reported:\(speaker)") }
        return reading
    }


    private func countTokens(_ reading: inout SentenceReading) {
        var quoted = 0
        var words = 0, present = 0, past = 0, numbers = 0, years = 0
        var isQuestion = false
        // Read in place: iterating the array would copy each token and retain its string.
        reading.tokens.withUnsafeBufferPointer { tokens in
            for index in tokens.indices {
                switch tokens[index].kind {
                case .word:
                    words += 1
                    if tokens[index].inQuote { quoted += 1 }
                    if tokens[index].flags.contains(.present) { present += 1 }
                    else if tokens[index].flags.contains(.past) { past += 1 }
                case .number:
                    numbers += 1
                    if tokens[index].isYear { years += 1 }
                case .punctuation:
                    if tokens[index].lower == "?" { isQuestion = true }
                }
            }
        }
        reading.wordCount += words
        reading.presentMarkers += present
        reading.pastMarkers += past
        reading.numberCount += numbers
        reading.yearCount += years
        if isQuestion { reading.isQuestion = true }
        reading.quoteShare = reading.wordCount == 0 ? 0 : Double(quoted) / Double(reading.wordCount)
    }

    private func countProperNouns(_ reading: inout SentenceReading) {
        // Words inside a party's name are not named detail (a flag per token, not a set of indices).
        var inParty = [Bool](repeating: false, count: reading.tokens.count)
        for match in reading.matches where match.info.isParty {
            for index in match.start..<match.end { inParty[index] = true }
        }
        var count = 0
        reading.tokens.withUnsafeBufferPointer { tokens in
            let first = tokens.firstIndex(where: \.isWord) ?? 0
            for index in tokens.indices where index > first && tokens[index].isWord && tokens[index].isCapitalized
                && !tokens[index].inQuote && !inParty[index] && tokens[index].lower != "i" {
                count += 1
            }
        }
        reading.properNouns += count
    }

    static let anaphors: Set<String> = ["this", "that", "these", "such", "it"]

    /// The era or figure that places a past-tense sentence (no present-tense marker) in history.
    static func historicalMarker(_ matches: [LexiconMatch], _ reading: SentenceReading) -> String? {
        guard reading.pastMarkers > 0, reading.presentMarkers == 0 else { return nil }
        return matches.first { $0.roles.contains(.historical) }?.text
    }

    /// "This is partly due to…", "That is because…": an anaphor first, a causal marker soon after.
    static func continuesPrevious(_ tokens: [Token], _ matches: [LexiconMatch]) -> Bool {
        guard let first = tokens.firstIndex(where: \.isWord),
              SentenceReader.anaphors.contains(tokens[first].lower) else { return false }
        let nearCausal = matches.contains { $0.roles.contains(.causal) && $0.start <= first + 5 }
        return nearCausal
    }
}
