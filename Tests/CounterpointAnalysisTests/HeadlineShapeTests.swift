import CounterpointCore
import Testing
@testable import CounterpointAnalysis

/// Headlines left in the body by a scrape are never arguments; sentences full of names are not
/// headlines.
@Suite struct HeadlineShapeTests {
    static func tokens(_ sentence: String) -> [Token] {
        var tokenizer = Fixtures.analyzer.makeTokenizer()
        let source = SourceText(sentence)
        return tokenizer.tokens(in: source, range: TextRange(0, source.count))
    }

    @Test(arguments: [
        "Could Washington Really Pry Moscow Away From Beijing?",
        "Why The Kremlin Will Never Abandon Its Eastern Partner",
    ])
    func titleCaseIsAHeadlineAnywhere(_ sentence: String) {
        #expect(HeadlineShape.matches(Self.tokens(sentence), aloneInBlock: false))
    }

    @Test func anUnpunctuatedLineAloneIsAHeadline() {
        let line = "Why the White House cannot peel Moscow away"
        #expect(HeadlineShape.matches(Self.tokens(line), aloneInBlock: true))
        #expect(!HeadlineShape.matches(Self.tokens(line), aloneInBlock: false))
    }

    @Test(arguments: [
        "Russian President Vladimir Putin and Chinese President Xi Jinping Signed Several Agreements.",
        "Moscow will not trade its partnership with Beijing for promises from Washington.",
        "Russia needs China more than China needs Russia",
    ])
    func proseIsNotAHeadline(_ sentence: String) {
        #expect(!HeadlineShape.matches(Self.tokens(sentence), aloneInBlock: false))
    }

    @Test func aHeadlineGluedToTheFirstParagraphIsNotAnArgument() {
        let article = Fixtures.article(id: "h1", paragraphs: [[
            "Can Washington Lure Moscow Away From Beijing?",
            "Russia is unlikely to abandon its partnership with China, whatever Washington offers.",
        ]])
        let arguments = Fixtures.analyzer.map(articles: [article], curated: nil, source: .auto).arguments
        #expect(!arguments.contains { article.displayText($0.range).text.hasPrefix("Can Washington") }, "\(arguments.map(\.cues))")
        #expect(arguments.contains { article.displayText($0.range).text.hasPrefix("Russia is unlikely") })
    }
}
