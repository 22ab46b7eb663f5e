import Foundation

/// Fits a `ThemeModel` to labelled sentences: softmax regression over the profile's themes by
/// full-batch gradient descent. The vocabulary weights start where the unfitted rule stands
/// (passage first, then block, then article), and words are pulled toward zero, so a stem seen in
/// a handful of arguments cannot decide a theme on its own. Words are what the profile's theme
/// vocabulary misses: a careful reader files "Russia sells oil to India" under economy without
/// the word "economy", and the labelled arguments teach which wording goes with which theme.
struct ThemeFit {
    var iterations = 800
    var learningRate = 0.3
    var wordRegularisation = 0.02
    /// A word gets weights only when at least this many training sentences use it.
    var minimumSentencesPerWord = 3
    /// Weights nearer zero than this are dropped: they would not change a choice, and each costs a
    /// line of the profile.
    var smallestWordWeight = 0.1
    /// The block and article weights (positions 1 and 2 of the shared weights) keep the unfitted
    /// rule's values. Fitted, they grew large and spread one theme over a whole article: theme
    /// accuracy on unseen articles fell (0.34 against 0.38–0.45 on the fifth test set).
    static let fixedContext: Set<Int> = [1, 2]

    /// One labelled sentence: the theme features `ThemeModel.scores` reads, and its theme's index.
    struct Example {
        var vocabulary: [Double]
        var block: [Double]
        var article: [Double]
        var agreeing: [Bool]
        var stems: [String]
        var label: Int
    }

    func fit(_ examples: [Example], themeIDs: [String]) -> ThemeModel {
        let themeCount = themeIDs.count
        guard !examples.isEmpty, themeCount > 1 else { return ThemeModel() }
        var counts: [String: Int] = [:]
        for example in examples { for stem in Set(example.stems) { counts[stem, default: 0] += 1 } }
        let stems = counts.filter { $0.value >= minimumSentencesPerWord }.keys.sorted()
        let stemIndex = Dictionary(uniqueKeysWithValues: stems.enumerated().map { ($1, $0) })
        let columns = examples.map { example in Array(Set(example.stems.compactMap { stemIndex[$0] })).sorted() }
        // Shares, as `ThemeModel.scores` uses them.
        func shares(_ values: [Double]) -> [Double] {
            let total = values.reduce(0, +)
            return total > 0 ? values.map { $0 / total } : values.map { _ in 0 }
        }
        let blockShares = examples.map { shares($0.block) }
        let articleShares = examples.map { shares($0.article) }

        var model = ThemeModel()
        var shared = [model.passage, model.block, model.article, model.agrees]
        var bias = [Double](repeating: 0, count: themeCount)
        var words = [Double](repeating: 0, count: stems.count * themeCount)
        let count = Double(examples.count)
        for _ in 0..<iterations {
            var sharedGradient = [Double](repeating: 0, count: 4)
            var biasGradient = [Double](repeating: 0, count: themeCount)
            var wordGradient = [Double](repeating: 0, count: words.count)
            for (index, example) in examples.enumerated() {
                var scores = [Double](repeating: 0, count: themeCount)
                for theme in 0..<themeCount {
                    var score = bias[theme] + shared[0] * example.vocabulary[theme] + shared[1] * blockShares[index][theme]
                        + shared[2] * articleShares[index][theme] + (example.agreeing[theme] ? shared[3] : 0)
                    for column in columns[index] { score += words[column * themeCount + theme] }
                    scores[theme] = score
                }
                let top = scores.max() ?? 0
                let exponentials = scores.map { exp($0 - top) }
                let total = exponentials.reduce(0, +)
                for theme in 0..<themeCount {
                    let error = exponentials[theme] / total - (theme == example.label ? 1 : 0)
                    sharedGradient[0] += error * example.vocabulary[theme]
                    sharedGradient[1] += error * blockShares[index][theme]
                    sharedGradient[2] += error * articleShares[index][theme]
                    if example.agreeing[theme] { sharedGradient[3] += error }
                    biasGradient[theme] += error
                    for column in columns[index] { wordGradient[column * themeCount + theme] += error }
                }
            }
            for index in shared.indices where !ThemeFit.fixedContext.contains(index) {
                shared[index] -= learningRate * sharedGradient[index] / count
            }
            for index in bias.indices { bias[index] -= learningRate * biasGradient[index] / count }
            for index in words.indices {
                words[index] -= learningRate * (wordGradient[index] / count + wordRegularisation * words[index])
            }
        }
        model.passage = shared[0].rounded(toPlaces: 3)
        model.block = shared[1].rounded(toPlaces: 3)
        model.article = shared[2].rounded(toPlaces: 3)
        model.agrees = shared[3].rounded(toPlaces: 3)
        for (theme, id) in themeIDs.enumerated() {
            model.bias[id] = bias[theme].rounded(toPlaces: 3)
            var themeWords: [String: Double] = [:]
            for (column, stem) in stems.enumerated() {
                let weight = words[column * themeCount + theme].rounded(toPlaces: 2)
                if abs(weight) >= smallestWordWeight { themeWords[stem] = weight }
            }
            if !themeWords.isEmpty { model.words[id] = themeWords }
        }
        return model
    }
}
