import Testing
@testable import CounterpointAnalysis

/// The fitted threshold aims at the detection targets together (precision 0.85, recall 0.80), not at
/// F1, which weighs the two alike.
@Suite struct OperatingPointTests {
    /// Ten arguments and two other sentences: eight arguments and one other sentence score 0.9, the
    /// rest 0.3. Cutting at 0.3 gives precision 0.83 and recall 1.0 (F1 0.91); cutting above it,
    /// precision 0.89 and recall 0.80 (F1 0.84), which meets both targets.
    static let scored: [(probability: Double, label: Bool)] =
        Array(repeating: (0.9, true), count: 8) + [(0.9, false)] + Array(repeating: (0.3, true), count: 2) + [(0.3, false)]

    @Test func theThresholdMeetsBothTargetsWhereF1WouldNot() {
        let threshold = Evaluator.bestThreshold(OperatingPointTests.scored)
        #expect(threshold > 0.3 && threshold <= 0.9)
    }

    @Test func theScoreIsTheLargerShortfall() {
        // Precision 0.5 of 0.85, recall 1.0 of 0.80: precision is what falls short.
        #expect(abs(Evaluator.operatingScore(truePositives: 5, predicted: 10, gold: 5) - 0.5 / 0.85) < 1e-9)
        // Precision 1.0, recall 0.4 of 0.80.
        #expect(abs(Evaluator.operatingScore(truePositives: 4, predicted: 4, gold: 10) - 0.5) < 1e-9)
        #expect(Evaluator.operatingScore(truePositives: 0, predicted: 0, gold: 10) == 0)
    }
}
