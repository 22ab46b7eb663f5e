import CounterpointCore
import Foundation

/// How sure a stance is: a logistic regression of "the stance was right" on the strength of its
/// evidence, over the labelled arguments the detector found. Weak evidence (a sentence decided by
/// the article's lean or a theme's) is right little more often than a coin toss; strong evidence
/// rarely wrong. The reader shows the difference so nobody takes a guess for a reading.
struct StanceCalibration {
    struct Example {
        /// |stance evidence| of the detected argument.
        var strength: Double
        var correct: Bool
    }

    var iterations = 30
    /// A small pull toward zero, so a perfectly separated sample cannot push the slope to infinity.
    var ridge = 0.01

    /// The offset and slope, or nil with too few examples or only one outcome among them.
    func fit(_ examples: [Example]) -> (offset: Double, slope: Double)? {
        guard examples.count >= 10, examples.contains(where: \.correct), examples.contains(where: { !$0.correct }) else { return nil }
        var offset = 0.0, slope = 0.0
        for _ in 0..<iterations {
            // Newton's method on the two parameters: gradient g, Hessian h (negated, positive definite).
            var g0 = -ridge * offset, g1 = -ridge * slope
            var h00 = ridge, h01 = 0.0, h11 = ridge
            for example in examples {
                let p = ArticleReader.logistic(offset + slope * example.strength)
                let residual = (example.correct ? 1 : 0) - p
                let weight = p * (1 - p)
                g0 += residual
                g1 += residual * example.strength
                h00 += weight
                h01 += weight * example.strength
                h11 += weight * example.strength * example.strength
            }
            let determinant = h00 * h11 - h01 * h01
            guard determinant > 1e-12 else { break }
            offset += (h11 * g0 - h01 * g1) / determinant
            slope += (h00 * g1 - h01 * g0) / determinant
        }
        // Stronger evidence is never less sure: a sample that says otherwise is noise.
        if slope < 0 {
            slope = 0
            let rate = Double(examples.filter(\.correct).count) / Double(examples.count)
            offset = log(rate / (1 - rate))
        }
        return (offset, slope)
    }
}

extension Evaluator {
    /// For every curated argument of the training articles that a detected argument overlaps: the
    /// detected argument's stance strength and whether its stance is the curated one.
    static func stanceExamples(_ training: [Article], read: [String: [ReadSentence]], curated: [String: [Argument]],
                               profile: QuestionProfile, reader: SentenceReader,
                               parameters: DetectorParameters) -> [StanceCalibration.Example] {
        let articleReader = ArticleReader(reader: reader, parameters: parameters)
        let detector = ArgumentDetector(profile: profile, parameters: parameters)
        var examples: [StanceCalibration.Example] = []
        for article in training {
            var sentences = read[article.id] ?? []
            articleReader.score(&sentences)
            let detected = detector.arguments(from: sentences, article: article)
            for argument in curated[article.id] ?? [] {
                guard let best = mostOverlapping(detected, argument.range, range: \.argument.range) else { continue }
                let strength = abs(best.members.reduce(0.0) { $0 + sentences[$1].stanceScore })
                examples.append(StanceCalibration.Example(strength: strength, correct: best.argument.stance == argument.stance))
            }
        }
        return examples
    }
}
