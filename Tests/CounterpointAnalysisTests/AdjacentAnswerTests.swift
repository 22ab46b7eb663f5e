import CounterpointCore
import Testing
@testable import CounterpointAnalysis

/// An argument that opens with "However" or rebuts the argument of the other side right before it
/// is linked to it, even when the two share no content words.
@Suite struct AdjacentAnswerTests {
    @Test func aRebuttalRightAfterAClaimIsLinkedToIt() throws {
        let article = Fixtures.article(id: "n1", paragraphs: [[
            "Moscow resents being the junior partner of Beijing, and Russian officials say the Kremlin wants closer ties with Washington.",
            "However, there is no evidence that Russia will abandon its partnership with China.",
        ]])
        let map = Fixtures.analyzer.map(articles: [article], curated: nil, source: .auto)
        try #require(map.arguments.count == 2, "\(map.arguments.map(\.id))")
        #expect(map.arguments[0].stance != map.arguments[1].stance)
        let link = map.links.first { Set([$0.from, $0.to]) == Set(map.arguments.map(\.id)) }
        #expect(link?.score == 1, "an adjacent answer, not a similarity link: \(map.links)")
        var tokenizer = Fixtures.analyzer.makeTokenizer()
        let items = Fixtures.analyzer.detectLinkable(in: article, tokenizer: &tokenizer)
        #expect(items.last?.answers == items.first?.argument.id)
    }

    @Test func aContrastThatIsNotAnArgumentLinksNothing() {
        let article = Fixtures.article(id: "n2", paragraphs: [[
            "Russia is unlikely to abandon its relationship with China, whatever Washington offers.",
            "However, the weather in Moscow was cold on Tuesday.",
        ]])
        let map = Fixtures.analyzer.map(articles: [article], curated: nil, source: .auto)
        #expect(map.links.isEmpty, "\(map.links)")
    }

    @Test func sameStanceNeighboursAreNotAnswers() {
        let article = Fixtures.article(id: "n3", paragraphs: [[
            "Russia is unlikely to abandon its relationship with China, whatever Washington offers.",
            "But the two countries also share a deep hostility to the Western-led order, so the partnership will endure.",
        ]])
        var tokenizer = Fixtures.analyzer.makeTokenizer()
        let items = Fixtures.analyzer.detectLinkable(in: article, tokenizer: &tokenizer)
        #expect(items.allSatisfy { $0.answers == nil }, "\(items.map { ($0.argument.stance, $0.answers) })")
    }
}
