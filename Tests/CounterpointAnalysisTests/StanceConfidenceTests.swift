import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnalysis

/// How sure a stance is: the calibration fit, the bands, and the profile keys that hold it.
@Suite struct StanceConfidenceTests {
    /// Strengths 0...4; the share of right stances rises from one in two to nine in ten.
    static var risingExamples: [StanceCalibration.Example] {
        (0..<400).map { index in
            let strength = Double(index % 41) / 10
            let rightOutOfTen = 5 + Int((strength * 1.1).rounded(.down))
            return StanceCalibration.Example(strength: strength, correct: index % 10 < min(9, rightOutOfTen))
        }
    }

    @Test func strongerEvidenceIsFittedAsSurer() throws {
        let fit = try #require(StanceCalibration().fit(StanceConfidenceTests.risingExamples))
        #expect(fit.slope > 0.3)
        var parameters = DetectorParameters()
        (parameters.stanceOffset, parameters.stanceSlope) = fit
        #expect((0.4...0.65).contains(parameters.stanceConfidence(0)))
        #expect(parameters.stanceConfidence(4) > 0.85)
        #expect(parameters.stanceConfidence(-2) == parameters.stanceConfidence(2), "either side's evidence counts alike")
    }

    @Test func aSampleWhereStrongerIsWorseKeepsOneRateForAll() throws {
        let reversed = StanceConfidenceTests.risingExamples.map { StanceCalibration.Example(strength: 4 - $0.strength, correct: $0.correct) }
        let fit = try #require(StanceCalibration().fit(reversed))
        #expect(fit.slope == 0)
        let rate = Double(reversed.filter(\.correct).count) / Double(reversed.count)
        #expect(abs(1 / (1 + exp(-fit.offset)) - rate) < 1e-9)
    }

    @Test func tooLittleEvidenceLeavesTheCalibrationAlone() {
        let few = Array(StanceConfidenceTests.risingExamples.prefix(5))
        #expect(StanceCalibration().fit(few) == nil)
        let allRight = StanceConfidenceTests.risingExamples.map { StanceCalibration.Example(strength: $0.strength, correct: true) }
        #expect(StanceCalibration().fit(allRight) == nil)
    }

    @Test func bandsAndCuratedStances() {
        #expect(StanceSureness(0.5) == .guess)
        #expect(StanceSureness(StanceSureness.likelyFrom) == .likely)
        #expect(StanceSureness(0.79) == .likely)
        #expect(StanceSureness(StanceSureness.sureFrom) == .sure)
        let range = TextRange(0, 4)
        let curated = Argument(id: "c", articleID: "a", range: range, stance: .feasible, theme: "t", speaker: "author",
                               origin: .curated, stanceConfidence: 0.5)
        let auto = Argument(id: "x", articleID: "a", range: range, stance: .feasible, theme: "t", speaker: "author",
                            origin: .auto, stanceConfidence: 0.5)
        #expect(curated.stanceSureness == .sure, "a reader's stance is never a guess")
        #expect(auto.stanceSureness == .guess)
    }

    @Test func theProfileHoldsTheCalibrationAndRejectsANegativeSlope() throws {
        let stored = try ProfileLoader.parse(Fixtures.minimalProfile + "\n[profile.detector]\nstance_offset = 0.2\nstance_slope = 0.9\n",
                                             file: "corpus.toml")
        #expect(stored.detector.stanceOffset == 0.2 && stored.detector.stanceSlope == 0.9)
        Fixtures.expectProfileError(Fixtures.minimalProfile + "\n[profile.detector]\nstance_slope = -1.0\n", file: "corpus.toml",
                                    description: "corpus.toml: profile.detector.stance_slope: must be a finite number, 0 or more "
                                        + "(stronger evidence is never less sure)")
    }
}
