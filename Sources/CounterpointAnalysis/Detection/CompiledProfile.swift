/// A `QuestionProfile` made ready for matching: the lexicon plus quick lookups by role.
///
/// A class, so the readers built for every sentence (and the closures inside them) share it with
/// one retain instead of copying a profile and a lexicon made of a few dozen arrays.
final class CompiledProfile: Sendable {
    let profile: QuestionProfile
    let lexicon: Lexicon
    /// Party index → role.
    let partyRoles: [Party.Role]
    let blocCount: Int
    /// Event group index → (sign toward the split side, relation, weight).
    let eventSigns: [Int]
    let cueSigns: [Int]

    init(_ profile: QuestionProfile) {
        self.profile = profile
        lexicon = Lexicon(profile: profile)
        partyRoles = profile.parties.map(\.role)
        blocCount = profile.parties.filter { $0.role == .bloc }.count
        eventSigns = profile.events.map { $0.kind == .split ? 1 : -1 }
        cueSigns = profile.cues.map { profile.sign(of: $0.stance) ?? 0 }
    }
}
