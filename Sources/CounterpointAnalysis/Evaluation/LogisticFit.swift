import Foundation

/// L2-regularised logistic regression by full-batch gradient descent: small, deterministic, and
/// enough for a few hundred sentences and about twenty features.
struct LogisticFit {
    var iterations = 3000
    var learningRate = 0.5
    /// Pulls weights toward the hand-set prior rather than toward zero, so a feature the training
    /// articles say little about keeps the weight a reader would give it.
    var regularisation = 0.02

    /// Weights (with "bias") fitted to `examples`; each example is feature values and a label.
    func fit(_ examples: [(features: FeatureVector, label: Bool)], prior: [String: Double]) -> [String: Double] {
        let features = SentenceFeature.allCases
        let rows: [[Double]] = examples.map { example in [1] + features.map { example.features[$0] } }
        let labels = examples.map { $0.label ? 1.0 : 0.0 }
        let priorVector = [prior["bias"] ?? 0] + features.map { prior[$0.rawValue] ?? 0 }
        var weights = priorVector
        guard !rows.isEmpty else { return prior }
        let count = Double(rows.count)
        // Balance the classes so the threshold, not the base rate, sets the trade-off.
        let positives = max(1, labels.reduce(0, +))
        let negatives = max(1, count - positives)
        let classWeight = [0.0: count / (2 * negatives), 1.0: count / (2 * positives)]
        for _ in 0..<iterations {
            var gradient = [Double](repeating: 0, count: weights.count)
            for (row, label) in zip(rows, labels) {
                var sum = 0.0
                for index in row.indices { sum += weights[index] * row[index] }
                let error = (1 / (1 + exp(-sum)) - label) * classWeight[label]!
                for index in row.indices where row[index] != 0 { gradient[index] += error * row[index] }
            }
            for index in weights.indices {
                let penalty = index == 0 ? 0 : regularisation * (weights[index] - priorVector[index])
                weights[index] -= learningRate * (gradient[index] / count + penalty)
            }
        }
        var result: [String: Double] = ["bias": weights[0].rounded(toPlaces: 3)]
        for (index, feature) in features.enumerated() { result[feature.rawValue] = weights[index + 1].rounded(toPlaces: 3) }
        return result
    }
}
