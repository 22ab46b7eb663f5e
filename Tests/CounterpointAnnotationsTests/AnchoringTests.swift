import CounterpointCore
import Testing
@testable import CounterpointAnnotations

@Suite struct AnchoringTests {
    let original = Fixtures.article(Fixtures.essay)
    let passage = "Moscow depends on Beijing for trade, and the two leaders meet often."

    func target() -> TextTarget {
        TextTarget(article: original, range: Fixtures.range(of: passage, in: original))
    }

    func edited(_ transform: (String) -> String) -> Article {
        Fixtures.article(transform(Fixtures.essay))
    }

    @Test func targetKeepsThirtyTwoScalarsOfContext() {
        let target = target()
        #expect(target.quote.exact == passage)
        #expect(target.quote.prefix.unicodeScalars.count == 32)
        #expect(target.quote.suffix.unicodeScalars.count == 32)
        #expect(target.quote.prefix.hasSuffix("Many analysts doubt it. "))
        #expect(target.article.contentHash == original.source.contentHash)
    }

    @Test func unchangedTextIsAnchoredAtItsPosition() {
        let anchor = Anchoring.locate(target(), in: original.source)
        #expect(anchor == Anchor(status: .anchored, range: Fixtures.range(of: passage, in: original)))
    }

    @Test func insertionBeforeThePassageMovesIt() {
        let changed = edited { "An editor's note added at the top.\n\n" + $0 }
        let anchor = Anchoring.locate(target(), in: changed.source)
        #expect(anchor.status == .moved)
        #expect(anchor.range == Fixtures.range(of: passage, in: changed))
    }

    @Test func editAfterThePassageKeepsItAnchored() {
        let changed = edited { $0 + " A closing line." }
        let anchor = Anchoring.locate(target(), in: changed.source)
        #expect(anchor == Anchor(status: .anchored, range: Fixtures.range(of: passage, in: original)))
    }

    @Test func slightlyEditedPassageIsFoundByFuzzyMatch() throws {
        let changed = edited {
            "Preface. " + $0.replacingOccurrences(of: "leaders meet often", with: "leaders met frequently")
        }
        let anchor = Anchoring.locate(target(), in: changed.source)
        #expect(anchor.status == .moved)
        let expected = Fixtures.range(of: "Moscow depends on Beijing for trade, and the two leaders met frequently.", in: changed)
        let range = try #require(anchor.range)
        #expect(abs(range.start - expected.start) <= 1 && abs(range.end - expected.end) <= 1)
    }

    @Test func removedPassageIsOrphanedNotMisplaced() {
        let changed = edited { $0.replacingOccurrences(of: passage + " ", with: "") }
        #expect(Anchoring.locate(target(), in: changed.source) == .orphan)
    }

    @Test func repeatedQuoteIsChosenByContext() {
        let text = "Alpha says the deal is off. Beta says the deal is off. Gamma says the deal is off."
        let article = Fixtures.article(text)
        let second = Fixtures.range(of: "the deal is off", in: article, occurrence: 2)
        let target = TextTarget(article: article, range: second)
        // Shift everything so the stored position no longer holds the quote.
        let changed = Fixtures.article("Minutes: " + text)
        let anchor = Anchoring.locate(target, in: changed.source)
        #expect(anchor.status == .moved)
        #expect(anchor.range == Fixtures.range(of: "the deal is off", in: changed, occurrence: 2))
    }

    @Test func repeatedQuoteWithoutContextPrefersTheOldPosition() {
        let text = String(repeating: "same words here. ", count: 6)
        let article = Fixtures.article(text)
        let fourth = Fixtures.range(of: "same words here.", in: article, occurrence: 4)
        var target = TextTarget(article: article, range: fourth)
        target.quote.prefix = ""
        target.quote.suffix = ""
        target.position = TextPositionSelector(start: fourth.start + 3, end: fourth.end + 3)
        let anchor = Anchoring.locate(target, in: Fixtures.article(text + "!").source)
        #expect(anchor.range == fourth)
    }

    @Test func offsetsCountUnicodeScalarsNotCharacters() {
        // "é" as e + combining accent and a ZWJ emoji: several scalars, one Character each.
        let text = "Cafe\u{301} talk 👨‍👩‍👧 then the key sentence follows here. End."
        let article = Fixtures.article(text)
        let range = Fixtures.range(of: "the key sentence follows here.", in: article)
        let prefixScalars = Array(text.unicodeScalars).count - Array("the key sentence follows here. End.".unicodeScalars).count
        #expect(range.start == prefixScalars)
        let target = TextTarget(article: article, range: range)
        let changed = Fixtures.article("New: " + text)
        let anchor = Anchoring.locate(target, in: changed.source)
        #expect(anchor.range == TextRange(range.start + 5, range.end + 5))
        #expect(changed.source.slice(anchor.range!) == "the key sentence follows here.")
    }

    @Test func shortQuoteNeedsContextForFuzzyMatch() {
        let article = Fixtures.article("One two three. The cat sat. Four five six.")
        let target = TextTarget(article: article, range: Fixtures.range(of: "The cat sat.", in: article))
        let unrelated = Fixtures.article("Completely different words: the bat sat somewhere else entirely today.")
        #expect(Anchoring.locate(target, in: unrelated.source) == .orphan)
    }
}
