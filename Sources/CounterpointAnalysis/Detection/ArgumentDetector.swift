import CounterpointCore
import Foundation

/// Turns an article's scored sentences into `Argument`s: keeps those above the threshold, joins a
/// continuation ("This is partly due to…") to the claim before it, and names theme and speaker.
struct ArgumentDetector {
    let profile: QuestionProfile
    let parameters: DetectorParameters

    /// The arguments, each with the indices of the sentences it is made of.
    func arguments(from sentences: [ReadSentence], article: Article) -> [(argument: Argument, members: [Int])] {
        var groups: [[Int]] = []
        for index in sentences.indices where sentences[index].isArgument {
            if let last = groups.last?.last, last == index - 1,
               sentences[index].blockIndex == sentences[last].blockIndex,
               sentences[index].reading.continuesPrevious, groups[groups.count - 1].count < 2 {
                groups[groups.count - 1].append(index)
            } else {
                groups.append([index])
            }
        }
        let blockThemes = blockThemeScores(sentences)
        let articleThemes = sum(sentences.map(\.reading.themeScores))
        let themeIDs = profile.themes.map(\.id)
        return groups.enumerated().map { number, members in
            // Indices, not copies: copying a sentence retains all its arrays.
            let first = members[0], last = members[members.count - 1]
            let score = members.reduce(0.0) { $0 + sentences[$1].stanceScore }
            let themeScores = sum(members.map { sentences[$0].reading.themeScores })
            let block = blockThemes[sentences[first].blockIndex]
            let theme = parameters.themes.map { model in
                chooseTheme(model, themeIDs: themeIDs, vocabulary: themeScores, block: block ?? [], article: articleThemes,
                            words: sum(members.map { sentences[$0].themeWords }), stance: score)
            } ?? chooseTheme(themeScores, block: block, article: articleThemes, stance: score)
            var cues = members.flatMap { sentences[$0].reading.cues }
            cues.append("theme:\(theme)")
            let speaker = sentences[first].isComment ? "commenter" : (members.lazy.compactMap { sentences[$0].reading.reportedSpeaker }.first ?? "author")
            let stance = score == 0 ? (profile.theme(id: theme)?.lean ?? profile.bondStance) : profile.stance(forSign: score > 0 ? 1 : -1)
            let argument = Argument(id: ArgumentDetector.id(article.id, number + 1), articleID: article.id,
                                    range: TextRange(sentences[first].range.start, sentences[last].range.end), stance: stance, theme: theme,
                                    speaker: speaker, origin: .auto,
                                    confidence: (members.map { sentences[$0].probability }.max() ?? 0).rounded(toPlaces: 3),
                                    stanceConfidence: parameters.stanceConfidence(score).rounded(toPlaces: 3),
                                    cues: deduplicated(cues))
            return (argument, members)
        }
    }

    /// "004-a07": the article id, "a" for auto, and the number with at least two digits.
    static func id(_ articleID: String, _ number: Int) -> String {
        articleID + (number < 10 ? "-a0" : "-a") + String(number)
    }

    /// The theme with the most vocabulary in the passage; failing that, in its block, then in the
    /// article; ties go to the theme listed first, and a theme whose lean matches the stance.
    func chooseTheme(_ scores: [Double], block: [Double]?, article: [Double], stance: Double) -> String {
        for candidate in [scores, block ?? [], article] where candidate.contains(where: { $0 > 0 }) {
            let best = candidate.max() ?? 0
            let tied = candidate.indices.filter { candidate[$0] == best }
            let sign = stance > 0 ? 1 : stance < 0 ? -1 : 0
            let agreeing = tied.first { profile.themes[$0].lean.flatMap(profile.sign(of:)) == sign }
            return profile.themes[agreeing ?? tied[0]].id
        }
        return profile.themes[0].id
    }

    /// The theme the fitted model scores highest; ties go to the theme listed first.
    func chooseTheme(_ model: ThemeModel, themeIDs: [String], vocabulary: [Double], block: [Double], article: [Double],
                     words: [Double], stance: Double) -> String {
        let scores = model.scores(themeIDs: themeIDs, vocabulary: vocabulary, block: block, article: article,
                                  words: words, agreeing: themesAgreeing(with: stance))
        var best = 0
        for index in scores.indices where scores[index] > scores[best] { best = index }
        return profile.themes[best].id
    }

    /// For each theme, whether its lean is the side `stance` (a signed score) takes; none for 0.
    func themesAgreeing(with stance: Double) -> [Bool] {
        let sign = stance > 0 ? 1 : stance < 0 ? -1 : 0
        return profile.themes.map { sign != 0 && $0.lean.flatMap(profile.sign(of:)) == sign }
    }

    func blockThemeScores(_ sentences: [ReadSentence]) -> [Int: [Double]] {
        var result: [Int: [Double]] = [:]
        let zeros = Array(repeating: 0.0, count: profile.themes.count)
        for index in sentences.indices {
            // Summed in place (the same additions in the same order as `sum`, without two arrays per sentence).
            let block = sentences[index].blockIndex
            var total = result.removeValue(forKey: block) ?? zeros
            for (theme, value) in sentences[index].reading.themeScores.enumerated() where theme < total.count {
                total[theme] += value
            }
            result[block] = total
        }
        return result
    }

    func sum(_ vectors: [[Double]]) -> [Double] {
        var total = Array(repeating: 0.0, count: profile.themes.count)
        for vector in vectors {
            for (index, value) in vector.enumerated() where index < total.count { total[index] += value }
        }
        return total
    }

    /// The cues without repeats, in order (a linear scan: there are only a few dozen).
    private func deduplicated(_ cues: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(cues.count)
        for cue in cues where !result.contains(cue) { result.append(cue) }
        return result
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
