import CounterpointCore
import Foundation

/// One content sentence of an article as the analyzer read it.
struct ReadSentence: Sendable {
    var blockIndex: Int
    var range: TextRange
    var isComment: Bool
    /// The first sentence of its block.
    var opensBlock = false
    var reading: SentenceReading
    /// Content terms, for centrality here and for linking later.
    var terms: [Int32] = []
    var features = FeatureVector()
    /// Sum of the detector's word weights over the sentence's distinct stems (log-odds).
    var wordEvidence = 0.0
    /// The theme model's word weights of the sentence's distinct stems, summed per theme (empty
    /// when none of its stems has any).
    var themeWords: [Double] = []
    /// Probability that the sentence is an argument on the question.
    var probability = 0.0
    /// Above the threshold and within the article's share of arguments.
    var isArgument = false
    /// Stance evidence after the rebuttal rule and the article's lean.
    var stanceScore = 0.0
}

extension ReadSentence {
    /// The detection features before neighbours are known.
    var baseFeatures: FeatureVector {
        reading.features(isComment: isComment, neighbour: 0, paragraphStart: opensBlock)
    }
}

/// Reads all content sentences of an article and scores them; the model's numbers come from
/// `DetectorParameters`.
struct ArticleReader {
    let reader: SentenceReader
    let parameters: DetectorParameters

    /// Blocks whose sentences can be arguments. Titles, headings and pull quotes restate the body;
    /// boilerplate is never an argument.
    static let argumentKinds: Set<BlockKind> = [.body, .preface, .comment]

    func read(_ article: Article, tokenizer: inout Tokenizer) -> [ReadSentence] {
        var sentences: [ReadSentence] = []
        var weighedStems: [Int32] = []
        for (blockIndex, block) in article.blocks.enumerated() where ArticleReader.argumentKinds.contains(block.kind) {
            let isComment = block.kind == .comment || block.speaker == "commenter"
            var first = true
            let aloneInBlock = block.sentences.filter { !$0.range.isEmpty }.count == 1
            for sentence in block.sentences where !sentence.range.isEmpty {
                let tokens = tokenizer.tokens(in: article.source, range: sentence.range)
                guard tokens.contains(where: \.isWord), !HeadlineShape.matches(tokens, aloneInBlock: aloneInBlock) else { continue }
                var reading = reader.read(tokens, source: article.source)
                let terms = ContentTerms(compiled: reader.compiled).terms(tokens, matches: reading.matches)
                reading.keepOnlyOpeningWord()
                sentences.append(ReadSentence(blockIndex: blockIndex, range: sentence.range, isComment: isComment,
                                              opensBlock: first, reading: reading, terms: terms,
                                              wordEvidence: ArticleReader.wordEvidence(tokens, seen: &weighedStems),
                                              themeWords: ArticleReader.themeWords(tokens, rows: tokenizer.themeRows,
                                                                                   seen: &weighedStems)))
                first = false
            }
        }
        ArticleReader.measureCentrality(&sentences)
        score(&sentences)
        return sentences
    }

    /// The word weights of the sentence's distinct stems, summed; `seen` is scratch space kept
    /// between sentences so no array is made per sentence.
    static func wordEvidence(_ tokens: [Token], seen: inout [Int32]) -> Double {
        seen.removeAll(keepingCapacity: true)
        var sum = 0.0
        for token in tokens where token.wordWeight != 0 && !seen.contains(token.stemID) {
            seen.append(token.stemID)
            sum += Double(token.wordWeight)
        }
        return sum
    }

    /// The theme weights of the sentence's distinct stems, summed per theme; empty when none has any.
    static func themeWords(_ tokens: [Token], rows: [[Float]], seen: inout [Int32]) -> [Double] {
        seen.removeAll(keepingCapacity: true)
        var sums: [Double] = []
        for token in tokens where token.themeRow >= 0 && !seen.contains(token.stemID) {
            seen.append(token.stemID)
            ThemeModel.add(rows[Int(token.themeRow)], to: &sums)
        }
        return sums
    }

