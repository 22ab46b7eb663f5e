/// Works out which side a sentence supports from the events it asserts or denies.
///
/// The model: a sentence asserts, predicts or denies events. A split event ("abandon", "rift",
/// "pull away") supports the split side, a bond event ("ties", "dependence", "deepen") the bond
/// side, and an event between a bloc member and the outsider counts the other way round (closer
/// ties with Washington is a split from Beijing). A negator ("not", "never", "halt") flips the
/// nearest polar item after it in its clause ("limited by" flips the one before it); a doubter
/// ("unlikely", "unrealistic", "naive") flips the events after it in its clause, or else the
/// nearest one before it. Doubters and affirmers with no event in their clause judge the plan
/// itself; a denied affirmer ("no benefits to …") doubts like a doubter. A bond aimed against a
/// bloc member ("an ally against China") is a split. Clause weights (`Clauses`) halve concessive
/// and pre-contrast evidence, and a bare answer to an opening concession turns it around.
struct PolarityReader {
    let compiled: CompiledProfile
    let tokens: [Token]
    let matches: [LexiconMatch]
    let sentenceParties: [Int]

    struct Result {
        var score = 0.0
        var evidence = 0.0
        var cues: [String] = []
    }

    enum ItemKind: Equatable { case event(Int), cue(Int), doubter, affirmer, negator }

    struct Item {
        var kind: ItemKind
        var start: Int
        var end: Int
        /// End of the event chain this event heads ("abandon its ties"): where its partner is sought.
        var chainEnd: Int
        var clause: Int
        var text: String
        var negatedBy: String?
        /// For doubters: attached to an event. For events: merged into the event before them.
        var attachedTo: Int?
        var doubts: [String] = []
        /// How many times the doubts flip this item: coordinated doubters ("imprudent and wrong")
        /// judge it once, nested ones ("unlikely to fail") each flip it.
        var doubtFlips = 0

        var isEvent: Bool { if case .event = kind { return true } else { return false } }
        var isCue: Bool { if case .cue = kind { return true } else { return false } }
    }

    static let negatorReach = 8
    static let mergeGap = 3

    func read() -> Result {
        let clauses = Clauses(tokens: tokens, matches: matches)
        var items = polarItems(clauses)
        mergeEventChains(&items)
        yieldSubjectsToPredicates(&items)
        attachNegators(&items)
        attachDoubters(&items)
        let relations = RelationResolver(compiled: compiled, tokens: tokens, matches: matches,
                                         sentenceParties: sentenceParties, clauses: clauses)
        let topical = !sentenceParties.isEmpty || matches.contains {
            $0.roles.contains(.topic) || $0.roles.contains(.planNoun)
        }
        var result = Result()
        var clauseScores = [Double](repeating: 0, count: clauses.weight.count)
        for item in items {
            let clauseWeight = clauses.weight[item.clause]
            let before = result.score
            defer { clauseScores[item.clause] += result.score - before }
            let flip = item.negatedBy == nil ? 1.0 : -1.0
            let negated = item.negatedBy == nil ? "" : ":negated"
            switch item.kind {
            case .event(let group):
                guard item.attachedTo == nil else { continue }
                if relations.isThirdPartyRelation(item, group: group) {
                    result.cues.append("event:\(compiled.profile.events[group].kind.rawValue):\(item.text)@third-party")
                    continue
                }
                let aimed = compiled.profile.events[group].kind == .bond && relations.isAimedAtBlocMember(item)
                let outsider = !aimed && relations.isOutsiderRelation(item, group: group)
                let sign = Double(compiled.eventSigns[group]) * (outsider || aimed ? -1 : 1)
                let doubtFlip = item.doubtFlips % 2 == 0 ? 1.0 : -1.0
                add(sign * flip * doubtFlip * compiled.profile.events[group].weight * clauseWeight, &result)
                let kind = compiled.profile.events[group].kind.rawValue
                result.cues.append("event:\(kind):\(item.text)" + (outsider ? "@outsider" : aimed ? "@against" : ""))
                if let negator = item.negatedBy { result.cues.append("negation:\(negator)→\(item.text)") }
                for doubter in item.doubts { result.cues.append("doubt:\(doubter)→\(item.text)") }
            case .cue(let group):
                let doubtFlip = item.doubtFlips % 2 == 0 ? 1.0 : -1.0
                add(Double(compiled.cueSigns[group]) * flip * doubtFlip * compiled.profile.cues[group].weight * clauseWeight, &result)
                result.cues.append("cue:\(compiled.profile.cues[group].stance):\(item.text)" + negated)
            case .doubter where item.attachedTo == nil:
                add(-flip * (topical ? 1.0 : 0.5) * clauseWeight, &result)
                result.cues.append("cue:\(compiled.profile.bondStance):\(item.text)" + negated)
            case .affirmer:
                guard item.attachedTo == nil, !items.contains(where: { $0.isEvent && $0.clause == item.clause }) else { continue }
                let doubtFlip = item.doubtFlips % 2 == 0 ? 1.0 : -1.0
                add(flip * doubtFlip * (topical ? 0.8 : 0.4) * clauseWeight, &result)
                result.cues.append("cue:\(compiled.profile.splitStance):\(item.text)" + negated)
            default:
                continue
            }
        }
        answerConcession(items, clauses, clauseScores, &result)
        return result
    }

