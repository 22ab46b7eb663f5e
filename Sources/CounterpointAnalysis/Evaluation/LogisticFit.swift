import Foundation

/// L2-regularised logistic regression by full-batch gradient descent: small, deterministic, and
/// enough for a few thousand sentences, about thirty features and the words they use.
struct LogisticFit {
    var iterations = 3000
    var learningRate = 0.5
    /// Pulls weights toward the hand-set prior rather than toward zero, so a feature the training
    /// articles say little about keeps the weight a reader would give it.
    var regularisation = 0.02
    /// Pulls word weights toward zero: a word seen in a handful of sentences must not decide them.
    var wordRegularisation = 0.02
    /// A word gets a weight only when at least this many training sentences use it.
    var minimumSentencesPerWord = 3

    /// One training sentence: its feature values, its distinct word stems and whether it is an argument.
    struct Example {
        var features: FeatureVector
        var stems: [String] = []
        var label: Bool
    }

    /// Feature weights (with "bias") and word weights fitted to `examples`.
    func fit(_ examples: [Example], prior: [String: Double]) -> (weights: [String: Double], words: [String: Double]) {
        let features = SentenceFeature.allCases
        guard !examples.isEmpty else { return (prior, [:]) }
        let vocabulary = self.vocabulary(examples)
        // Each example as its non-zero columns: the bias, the features, then one column per word.
        let featureColumns = features.count + 1
        var offsets = [0]
        var columns: [Int] = []
        var values: [Double] = []
        for example in examples {
            columns.append(0)
            values.append(1)
            for (index, feature) in features.enumerated() where example.features[feature] != 0 {
                columns.append(index + 1)
                values.append(example.features[feature])
            }
            for stem in example.stems {
                guard let word = vocabulary.index[stem] else { continue }
                columns.append(featureColumns + word)
                values.append(1)
            }
            offsets.append(columns.count)
        }
        let labels = examples.map { $0.label ? 1.0 : 0.0 }
        let count = Double(examples.count)
        // Balance the classes so the threshold, not the base rate, sets the trade-off.
        let positives = max(1, labels.reduce(0, +))
        let negatives = max(1, count - positives)
        let classWeights = labels.map { $0 == 1 ? count / (2 * positives) : count / (2 * negatives) }
        // Features are pulled toward the prior, words toward zero, the bias not at all.
        let priorVector = [prior["bias"] ?? 0] + features.map { prior[$0.rawValue] ?? 0 }
            + [Double](repeating: 0, count: vocabulary.stems.count)
        let penalties = [0] + [Double](repeating: regularisation, count: features.count)
            + [Double](repeating: wordRegularisation, count: vocabulary.stems.count)
        var weights = priorVector
        var gradient = [Double](repeating: 0, count: weights.count)
        for _ in 0..<iterations {
            for index in gradient.indices { gradient[index] = 0 }
            for example in labels.indices {
                let range = offsets[example]..<offsets[example + 1]
                var sum = 0.0
                for entry in range { sum += weights[columns[entry]] * values[entry] }
                let error = (1 / (1 + exp(-sum)) - labels[example]) * classWeights[example]
                for entry in range { gradient[columns[entry]] += error * values[entry] }
            }
            for index in weights.indices {
                weights[index] -= learningRate * (gradient[index] / count + penalties[index] * (weights[index] - priorVector[index]))
            }
        }
        var result: [String: Double] = ["bias": weights[0].rounded(toPlaces: 3)]
        for (index, feature) in features.enumerated() { result[feature.rawValue] = weights[index + 1].rounded(toPlaces: 3) }
        var words: [String: Double] = [:]
        for (word, stem) in vocabulary.stems.enumerated() {
            let weight = weights[featureColumns + word].rounded(toPlaces: 2)
            if weight != 0 { words[stem] = weight }
        }
        return (result, words)
    }

    /// The stems used by at least `minimumSentencesPerWord` examples, in sorted order (so the fit
    /// does not depend on the order sentences were read in).
    private func vocabulary(_ examples: [Example]) -> (stems: [String], index: [String: Int]) {
        var sentences: [String: Int] = [:]
        for example in examples { for stem in example.stems { sentences[stem, default: 0] += 1 } }
        let stems = sentences.filter { $0.value >= minimumSentencesPerWord }.keys.sorted()
        return (stems, Dictionary(uniqueKeysWithValues: stems.enumerated().map { ($1, $0) }))
    }
}
