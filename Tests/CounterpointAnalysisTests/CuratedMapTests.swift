import CounterpointCore
import Testing
@testable import CounterpointAnalysis

@Suite struct CuratedMapTests {
    /// "🇷🇺" is two scalars, so offsets after it differ from character counts.
    static let article = Fixtures.article(id: "a1", paragraphs: [
        ["🇷🇺 Russia will not abandon China.", "Trade keeps growing.", "Trade keeps growing."],
    ])

    func load(_ toml: String) throws -> CuratedMap {
        try CuratedMapLoader.parse(toml, file: "map.toml", articles: [Self.article], profile: Fixtures.profile)
    }

    @Test func quotesResolveToScalarOffsets() throws {
        let map = try load("""
        [[arguments]]
        id = "a1-01"
        article = "a1"
        quote = "Russia will not abandon China."
        stance = "infeasible"
        theme = "diplomacy"
        speaker = "author"
        summary = "No abandonment"
        """)
        #expect(map.problems.isEmpty)
        let argument = try #require(map.arguments.first)
        #expect(argument.range == TextRange(3, 33))
        #expect(Self.article.rawText(argument.range) == "Russia will not abandon China.")
        #expect(argument.origin == .curated)
        #expect(argument.summary == "No abandonment")
    }

    @Test func prefixOrSuffixPicksOneOfTwoOccurrences() throws {
        let map = try load("""
        [[arguments]]
        id = "a1-02"
        article = "a1"
        quote = "Trade keeps growing."
        prefix = "growing. "
        stance = "infeasible"
        theme = "economy"
        speaker = "author"
        """)
        #expect(map.problems.isEmpty)
        #expect(map.arguments.first?.range.start == 55)
    }

    @Test func eachBadEntryIsOneLineNamingItAndTheRestLoads() throws {
        let map = try load("""
        [[arguments]]
        id = "good"
        article = "a1"
        quote = "Russia will not abandon China."
        stance = "infeasible"
        theme = "economy"
        speaker = "author"

        [[arguments]]
        id = "x-unknown-article"
        article = "zz"
        quote = "Russia"
        stance = "infeasible"
        theme = "economy"

        [[arguments]]
        id = "x-missing-quote"
        article = "a1"
        quote = "Russia will split from China."
        stance = "infeasible"
        theme = "economy"

        [[arguments]]
        id = "x-ambiguous"
        article = "a1"
        quote = "Trade keeps growing."
        stance = "infeasible"
        theme = "economy"

        [[arguments]]
        id = "x-theme"
        article = "a1"
        quote = "Russia will"
        stance = "infeasible"
        theme = "weather"

        [[arguments]]
        id = "x-stance"
        article = "a1"
        quote = "Russia will"
        stance = "maybe"
        theme = "economy"

        [[arguments]]
        id = "good"
        article = "a1"
        quote = "Russia will"
        stance = "infeasible"
        theme = "economy"

        [[links]]
        from = "good"
        to = "nowhere"
        relation = "contradicts"
        """)
        #expect(map.arguments.map(\.id) == ["good"])
        #expect(map.problems.count == 7, "\(map.problems)")
        #expect(map.problems.allSatisfy { !$0.contains("\n") && $0.hasPrefix("map.toml: ") })
        let expectations = [
            "arguments[1] (id \"x-unknown-article\"): unknown article zz",
            "arguments[2] (id \"x-missing-quote\"): quote not found in article a1",
            "arguments[3] (id \"x-ambiguous\"): ambiguous quote",
            "arguments[4] (id \"x-theme\"): unknown theme \"weather\"",
            "arguments[5] (id \"x-stance\"): unknown stance \"maybe\"",
            "arguments[6] (id \"good\"): duplicate id",
            "links[0] (good → nowhere): link to a missing id",
        ]
        for expected in expectations {
            #expect(map.problems.contains { $0.contains(expected) }, "missing problem: \(expected)")
        }
    }

    @Test func invalidTOMLIsOneErrorNamingTheFile() {
        #expect(throws: TOMLFileError.self) { try load("[[arguments]\nid = ") }
    }

    @Test func autoSourceIgnoresTheMapEntirely() throws {
        let map = try load("""
        [[arguments]]
        id = "a1-01"
        article = "a1"
        quote = "Russia will not abandon China."
        stance = "feasible"
        theme = "economy"
        speaker = "author"
        """)
        let auto = Fixtures.analyzer.map(articles: [Self.article], curated: map, source: .auto)
        #expect(auto.arguments.allSatisfy { $0.origin == .auto })
        let all = Fixtures.analyzer.map(articles: [Self.article], curated: map, source: .all)
        #expect(all.argument(id: "a1-01")?.stance == .feasible, "curated stance kept")
        let autos = all.arguments.filter { $0.origin == .auto }
        #expect(autos.allSatisfy { !$0.range.overlaps(TextRange(3, 33)) }, "auto arguments overlapping a curated one are dropped")
        let curatedOnly = Fixtures.analyzer.map(articles: [Self.article], curated: map, source: .curated)
        #expect(curatedOnly.arguments.map(\.id) == ["a1-01"])
    }