    /// How much of the article's vocabulary each sentence shares (cosine with the rest of the
    /// article): claims restate the article's point, details and asides stand apart.
    static func measureCentrality(_ sentences: inout [ReadSentence]) {
        var total: [Int32: Double] = [:]
        // By index: a `for sentence in` loop copies each sentence, retaining its arrays.
        for index in sentences.indices where !sentences[index].isComment {
            for term in sentences[index].terms where term >= 0 { total[term, default: 0] += 1 }
        }
        let totalNorm = total.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard totalNorm > 0 else { return }
        for index in sentences.indices {
            var dot = 0.0, ownNorm = 0.0
            for term in sentences[index].terms where term >= 0 {
                // Each occurrence adds once to the dot product with the rest of the article.
                let rest = (total[term] ?? 0) - (sentences[index].isComment ? 0 : 1)
                dot += rest
                ownNorm += 1
            }
            sentences[index].reading.centrality = ownNorm == 0 ? 0 : dot / (ownNorm.squareRoot() * totalNorm)
        }
    }

    /// Detection probabilities in two passes (the second knows its neighbours), then stance.
    func score(_ sentences: inout [ReadSentence]) {
        let model = parameters.weightVector
        func probability(_ sentence: ReadSentence) -> Double {
            ArticleReader.logistic(model.bias + sentence.wordEvidence + model.weights.dot(sentence.features))
        }
        for index in sentences.indices {
            sentences[index].features = sentences[index].baseFeatures
            sentences[index].probability = probability(sentences[index])
        }
        let firstPass = sentences.map(\.probability)
        for index in sentences.indices {
            var neighbour = 0.0
            for other in [index - 1, index + 1] where sentences.indices.contains(other)
                && sentences[other].blockIndex == sentences[index].blockIndex {
                neighbour = max(neighbour, firstPass[other])
            }
            sentences[index].features[.neighbourArgument] = neighbour
            sentences[index].probability = probability(sentences[index])
        }
        markArguments(&sentences)
        resolveStances(&sentences)
    }

    /// Sentences above the threshold, keeping only the most probable `maxShare` of the article's
    /// own sentences (comments are judged by the threshold alone).
    func markArguments(_ sentences: inout [ReadSentence]) {
        let own = sentences.compactMap { $0.isComment ? nil : $0.probability }.sorted(by: >)
        let quota = Int((parameters.maxShare * Double(own.count)).rounded(.up))
        let cut = parameters.maxShare >= 1 || own.isEmpty ? 0 : own[max(0, min(own.count - 1, quota - 1))]
        for index in sentences.indices {
            let probability = sentences[index].probability
            sentences[index].isArgument = probability >= parameters.threshold && (sentences[index].isComment || probability >= cut)
        }
    }

    static func logistic(_ value: Double) -> Double { 1 / (1 + exp(-value)) }

    private func resolveStances(_ sentences: inout [ReadSentence]) {
        for index in sentences.indices {
            var score = sentences[index].reading.stanceScore
            if sentences[index].reading.isRebuttal, index > 0 {
                let previous = sentences[index - 1].stanceScore
                if previous != 0 {
                    score = -previous
                    if !sentences[index].reading.cues.contains("rebuts:previous") {
                        sentences[index].reading.cues.append("rebuts:previous")
                    }
                }
            }
            sentences[index].stanceScore = score
        }
        let lean = articleLean(sentences)
        for index in sentences.indices {
            sentences[index].stanceScore += parameters.articleLean * lean + ArticleReader.themeLeanWeight * themeLean(sentences[index])
        }
    }

    /// A nudge toward the side the sentence's theme usually supports: decides only near-ties.
    static let themeLeanWeight = 0.25

    private func themeLean(_ sentence: ReadSentence) -> Double {
        guard let best = sentence.reading.bestTheme, let lean = reader.compiled.profile.themes[best.index].lean else { return 0 }
        return Double(reader.compiled.profile.sign(of: lean) ?? 0)
    }

    /// -1...1: which side the author's own confident sentences take overall. Op-eds argue one
    /// side, so a sentence with little evidence of its own most likely takes it too.
    func articleLean(_ sentences: [ReadSentence]) -> Double {
        var signed = 0.0
        var total = 0.0
        for index in sentences.indices where !sentences[index].isComment && sentences[index].reading.reportedSpeaker == nil
            && sentences[index].probability >= parameters.threshold {
            let clamped = max(-2, min(2, sentences[index].stanceScore))
            signed += clamped
            total += abs(clamped)
        }
        return total == 0 ? 0 : signed / total
    }
}
