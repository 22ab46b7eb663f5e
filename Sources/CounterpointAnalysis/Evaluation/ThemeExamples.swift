import CounterpointCore

extension Evaluator {
    /// The training sentences a curated argument covers, as `ThemeFit` examples: each with its
    /// argument's theme and the features the detector's theme choice reads (its stance from the
    /// fitted detector, so "agrees" means what it will mean when the model is used).
    static func themeExamples(_ training: [Article], read: [String: [ReadSentence]], data: LabelledSentences,
                              profile: QuestionProfile, parameters: DetectorParameters) -> [ThemeFit.Example] {
        let detector = ArgumentDetector(profile: profile, parameters: parameters)
        let themeIndex = Dictionary(profile.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var examples: [ThemeFit.Example] = []
        for article in training {
            let sentences = read[article.id] ?? []
            let curated = data.curated[article.id] ?? []
            let stems = data.stems.stems(article.id)
            let blocks = detector.blockThemeScores(sentences)
            let articleScores = detector.sum(sentences.map(\.reading.themeScores))
            for (index, sentence) in sentences.enumerated() {
                guard let argument = mostOverlapping(curated, sentence.range, range: \.range),
                      let label = themeIndex[argument.theme] else { continue }
                examples.append(ThemeFit.Example(
                    vocabulary: sentence.reading.themeScores, block: blocks[sentence.blockIndex] ?? articleScores.map { _ in 0 },
                    article: articleScores,
                    agreeing: detector.themesAgreeing(with: sentence.stanceScore),
                    stems: index < stems.count ? stems[index] : [], label: label))
            }
        }
        return examples
    }
}