    /// "Although Putin may believe that Trump wants closer ties, he will not think the same of
    /// …": when what follows the concession has no evidence of its own (a bare negation at most),
    /// it answers what was granted, so the granted evidence counts the other way.
    private func answerConcession(_ items: [Item], _ clauses: Clauses, _ clauseScores: [Double], _ result: inout Result) {
        // Only a sentence that opens by conceding: a "while" or "whereas" further on often
        // carries the point itself ("…, whereas Xi could rule for a decade").
        guard let first = tokens.firstIndex(where: \.isWord) else { return }
        let opening = clauses[first]
        guard clauses.isGranted[opening], opening + 1 < clauses.weight.count else { return }
        let granted = clauseScores[opening]
        let later = items.filter { $0.clause > opening }
        guard granted != 0,
              !later.contains(where: { $0.kind != .negator || $0.attachedTo != nil }) else { return }
        result.score -= 2 * granted
        result.cues.append("answers-concession")
    }

    private func add(_ contribution: Double, _ result: inout Result) {
        result.score += contribution
        result.evidence += abs(contribution)
    }

    // MARK: - Items

    private func polarItems(_ clauses: Clauses) -> [Item] {
        var items: [Item] = []
        for match in matches {
            func item(_ kind: ItemKind) -> Item {
                Item(kind: kind, start: match.start, end: match.end, chainEnd: match.end, clause: clauses[match.start],
                     text: match.text)
            }
            if match.roles.contains(.negator) { items.append(item(.negator)) }
            if match.roles.contains(.doubter) { items.append(item(.doubter)) }
            if match.roles.contains(.affirmer) { items.append(item(.affirmer)) }
            for role in match.roles {
                if case .event(let group) = role { items.append(item(.event(group))); break }
            }
            for role in match.roles {
                if case .cue(let group) = role { items.append(item(.cue(group))) }
            }
        }
        return items.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end < $1.end }
    }

    /// "abandon its ties", "deepening of … cooperation": an event right after another in the same
    /// clause, with no negation or doubt between them, is its object, so the first speaks for both.
    /// A bond word with a split for object ("support driving a wedge", "deepen the rift", "ties
    /// reached a new low") furthers the split, so there the object speaks.
    private func mergeEventChains(_ items: inout [Item]) {
        var previous: Int?
        for index in items.indices {
            if items[index].kind == .negator || items[index].kind == .doubter { previous = nil; continue }
            guard items[index].isEvent else { continue }
            if let head = previous, items[head].clause == items[index].clause,
               items[index].start - items[head].end <= PolarityReader.mergeGap,
               !joinsPredicates(from: items[head].end, to: items[index].start) {
                let root = items[head].attachedTo ?? head
                if let head = eventGroup(items[root]), head.kind == .bond, head.relation == .bloc,
                   eventGroup(items[index])?.kind == .split {
                    for other in items.indices where other == root || items[other].attachedTo == root {
                        items[other].attachedTo = index
                    }
                    items[index].chainEnd = max(items[root].chainEnd, items[index].end)
                } else {
                    items[index].attachedTo = root
                    items[root].chainEnd = max(items[root].chainEnd, items[index].end)
                }
            }
            previous = index
        }
    }

    /// "The partnership is increasingly imbalanced", "tensions between them are overstated": an
    /// event named as the subject is what the sentence describes, and the predicate says which way
    /// it goes. So when a linking verb follows the subject and the predicate has an event or a cue
    /// of its own, the predicate speaks for the subject. A doubter in the predicate already judges
    /// its subject (`attachDoubters`).
    private func yieldSubjectsToPredicates(_ items: inout [Item]) {
        for index in items.indices where items[index].isEvent && items[index].attachedTo == nil {
            let next = items.indices.first { items[$0].start >= items[index].end }
            guard let next, let verb = linkingVerb(after: items[index].end, before: items[next].start),
                  items[next].clause == items[index].clause, items[next].attachedTo == nil,
                  items[next].isEvent || items[next].isCue || (items[next].kind == .negator && isPolar(next + 1, in: items)),
                  !tokens[verb..<items[next].start].contains(where: { PolarityReader.clauseOpeners.contains($0.lower) }),
                  tokens[verb..<items[next].start].filter(\.isWord).count <= PolarityReader.predicateReach else { continue }
            let predicate = items[next].kind == .negator ? next + 1 : next
            items[index].attachedTo = predicate
        }
    }

    private func isPolar(_ index: Int, in items: [Item]) -> Bool {
        items.indices.contains(index) && (items[index].isEvent || items[index].isCue)
    }

    /// The finite verb that opens the predicate after a subject ending at `start`: "ties between
    /// Moscow and Beijing remain …". Only a few words of the subject's own phrase may come between;
    /// punctuation or a relative word means the event was not the subject.
    private func linkingVerb(after start: Int, before limit: Int) -> Int? {
        var words = 0
        var index = start
        while index < min(limit, tokens.count), words <= PolarityReader.subjectReach {
            let lower = tokens[index].lower
            if PolarityReader.finiteLinks.contains(lower) { return index }
            if !tokens[index].isWord || PolarityReader.clauseOpeners.contains(lower) { return nil }
            words += 1
            index += 1
        }
        return nil
    }

    /// Linking verbs and auxiliaries that open a predicate ("being" and "been" do not follow a subject).
    static let finiteLinks = linkingVerbs.union(auxiliaries).subtracting(["be", "being", "been"])
    static let predicateReach = 5
    static let subjectReach = 5
    static let clauseOpeners: Set<String> = ["that", "which", "who", "than", "as", "because", "if", "when", "while"]

    private func eventGroup(_ item: Item) -> EventGroup? {
        if case .event(let group) = item.kind { return compiled.profile.events[group] }
        return nil
    }

    private func attachNegators(_ items: inout [Item]) {
        for index in items.indices where items[index].kind == .negator {
            let negator = items[index]
            let passive = tokens[negator.end - 1].lower == "by"   // "limited by": negates what comes before
            let reachEnd = passive ? negator.start : negationEnd(after: negator.end)
            let candidates = items.indices.filter { candidate in
                let item = items[candidate]
                guard candidate != index, item.kind != .negator, item.attachedTo == nil || item.kind == .doubter,
                      item.clause == negator.clause else { return false }
                return passive
                    ? item.end <= negator.start && negator.start - item.end <= PolarityReader.negatorReach
                    : item.start >= negator.end && item.start < reachEnd && item.start - negator.end <= PolarityReader.negatorReach
            }
            guard let target = passive ? candidates.last : candidates.first else { continue }
            // A second negation of the same item cancels the first.
            items[target].negatedBy = items[target].negatedBy == nil ? negator.text : nil
            items[index].attachedTo = target
            guard !passive else { continue }
            // "never join the EU or NATO or even rejoin the G-7": the negation reaches events
            // coordinated with the one it negates.
            var last = items[target].end
            for next in items.indices where next > target && items[next].isEvent && items[next].attachedTo == nil
                && items[next].clause == negator.clause && items[next].start >= last {
                guard tokens[last..<items[next].start].contains(where: { $0.lower == "or" || $0.lower == "nor" }) else { break }
                items[next].negatedBy = items[next].negatedBy == nil ? negator.text : nil
                last = items[next].end
            }
        }
    }

    /// Where a negation stops: "not comfortable and even resents X" denies the first predicate
    /// only, so a conjunction after the negated word ends the negator's reach; right after the
    /// negator ("not and never") it does not.
    private func negationEnd(after start: Int) -> Int {
        var index = start
        var sawWord = false
        while index < tokens.count {
            let lower = tokens[index].lower
            if sawWord, PolarityReader.conjunctions.contains(lower) { return index }
            if tokens[index].isWord { sawWord = true }
            index += 1
        }
        return tokens.count
    }

    /// Conjunctions that can join two predicates: a negation does not reach across them.
    static let conjunctions: Set<String> = ["and", "but", "yet", "while", "whereas"]

    /// "will not abandon China and will deepen their ties": a conjunction that opens a new
    /// predicate (a contrast, or "and" before an auxiliary) separates two events, where "betrayal
    /// and distrust" is one list.
    private func joinsPredicates(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        for index in start..<end {
            let lower = tokens[index].lower
            if lower == "as" || lower == "than" { return true }   // "as closely aligned as feared"
            if lower == "and" || lower == "or" {
                let next = tokens[(index + 1)...].first(where: \.isWord)?.lower ?? ""
                if PolarityReader.auxiliaries.contains(next) { return true }
            } else if PolarityReader.conjunctions.contains(lower) {
                return true
            }
        }
        return false
    }

    static let auxiliaries: Set<String> = ["will", "would", "can", "could", "may", "might", "must", "should", "shall",
                                           "is", "are", "was", "were", "has", "have", "had", "does", "do", "did"]
}
