/// Decides whether an event is between the bloc's members or between a member and the outsider:
/// "ties with Washington" and "ties between Moscow and Beijing" mean opposite things.
struct RelationResolver {
    let compiled: CompiledProfile
    let tokens: [Token]
    let matches: [LexiconMatch]
    let sentenceParties: [Int]
    let clauses: Clauses

    /// How far from an event a party still counts as its participant when no partner is named.
    static let window = 6

    func isOutsiderRelation(_ item: PolarityReader.Item, group: Int) -> Bool {
        let event = compiled.profile.events[group]
        let byDefault = event.relation == .outsider
        let sentenceBloc = sentenceParties.filter { compiled.partyRoles[$0] == .bloc }
        if let partner = partner(after: item.chainEnd, clause: item.clause) {
            switch compiled.partyRoles[partner] {
            case .outsider: return true
            case .bloc:
                // "Washington's alliance with Moscow": the outsider owns the event.
                if event.kind == .bond, let owner = ownerMatch(of: item)?.party, compiled.partyRoles[owner] == .outsider { return true }
                if sentenceBloc.contains(where: { $0 != partner }) { return false }
                return byDefault || (event.kind == .bond && nearbyParties(item).contains { compiled.partyRoles[$0] == .outsider })
            case .other: return byDefault
            }
        }
        // Without a named partner, the outsider's own moves ("Trump wants to split them") are
        // about the bloc; other events are about whoever is near them.
        if isTopicMatch(item) && event.kind == .split { return byDefault }
        let nearby = nearbyParties(item)
        if nearby.filter({ compiled.partyRoles[$0] == .bloc }).count >= 2 { return false }
        if nearby.contains(where: { compiled.partyRoles[$0] == .outsider }) { return true }
        if sentenceBloc.count >= 2 { return false }
        if sentenceBloc.count == 1, sentenceParties.contains(where: { compiled.partyRoles[$0] == .outsider }) { return true }
        return byDefault
    }

    /// An event in a sentence that names the outsider (or another party) but no bloc member, other
    /// than the outsider's own moves on the question: the outsider's dealings with third parties
    /// ("allies might stop buying U.S. weapons"), which say nothing about the bloc.
    func isThirdPartyRelation(_ item: PolarityReader.Item, group: Int) -> Bool {
        if isOutsidersOwnBond(item, group: group) { return true }
        guard !sentenceParties.isEmpty, !sentenceParties.contains(where: { compiled.partyRoles[$0] == .bloc }) else { return false }
        return !(isTopicMatch(item) && compiled.profile.events[group].kind == .split)
    }

    /// "U.S. allies in Europe", "the Western coalition", "America's partners": a bond word of the
    /// bloc's kind that the outsider owns, with no bloc member as its partner, is the outsider's own
    /// alliance, which says nothing about the bloc.
    private func isOutsidersOwnBond(_ item: PolarityReader.Item, group: Int) -> Bool {
        let event = compiled.profile.events[group]
        guard event.kind == .bond, event.relation == .bloc else { return false }
        guard let owner = ownerMatch(of: item), let party = owner.party, compiled.partyRoles[party] == .outsider else { return false }
        // "Russian-European partnership", "U.S.-Russian ties": a bloc member joined to the owner is its partner.
        var before = owner.start - 1
        if before >= 0, !tokens[before].isWord { before -= 1 }
        if before >= 0, let paired = partyEnding(at: before), compiled.partyRoles[paired] == .bloc { return false }
        if let partner = partner(after: item.chainEnd, clause: item.clause) { return compiled.partyRoles[partner] != .bloc }
        return true
    }

    /// The party named right before the event, as its modifier or possessor ("U.S. allies",
    /// "Washington's alliance").
    private func ownerMatch(of item: PolarityReader.Item) -> LexiconMatch? {
        var index = item.start - 1
        if index >= 0, RelationResolver.possessives.contains(tokens[index].lower) { index -= 1 }
        return index >= 0 ? matches.first { $0.end == index + 1 && $0.party != nil } : nil
    }

