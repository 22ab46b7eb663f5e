import CounterpointCore
import Testing
@testable import CounterpointAnalysis

/// The fitted theme choice: words learnt from labelled arguments decide where the profile's theme
/// vocabulary is silent, and the profile rejects a model that names what it does not have.
@Suite struct ThemeModelTests {
    let themeIDs = ["economy", "friction"]

    @Test func theFitLearnsWordsTheVocabularyMisses() {
        // No theme vocabulary anywhere: only the words tell the themes apart.
        var examples: [ThemeFit.Example] = []
        for index in 0..<12 {
            let isEconomy = index % 2 == 0
            examples.append(ThemeFit.Example(vocabulary: [0, 0], block: [0, 0], article: [0, 0], agreeing: [false, false],
                                             stems: (isEconomy ? ["pipeline", "sell"] : ["border", "suspicion"]) + ["russia"],
                                             label: isEconomy ? 0 : 1))
        }
        let model = ThemeFit().fit(examples, themeIDs: themeIDs)
        #expect((model.words["economy"]?["pipeline"] ?? 0) > 0.1)
        #expect((model.words["friction"]?["border"] ?? 0) > 0.1)
        #expect(model.words["economy"]?["russia"] == nil, "a word in every example tells no theme apart")
        let rows = model.wordRows(themeIDs: themeIDs)
        let pipeline = try! #require(rows["pipeline"]).map(Double.init)
        let scores = model.scores(themeIDs: themeIDs, vocabulary: [0, 0], block: [], article: [], words: pipeline,
                                  agreeing: [false, false])
        #expect(scores[0] > scores[1])
    }

    @Test func vocabularyStillCountsAndContextIsNotFitted() {
        // The passage's own vocabulary points to its theme in every example; the article's to the other.
        let examples = (0..<10).map { index in
            ThemeFit.Example(vocabulary: index % 2 == 0 ? [1, 0] : [0, 1], block: [0, 0],
                             article: index % 2 == 0 ? [0, 5] : [5, 0], agreeing: [false, false], stems: [], label: index % 2)
        }
        let model = ThemeFit().fit(examples, themeIDs: themeIDs)
        #expect(model.passage > 1)
        #expect(model.article == ThemeModel().article)
        #expect(model.block == ThemeModel().block)
    }

    @Test func learntWordsOutweighAWeakVocabularyMatch() throws {
        let article = Fixtures.article(id: "t", paragraphs: [[
            "Russia will never abandon China, because Beijing buys every hydrocarbon Moscow can no longer sell to Europe.",
        ]])
        // The same sentence filed under whichever theme its word "hydrocarbon" was learnt with.
        for theme in ["economy", "friction"] {
            var parameters = Fixtures.profile.detector
            parameters.themes = ThemeModel(passage: 0.1, block: 0, article: 0, agrees: 0, words: [theme: ["hydrocarbon": 5]])
            let argument = try #require(Analyzer(profile: Fixtures.profile, parameters: parameters).detect(in: article).first)
            #expect(argument.theme == theme)
        }
    }

    @Test func theProfileRejectsAThemeModelItCannotUse() {
        for (entry, message) in [
            ("[profile.detector.themes.bias]\nmissing = 0.5", "profile.detector.themes.bias.missing: unknown theme \"missing\""),
            ("[profile.detector.themes.words.missing]\nx = 0.5", "profile.detector.themes.words.missing: unknown theme \"missing\""),
            ("[profile.detector.themes.words.t]\nRussia = 0.5",
             "profile.detector.themes.words.t.\"Russia\": not a word stem (lowercase, no spaces)"),
            ("[profile.detector.themes]\npassage = nan", "profile.detector.themes.passage: weight must be a finite number"),
        ] {
            let text = Fixtures.minimalProfile + "\n" + entry
            Fixtures.expectProfileError(text, file: "corpus.toml", description: "corpus.toml: \(message)")
        }
    }
}
