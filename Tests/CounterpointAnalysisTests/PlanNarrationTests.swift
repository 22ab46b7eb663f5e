import Testing
@testable import CounterpointAnalysis

/// Sentences that tell what the outsider means to do without judging it take no side on the
/// question; the bloc's own aims and any judgement of the plan do (constructed sentences).
@Suite struct PlanNarrationTests {
    static let narration: [String] = [
        "By offering incentives to Russia, the Trump administration aims to weaken this partnership.",
        "The administration's strategy seeks to cultivate closer ties with Moscow.",
        "His second-term vision centres on the isolation of China by way of a détente with Russia.",
        "The move has been referred to as a reverse Kissinger.",
    ]

    static let notNarration: [String] = [
        // The bloc's own aim is evidence about the bloc.
        "Russia seeks to dismantle the international order, and China pursues a gradual approach.",
        // Judged, not narrated.
        "The strategy of courting Moscow is doomed.",
        "Washington's plan will not pull Russia away from China.",
        "The administration's approach is a promising opening.",
        // No plan at all.
        "Russia and China share a border of 4,000 kilometres.",
    ]

    @Test(arguments: narration) func narrationIsMarked(_ sentence: String) {
        let reading = Fixtures.reading(sentence)
        #expect(reading.describesPlan, "\(reading.cues)")
        #expect(reading.cues.contains { $0.hasPrefix("plan-narration:") })
        #expect(reading.features(isComment: false, neighbour: 0, paragraphStart: false)[.planNarration] == 1)
    }

    @Test(arguments: notNarration) func judgementAndTheBlocsAimsAreNot(_ sentence: String) {
        let reading = Fixtures.reading(sentence)
        #expect(!reading.describesPlan, "\(reading.cues)")
    }

    /// The shipped detector weighs narration down: the same sentence reads as less likely an
    /// argument with the feature on than off.
    @Test func narrationLowersTheOdds() {
        let weights = Fixtures.profile.detector.weightVector
        #expect(weights.weights[.planNarration] < 0)
    }
}
