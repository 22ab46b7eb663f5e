import Testing
@testable import CounterpointCore

/// Display repairs and paragraph shapes: every range stays a raw offset range.
@Suite struct CleanerRepairTests {
    @Test func wordBrokenByALineBreakIsOneWordInOneBlock() {
        let text = "This opinion is shared by several analysts in Russia and the United States. O\nver the past 15 years, they cautioned Washington.\nNext paragraph here."
        let article = TestSupport.clean(text)
        #expect(article.blocks.count == 2)
        #expect(TestSupport.displayed(article)[0]
                == "This opinion is shared by several analysts in Russia and the United States. Over the past 15 years, they cautioned Washington.")
        let sentences = article.blocks[0].sentences.map { article.displayText($0.range).text }
        #expect(sentences == ["This opinion is shared by several analysts in Russia and the United States.",
                              "Over the past 15 years, they cautioned Washington."])
        // The raw range still covers the line break.
        #expect(article.rawText(article.blocks[0].sentences[1].range).hasPrefix("O\nver"))
    }

    @Test func shortWordsAtALineEndAreNotJoinedToTheNextWord() {
        let article = TestSupport.clean("We went to a\nmeeting about China and its trade partners in Asia.\n")
        #expect(TestSupport.displayed(article) == ["We went to a meeting about China and its trade partners in Asia."])
    }

    @Test func lowercaseContinuationJoinsTheLine() {
        let text = "Trump’s transactional mindset = United States of Amnesia\n– so exceptional history doesn’t matter\n(except that grown-ups know it always does).\nA new line starts here."
        let article = TestSupport.clean(text)
        #expect(TestSupport.displayed(article) == [
            "Trump’s transactional mindset = United States of Amnesia – so exceptional history doesn’t matter (except that grown-ups know it always does).",
            "A new line starts here.",
        ])
    }

    @Test func hardWrappedParagraphsAreUnwrapped() {
        let text = """
        Russia and China have grown closer since the war began, and Beijing now
        buys most of the oil that Europe no longer takes from Moscow. Officials
        in Washington hope to reverse this, but few analysts think they can.

        Trade between the two countries reached a record high last year. China
        supplies machinery, cars and electronics; Russia sells energy and grain.
        Neither side wants to lose that.
        Short line.

        """
        let article = TestSupport.clean(text)
        let shown = TestSupport.displayed(article)
        #expect(shown.count == 3)
        #expect(shown[0].hasPrefix("Russia and China have grown closer") && shown[0].hasSuffix("few analysts think they can."))
        #expect(shown[1] == "Trade between the two countries reached a record high last year. China supplies machinery, cars and electronics; Russia sells energy and grain. Neither side wants to lose that.")
        #expect(shown[2] == "Short line.")
    }

    @Test func oneParagraphPerLineIsKept() throws {
        let corpus = try TestSupport.loadSeeds()
        let article = try #require(corpus.article(id: "002"))
        // 29 lines, each its own block.
        #expect(article.blocks.count == 29)
    }

    @Test func blocksAndSentencesAreTrimmedOrderedAndNested() throws {
        let corpus = try TestSupport.loadSeeds()
        for article in corpus.articles {
            var previousEnd = 0
            for block in article.blocks {
                #expect(block.range.start >= previousEnd, "\(article.id) block at \(block.range) overlaps")
                previousEnd = block.range.end
                #expect(!article.source[block.range.start].properties.isWhitespace)
                #expect(!article.source[block.range.end - 1].properties.isWhitespace)
                var sentenceEnd = block.range.start
                for sentence in block.sentences {
                    #expect(block.range.contains(sentence.range), "\(article.id) sentence \(sentence.range) outside block")
                    #expect(sentence.range.start >= sentenceEnd)
                    sentenceEnd = sentence.range.end
                    #expect(!article.source[sentence.range.start].properties.isWhitespace)
                    #expect(!article.source[sentence.range.end - 1].properties.isWhitespace)
                }
                #expect(!block.sentences.isEmpty)
            }
        }
    }

    @Test func gluedSentencesInTheSeedsDisplayWithASpace() throws {
        let corpus = try TestSupport.loadSeeds()
        let article = try #require(corpus.article(id: "000"))
        let first = article.displayText(article.blocks[0].range).text
        #expect(first.contains("intersts of America. As a staunch supporter"))
        #expect(article.rawText(article.blocks[0].range).contains("America.As"))
    }
}