    static let possessives: Set<String> = ["'s", "’s", "'", "’"]

    /// "An ally against China", "work together to check a rising China": the event is aimed at a
    /// member of the bloc, so a bond made against it is a split from it.
    func isAimedAtBlocMember(_ item: PolarityReader.Item) -> Bool {
        var index = item.chainEnd
        let limit = min(tokens.count, item.chainEnd + RelationResolver.aimReach)
        while index < limit, clauses[index] == item.clause {
            // "An alliance with Moscow against Beijing": past the partner to the target.
            if let party = partyStarting(at: index), isOpposed(at: index) { return compiled.partyRoles[party] == .bloc }
            guard tokens[index].isWord else { return false }
            index += 1
        }
        return false
    }

    /// "An alliance against China", "work together to check a rising China": words from the event
    /// to the party it is aimed at.
    static let aimReach = 6

    private func isTopicMatch(_ item: PolarityReader.Item) -> Bool {
        matches.contains { $0.start == item.start && $0.end == item.end && $0.roles.contains(.topic) }
    }

    /// Parties in the event's clause within `window` tokens of it, each once (a sentence names a
    /// few, so a short array beats hashing into a set).
    private func nearbyParties(_ item: PolarityReader.Item) -> [Int] {
        var result: [Int] = []
        for match in matches where match.info.isParty && clauses[match.start] == item.clause
            && match.start < item.end + RelationResolver.window && match.end > item.start - RelationResolver.window
            && !(match.start >= item.end && isOpposed(at: match.start)) {
            for case .party(let party) in match.roles where !result.contains(party) { result.append(party) }
        }
        return result
    }

    /// The party an event is directed at: "ties with Washington", "dependence on China",
    /// "abandon its relationship with Beijing" (one other word allowed on the way).
    private func partner(after end: Int, clause: Int) -> Int? {
        var skipped = 0
        var index = end
        while index < tokens.count, index < end + 7, clauses[index] == clause {
            if let party = partyStarting(at: index) {
                guard !isOpposed(at: index) else { return nil }
                // Adjacent ("abandon China") or after a preposition ("ties to Washington"), never
                // across a verb ("resentment gives Washington an opening").
                let before = tokens[index - 1]
                let linked = index == end || before.flags.contains(.bridge) || before.lower == Token.quoteMark
                return linked ? party : nil
            }
            let token = tokens[index]
            if token.isPunctuation && token.lower == Token.quoteMark { index += 1; continue }
            guard token.isWord else { return nil }
            if !token.flags.contains(.bridge) {
                skipped += 1
                if skipped > 1 { return nil }
            }
            index += 1
        }
        return nil
    }

    /// "A partnership against the West", "cooperation to counter American dominance": a party
    /// after the event and at most two words (besides determiners) after a word of opposition is
    /// what the event is aimed at, not a side of it. (Before the event, "weaken the Russia-China alliance", the parties own it.)
    private func isOpposed(at index: Int) -> Bool {
        var words = 0
        var before = index - 1
        while before >= 0, words < 2 {
            guard tokens[before].isWord else { return false }
            if RelationResolver.opposition.contains(tokens[before].lower) { return true }
            if !RelationResolver.determiners.contains(tokens[before].lower) { words += 1 }
            before -= 1
        }
        return false
    }

    static let opposition: Set<String> = [
        "against", "counter", "countering", "counterbalance", "counterbalancing", "oppose", "opposing", "opposition",
        "confront", "confronting", "resist", "resisting", "challenge", "challenging", "contain", "containing",
        "undermine", "undermining", "weaken", "weakening", "check", "checking", "isolate", "isolating", "encircle",
        "encircling", "balance", "counterweight",
    ]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "of"]

    private func partyEnding(at index: Int) -> Int? {
        matches.first { $0.end == index + 1 && $0.party != nil }?.party
    }

    private func partyStarting(at index: Int) -> Int? {
        matches.first { $0.start == index && $0.party != nil }?.party
    }
}

private extension LexiconMatch {
    var party: Int? {
        for case .party(let party) in roles { return party }
        return nil
    }
}