    @Test func theSeedMapLoadsCleanly() throws {
        let corpus = try CorpusLoader.load(folder: Fixtures.seedsFolder)
        let map = try #require(try CuratedMapLoader.load(folder: Fixtures.seedsFolder, articles: corpus.articles, profile: Fixtures.profile))
        #expect(map.problems.isEmpty, "\(map.problems)")
        #expect(map.arguments.count >= 80)
        #expect(map.links.count >= 30)
    }
}

@Suite struct ProfileLoaderTests {
    @Test func theSeedProfileHasTheQuestionsThemesAndParties() {
        let profile = Fixtures.profile
        #expect(profile.stances == [.feasible, .infeasible])
        #expect(profile.themes.map(\.id) == ["economy", "personal-ties", "shared-vision", "history", "trust", "asymmetry",
                                             "friction", "diplomacy", "china-counter", "costs"])
        #expect(profile.themes.allSatisfy { !$0.description.isEmpty })
        #expect(profile.parties.filter { $0.role == .bloc }.count == 2)
    }

    @Test func aFolderWithoutAProfileHasNone() throws {
        #expect(try ProfileLoader.parseIfPresent("[question]\nid = \"q\"\ntitle = \"Q\"\n", file: "corpus.toml") == nil)
    }

    @Test func errorsNameTheFileAndThePlace() {
        let text = """
        [profile]
        split_stance = "yes"
        bond_stance = "no"
        [[profile.parties]]
        id = "a"
        role = "bloc"
        aliases = ["A"]
        [[profile.cues]]
        stance = "maybe"
        terms = ["x"]
        [[profile.themes]]
        id = "t"
        terms = ["y"]
        """
        Fixtures.expectProfileError(text, file: "other.toml",
                                    description: "other.toml: profile.cues[0].stance: unknown stance \"maybe\" (known: yes, no)")
    }

    @Test func numbersWrittenAsIntegersLoadAsNumbers() throws {
        let text = Fixtures.minimalProfile.replacingOccurrences(of: "kind = \"split\"", with: "kind = \"split\"\nweight = 2") + """

        [profile.detector]
        threshold = 1
        stance_slope = 2
        max_links = 3
        [profile.detector.weights]
        bias = -3
        [profile.detector.words]
        leav = 1
        [profile.detector.themes]
        agrees = 0
        [profile.detector.themes.bias]
        t = 1
        [profile.detector.themes.words.t]
        leav = -2
        """
        let profile = try ProfileLoader.parse(text, file: "corpus.toml")
        #expect(profile.events.first?.weight == 2)
        #expect(profile.detector.threshold == 1 && profile.detector.stanceSlope == 2 && profile.detector.maxLinksPerArgument == 3)
        #expect(profile.detector.weights["bias"] == -3 && profile.detector.words["leav"] == 1)
        let themes = try #require(profile.detector.themes)
        #expect(themes.agrees == 0 && themes.bias["t"] == 1 && themes.words["t"]?["leav"] == -2)
        Fixtures.expectProfileError(Fixtures.minimalProfile + "\n[profile.detector]\nthreshold = \"high\"\n", file: "corpus.toml",
                                    description: "corpus.toml: profile.detector.threshold: expected a number, found a string")
    }

    @Test func anotherQuestionWorksWithItsOwnStances() throws {
        let text = """
        [profile]
        split_stance = "breakup"
        bond_stance = "union"
        [[profile.parties]]
        id = "scotland"
        role = "bloc"
        aliases = ["Scotland", "Edinburgh"]
        [[profile.parties]]
        id = "england"
        role = "bloc"
        aliases = ["England", "London"]
        [[profile.events]]
        kind = "split"
        terms = ["independence", "leave"]
        [[profile.events]]
        kind = "bond"
        terms = ["union", "together"]
        [profile.language]
        negators = ["not", "never"]
        doubters = ["unlikely"]
        [[profile.themes]]
        id = "money"
        description = "Who pays."
        terms = ["budget", "pound"]
        """
        let profile = try ProfileLoader.parse(text, file: "corpus.toml")
        let article = Fixtures.article(id: "s1", paragraphs: [[
            "Edinburgh will never leave the union with London, because the budget and the pound bind them together.",
        ]])
        let arguments = Analyzer(profile: profile).detect(in: article)
        let argument = try #require(arguments.first)
        #expect(argument.stance == Stance("union"))
        #expect(argument.theme == "money")
    }
}
