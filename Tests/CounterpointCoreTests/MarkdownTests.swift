import Testing
@testable import CounterpointCore

@Suite struct MarkdownTests {
    @Test func atxAndSetextHeadingsBecomeHeadingBlocks() {
        let text = """
        # The Title ##

        Opening paragraph about Russia and China with enough words to count as prose here.

        Section Two
        -----------

        Body text under the second section, again long enough to be prose for the reader.

        ### Third section

        Final paragraph about the relationship between Moscow and Beijing in recent years.
        """
        let article = TestSupport.clean(text, format: .markdown)
        #expect(TestSupport.kinds(article) == [.title, .body, .heading, .body, .heading, .body])
        #expect(TestSupport.displayed(article)[0] == "The Title")
        #expect(TestSupport.displayed(article)[2] == "Section Two")
        #expect(article.title == "The Title")
        #expect(article.titleSource == .text)
        // The heading range leaves the markers out: it points at the raw heading words.
        #expect(article.rawText(article.blocks[0].range) == "The Title")
    }

    @Test func inlineMarkupIsHiddenAndLinkTextKept() {
        let text = "Analysts say the **reverse Nixon** is _flawed_, see [the paper](https://example.com/a_(b)) and `code` plus ![chart](c.png) and <b>tags</b> and <https://example.org>. Escaped \\*stars\\* stay."
        let article = TestSupport.clean(text, format: .markdown)
        #expect(TestSupport.displayed(article) == [
            "Analysts say the reverse Nixon is flawed, see the paper and code plus and tags and https://example.org. Escaped *stars* stay.",
        ])
        let sentences = article.blocks[0].sentences.map { article.displayText($0.range).text }
        #expect(sentences.count == 2)
    }

    @Test func intrawordUnderscoresAndLoneAsterisksStay() {
        let article = TestSupport.clean("The snake_case_name and 2 * 3 * 4 stay as written here.", format: .markdown)
        #expect(TestSupport.displayed(article) == ["The snake_case_name and 2 * 3 * 4 stay as written here."])
    }

    @Test func listItemsAreBlocksWithoutTheirBullets() {
        let text = "Intro paragraph about the question.\n\n- First point about trade.\n- Second point\n  continues here.\n1. Numbered point.\n"
        let article = TestSupport.clean(text, format: .markdown)
        #expect(TestSupport.displayed(article) == [
            "Intro paragraph about the question.", "First point about trade.", "Second point continues here.", "1. Numbered point.",
        ])
        #expect(article.rawText(article.blocks[1].range) == "First point about trade.")
        let numbered = article.blocks[3].sentences.map { article.displayText($0.range).text }
        #expect(numbered == ["Numbered point."])
    }

    @Test func blockquoteMarkersAreHidden() {
        let text = "> Quoted passage from the Kremlin\n> that continues on a second line.\n\nAfter the quote."
        let article = TestSupport.clean(text, format: .markdown)
        #expect(TestSupport.displayed(article) == [
            "Quoted passage from the Kremlin that continues on a second line.", "After the quote.",
        ])
    }

    @Test func frontMatterCodeAndRulesAreNotArticleText() {
        let text = "---\ntitle: x\n---\nFirst paragraph of the article.\n\n***\n\n```swift\nlet x = 1\n```\n\n[ref]: https://example.com\n"
        let article = TestSupport.clean(text, format: .markdown)
        #expect(TestSupport.displayed(article) == ["First paragraph of the article.", "let x = 1"])
        #expect(TestSupport.kinds(article) == [.body, .boilerplate])
    }

    @Test func hiddenMarkupKeepsRawPositions() {
        let text = "Some **bold claim** here."
        let article = TestSupport.clean(text, format: .markdown)
        let display = article.displayText(article.blocks[0].range)
        #expect(display.text == "Some bold claim here.")
        let bold = display.text.unicodeScalars.split(separator: " ")[1]
        #expect(String(String.UnicodeScalarView(bold)) == "bold")
        // "bold" is displayed at index 5 and comes from raw offset 7 (after the two asterisks).
        #expect(display.offsets[5] == 7)
    }
}
