/// Which events and cues each doubter judges ("unlikely", "naive", "a fantasy"): the part of
/// `PolarityReader` that decides what is doubted, and how many times.
extension PolarityReader {
    /// A doubter before events doubts all of them up to the clause's end ("unlikely to forgo X or
    /// join Y") and the cues among them; after them, it doubts the nearest one, or in the
    /// predicate every event of the subject. A denied affirmer ("will not succeed") is a doubter.
    func attachDoubters(_ items: inout [Item]) {
        var lastDoubter: [Int: Int] = [:]
        func doubt(_ target: Int, by doubter: Int, fromAfter: Bool = false) {
            items[target].doubts.append(items[doubter].text)
            if let previous = lastDoubter[target],
               (fromAfter && items[previous].end <= items[target].start) || coordinated(items[previous], items[doubter]) {
                // "both imprudent and wrong": one judgement, not a double negative; so is "dreams
                // of dismantling the alliance are fancies", where a doubter after the event restates
                // the doubt before it (nested doubts, "unlikely to fail", both come after it).
            } else {
                items[target].doubtFlips += 1
            }
            lastDoubter[target] = doubter
        }
        for index in items.indices where items[index].kind == .doubter || isDeniedAffirmer(items[index], in: items) {
            let doubter = items[index]
            if doubter.kind == .doubter { takeComplement(of: index, in: &items) }
            // A negated doubter ("not unlikely") affirms: it flips nothing. A denied affirmer ("no
            // benefits to a partnership", "a rapprochement is not realistic") doubts like a doubter.
            let flips = doubter.kind == .affirmer || doubter.negatedBy == nil
            let reach = opensQuestion(doubter) ? doubter.clause + 1 : doubter.clause
            let following = items.indices.filter {
                (items[$0].isEvent || items[$0].isCue) && items[$0].attachedTo == nil
                    && (doubter.clause...reach).contains(items[$0].clause) && items[$0].start >= doubter.end
            }
            let before = items.indices.filter {
                items[$0].isEvent && items[$0].attachedTo == nil && items[$0].clause == doubter.clause && items[$0].end <= doubter.start
            }
            let preceding = before.last
            // "A rapprochement is unlikely given Moscow's dependence": a doubter in the predicate
            // judges its subject; what follows is the reason, not what is doubted.
            let judgesSubject = preceding != nil && isPredicate(doubter)
            if !judgesSubject, following.contains(where: { items[$0].isEvent }) {
                items[index].attachedTo = following[0]
                if flips { for target in following { doubt(target, by: index) } }
                continue
            }
            if let preceding {
                items[index].attachedTo = preceding
                // In the predicate it judges the whole subject: "hopes of weaning Moscow away – the
                // so-called reverse Kissinger – are delusional" doubts both.
                let targets = judgesSubject ? before : [preceding]
                if flips { for target in targets { doubt(target, by: index, fromAfter: true) } }
            }
            if flips, !judgesSubject { for target in following { doubt(target, by: index) } }
        }
    }

    /// "unlikely to succeed", "impossible to achieve success": the affirmer right after a doubter
    /// is what the doubter denies, one judgement, not a second one of the other side.
    func takeComplement(of doubter: Int, in items: inout [Item]) {
        guard let next = items.indices.first(where: { items[$0].start >= items[doubter].end }),
              items[next].kind == .affirmer, items[next].attachedTo == nil, items[next].clause == items[doubter].clause,
              tokens[items[doubter].end..<items[next].start].filter(\.isWord).count <= PolarityReader.complementGap else { return }
        items[next].attachedTo = doubter
    }

    static let complementGap = 2

    /// An affirmer a negator denies, with an event in its clause: "no benefits to a partnership"
    /// and "attempts to drive a wedge will not succeed" judge the event as a doubter would.
    func isDeniedAffirmer(_ item: Item, in items: [Item]) -> Bool {
        item.kind == .affirmer && item.negatedBy != nil
            && items.contains { $0.isEvent && $0.attachedTo == nil && $0.clause == item.clause }
    }

    /// "unclear whether …", "do not know if …": the doubt bears on the question the next clause asks.
    func opensQuestion(_ item: Item) -> Bool {
        let last = tokens[item.end - 1].lower
        let next = item.end < tokens.count ? tokens[item.end].lower : ""
        return PolarityReader.questionWords.contains(last) || PolarityReader.questionWords.contains(next)
    }

    static let questionWords: Set<String> = ["whether", "if"]

    /// Right after a linking verb or a modal ("is unlikely", "will be difficult", "remains remote",
    /// "is not a viable", "will not succeed", "are both unrealistic"): negation, an article, "both"/"all"
    /// or a degree word may come between.
    func isPredicate(_ item: Item) -> Bool {
        let before = tokens[..<item.start].lazy.filter(\.isWord)
        var words = before.suffix(4).map(\.lower)
        while let last = words.last, PolarityReader.predicateFillers.contains(last) { words.removeLast() }
        return words.last.map { PolarityReader.linkingVerbs.contains($0) || PolarityReader.predicateModals.contains($0) } ?? false
    }

    static let predicateFillers: Set<String> = ["not", "never", "a", "an", "both", "all", "equally", "quite", "very", "simply"]
    static let predicateModals: Set<String> = ["will", "would", "can", "could", "may", "might", "should", "must",
                                               "does", "do", "did", "won't", "wouldn't", "cannot"]

    static let linkingVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "remains", "remain",
                                            "remained", "seems", "seem", "seemed", "looks", "look", "appears", "appear", "prove",
                                            "proves", "proved", "'s", "’s"]

    /// Two doubters joined only by "and", "or", "nor", a comma or nothing: a list of judgements.
    func coordinated(_ first: Item, _ second: Item) -> Bool {
        guard first.end <= second.start else { return false }
        return tokens[first.end..<second.start].allSatisfy { PolarityReader.coordinators.contains($0.lower) }
    }

    static let coordinators: Set<String> = ["and", "or", "nor", ",", "both", "also", "even", "as", "well", "&"]
}
