import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnalysis

/// Word weights: how the tokenizer carries them, how a sentence sums them, how they are fitted
/// and validated, and how `--train` folders join a fit.
@Suite struct WordEvidenceTests {
    @Test func aStemCountsOncePerSentenceWhateverItsForm() {
        var tokenizer = Tokenizer(wordWeights: ["tie": 0.5, "will": -0.25])
        let tokens = tokenizer.tokens(of: "Ties will fray, and the tie that will bind them is money.")
        let ties = tokens.filter { $0.lower == "ties" || $0.lower == "tie" }
        #expect(ties.count == 2)
        #expect(Set(ties.map(\.stemID)).count == 1)
        #expect(ties.allSatisfy { $0.wordWeight == 0.5 })
        var seen: [Int32] = []
        #expect(ArticleReader.wordEvidence(tokens, seen: &seen) == 0.25)
        // The scratch array is reset per sentence, so the next sentence counts its stems afresh.
        #expect(ArticleReader.wordEvidence(tokenizer.tokens(of: "A tie."), seen: &seen) == 0.5)
    }

    @Test func wordWeightsMoveASentenceAcrossTheThreshold() {
        let article = Fixtures.article(id: "w1", paragraphs: [[
            "The delegation arrived in the capital on Tuesday morning.",
        ]])
        var parameters = Fixtures.profile.detector
        parameters.words = [:]
        #expect(Analyzer(profile: Fixtures.profile, parameters: parameters).detect(in: article).isEmpty)
        parameters.words = ["delegation": 8]
        #expect(Analyzer(profile: Fixtures.profile, parameters: parameters).detect(in: article).count == 1)
    }

    @Test func theFitLearnsWhichWordsGoWithArguments() {
        var examples: [LogisticFit.Example] = []
        for index in 0..<40 {
            let isArgument = index % 2 == 0
            // "because" only in arguments, "arrived" only in narration, "rare" in two sentences.
            var stems = isArgument ? ["because", "common"] : ["arrived", "common"]
            if index < 2 { stems.append("rare") }
            examples.append(LogisticFit.Example(features: FeatureVector(), stems: stems, label: isArgument))
        }
        let fit = LogisticFit(iterations: 500).fit(examples, prior: DetectorParameters.priorWeights)
        #expect((fit.words["because"] ?? 0) > 0.5)
        #expect((fit.words["arrived"] ?? 0) < -0.5)
        // A word in every sentence says nothing the bias does not.
        #expect(abs(fit.words["common"] ?? 0) < 0.3)
        #expect(fit.words["rare"] == nil, "a word in fewer than three sentences gets no weight")
    }

    @Test func theProfileRejectsWordsThatCouldNeverMatch() {
        for (entry, message) in [("Russia = 0.5", "profile.detector.words.\"Russia\": not a word stem (lowercase, no spaces)"),
                                 ("\"two words\" = 0.5", "profile.detector.words.\"two words\": not a word stem (lowercase, no spaces)"),
                                 ("russia = nan", "profile.detector.words.russia: weight must be a finite number")] {
            let text = Fixtures.minimalProfile + "\n[profile.detector.words]\n" + entry
            Fixtures.expectProfileError(text, file: "corpus.toml", description: "corpus.toml: \(message)")
        }
    }

    @Test func trainingFoldersJoinTheFitUnderTheirOwnIDs() throws {
        // Two folders whose articles share the id "a": the training one must neither replace the
        // measured one nor be measured.
        let measured = Fixtures.article(id: "a", paragraphs: [[
            "Russia will not abandon China because its economy depends on Chinese trade.",
            "The delegation arrived in Moscow on Tuesday.",
        ]])
        let extra = Fixtures.article(id: "a", paragraphs: [(0..<6).flatMap { index in [
            "Moscow cannot afford a split with Beijing, because its oil revenue depends on Chinese buyers \(index).",
            "The ministers arrived in Riyadh for talks on day \(index).",
        ] }])
        func curated(_ article: Article, _ indices: [Int]) -> CuratedMap {
            let sentences = article.blocks.flatMap(\.sentences)
            return CuratedMap(arguments: indices.map { index in
                Argument(id: "a-\(index)", articleID: article.id, range: sentences[index].range, stance: Stance("infeasible"),
                         theme: "economy", speaker: "author", origin: .curated)
            })
        }
        let merged = LabelledFolder.merged([LabelledFolder(articles: [extra], curated: curated(extra, Array(stride(from: 0, to: 12, by: 2))))])
        #expect(merged.articles.map(\.id) == ["+1:a"])
        #expect(Set(merged.curated.arguments.map(\.articleID)) == ["+1:a"])

        let alone = Evaluator.fitAll(articles: [measured], curated: curated(measured, [0]), profile: Fixtures.profile)
        let trained = Evaluator.fitAll(articles: [measured], curated: curated(measured, [0]), profile: Fixtures.profile,
                                       training: [LabelledFolder(articles: [extra], curated: curated(extra, Array(stride(from: 0, to: 12, by: 2))))])
        #expect(alone.words["riyadh"] == nil, "two sentences are too few for any word")
        #expect((trained.words["riyadh"] ?? 0) < 0, "the training folder's narration teaches the word")

        let report = Evaluator.evaluate(articles: [measured], curated: curated(measured, [0]), profile: Fixtures.profile,
                                        method: .leaveOneArticleOut,
                                        training: [LabelledFolder(articles: [extra], curated: curated(extra, Array(stride(from: 0, to: 12, by: 2))))])
        #expect(report.perArticle.map(\.articleID) == ["a"])
        #expect(report.perArticle.first?.curatedArguments == 1)
    }
}
