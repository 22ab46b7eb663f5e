/// A sentence that tells what the outsider means to do without judging whether it can work: "The
/// administration's strategy seeks to cultivate closer ties with Moscow", "His second-term vision
/// centres on the isolation of China". News analyses open with such narration;
/// a careful reader does not mark it, because it takes no side on the question. Their events
/// ("closer ties", "isolation") are the plan's content, not evidence that it will or will not work.
///
/// Not narration: the bloc's own aims ("Russia seeks to dismantle the order": the nearest party
/// before the plan word is a bloc member), and any judgement (a doubter, affirmer, evaluation,
/// stance cue, rebuttal, or a firm modal such as "will" or "cannot").
struct PlanNarration {
    let compiled: CompiledProfile

    /// The plan word that makes the sentence narration, or nil.
    func marker(_ matches: [LexiconMatch], _ reading: SentenceReading) -> String? {
        guard let plan = matches.first(where: { $0.roles.contains(.intent) || $0.roles.contains(.planNoun) }) else { return nil }
        let judgements = reading.count(.doubter) + reading.count(.affirmer) + reading.count(.evaluative) + reading.count(.rebuttal)
        guard judgements == 0, !matches.contains(where: isJudgement) else { return nil }
        if let agent = nearestParty(before: plan.start, in: matches), compiled.partyRoles[agent] == .bloc { return nil }
        return plan.text
    }

    /// A stance cue, or a modal that commits to an outcome (a modal that is also a hedge, such as
    /// "may", does not).
    private func isJudgement(_ match: LexiconMatch) -> Bool {
        var modal = false, hedge = false
        for role in match.roles {
            switch role {
            case .cue: return true
            case .modal: modal = true
            case .hedge: hedge = true
            default: break
            }
        }
        return modal && !hedge
    }

    private func nearestParty(before position: Int, in matches: [LexiconMatch]) -> Int? {
        var nearest: (start: Int, party: Int)?
        for match in matches where match.start < position && match.info.isParty {
            for case .party(let index) in match.roles where match.start >= (nearest?.start ?? -1) {
                nearest = (match.start, index)
            }
        }
        return nearest?.party
    }
}
