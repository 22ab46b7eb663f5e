import CounterpointCore
import Testing
@testable import CounterpointAnalysis

@Suite struct LinkerTests {
    let linker = ContradictionLinker(profile: Fixtures.profile, parameters: Fixtures.profile.detector)

    /// Terms written as words: "@…" a party, "#…" a theme, anything else a stem.
    func item(_ id: String, _ article: String, _ stance: Stance, _ theme: String, _ terms: [String]) -> LinkableArgument {
        let ids = terms.map { term -> Int32 in
            if term.hasPrefix("@") { return ContentTerms.party(Fixtures.profile.parties.firstIndex { "@" + $0.id == term } ?? 0) }
            if term.hasPrefix("#") { return ContentTerms.theme(Fixtures.profile.themes.firstIndex { "#" + $0.id == term } ?? 0) }
            return Int32(truncatingIfNeeded: term.unicodeScalars.reduce(UInt32(2166136261)) { ($0 ^ $1.value) &* 16777619 } & 0x3FFF_FFFF)
        }
        return LinkableArgument(argument: Argument(id: id, articleID: article, range: TextRange(0, 1), stance: stance, theme: theme,
                                                   speaker: "author", origin: .auto), terms: ids)
    }

    @Test func onlyOppositeStancesAreLinked() {
        let items = [
            item("a", "1", .feasible, "economy", ["#economy", "oil", "pipeline", "@russia"]),
            item("b", "2", .feasible, "economy", ["#economy", "oil", "pipeline", "@russia"]),
            item("c", "3", .infeasible, "economy", ["#economy", "oil", "pipeline", "@china"]),
        ]
        let links = linker.links(items)
        #expect(links.count == 2)
        #expect(links.allSatisfy { Set([$0.from, $0.to]).contains("c") })
    }

    @Test func atMostFiveLinksPerArgumentAndOtherArticlesFirst() {
        var items = [item("hub", "1", .infeasible, "economy", ["#economy", "oil", "gas", "pipeline"])]
        for index in 0..<8 {
            items.append(item("same\(index)", "1", .feasible, "economy", ["#economy", "oil", "gas", "pipeline"]))
        }
        for index in 0..<3 {
            items.append(item("other\(index)", "2", .feasible, "economy", ["#economy", "oil", "pipeline", "tanker\(index)"]))
        }
        let links = linker.links(items)
        let hubLinks = links.filter { $0.from == "hub" || $0.to == "hub" }
        #expect(hubLinks.count == Fixtures.profile.detector.maxLinksPerArgument)
        let partners = Set(hubLinks.map { $0.from == "hub" ? $0.to : $0.from })
        #expect(partners.isSuperset(of: ["other0", "other1", "other2"]), "cross-article links come first: \(partners)")
    }

    @Test func workGrowsWithSharedTermsNotWithAllPairs() {
        // 2,000 arguments in 400 small topics: all-pairs would be ~1,000,000 comparisons.
        var items: [LinkableArgument] = []
        for index in 0..<2_000 {
            let topic = index % 400
            items.append(item("x\(index)", "\(index % 50)", (index / 400) % 2 == 0 ? .feasible : .infeasible, "economy",
                              ["word\(topic)", "term\(topic)", "unique\(index)"]))
        }
        let result = linker.linksCountingWork(items)
        #expect(!result.links.isEmpty)
        #expect(result.accumulations < 50_000, "\(result.accumulations) accumulations")
    }

    @Test func argumentMapAnswersForBothEnds() {
        let a = Argument(id: "a", articleID: "1", range: TextRange(0, 5), stance: .feasible, theme: "economy", speaker: "author", origin: .auto)
        let b = Argument(id: "b", articleID: "2", range: TextRange(0, 5), stance: .infeasible, theme: "economy", speaker: "author", origin: .auto)
        let map = ArgumentMap(arguments: [a, b], links: [ContradictionLink(from: "a", to: "b", origin: .auto, score: 0.5)])
        #expect(map.contradictions(of: "a").map(\.id) == ["b"])
        #expect(map.contradictions(of: "b").map(\.id) == ["a"])
    }
}

@Suite struct DetectorParameterTests {
    @Test func featureOrdinalsFollowDeclarationOrder() {
        for (index, feature) in SentenceFeature.allCases.enumerated() { #expect(feature.ordinal == index, "\(feature)") }
    }

    @Test func everyFeatureHasAPriorAndTheShippedWeightsAreKnownFeatures() {
        #expect(DetectorParameters.priorWeights.count == SentenceFeature.allCases.count + 1)
        let known = Set(SentenceFeature.allCases.map(\.rawValue) + ["bias"])
        #expect(Set(Fixtures.profile.detector.weights.keys).isSubset(of: known))
    }
}
