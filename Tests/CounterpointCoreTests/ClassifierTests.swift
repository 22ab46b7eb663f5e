import Testing
@testable import CounterpointCore

/// Block kinds on constructed pages: each heuristic on text that is not from the seeds.
@Suite struct ClassifierTests {
    static let prose = [
        "The European Union agreed on new sanctions against Iran after months of talks in Brussels, officials said on Monday.",
        "Diplomats from France and Germany argued that the sanctions would push Iran to return to the nuclear negotiations.",
        "Critics in Tehran said the sanctions would only harden the position of the government and hurt ordinary Iranians.",
        "Analysts expect the sanctions to reduce oil exports from Iran by a third over the coming year, according to estimates.",
        "The nuclear talks have stalled since the last round in Vienna, where Iran rejected a proposal from the European side.",
        "Officials in Brussels insist that the door to negotiations remains open if Iran accepts inspections of its sites.",
        "Oil markets reacted calmly to the news, with prices rising slightly as traders weighed the effect of the sanctions.",
        "Several members of the European Parliament called the sanctions overdue and demanded further steps against Iran.",
    ]

    @Test func titleHeadingsAndBodyFromShape() {
        let text = ["Europe Tightens the Screws on Iran"] + Self.prose[0..<3] + ["WHAT COMES NEXT"] + Self.prose[3..<5]
            + ["The Oil Question"] + Self.prose[5..<8]
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article) == [.title, .body, .body, .body, .heading, .body, .body, .heading, .body, .body, .body])
        #expect(article.title == "Europe Tightens the Screws on Iran")
        #expect(article.titleSource == .text)
    }

    @Test func furnitureCuesAndListsOfOtherPages() {
        let text = Self.prose[0..<4] + [
            "Get our weekly briefing!", "Sign up for the newsletter", "Check your inbox to confirm your subscription",
        ] + Self.prose[4..<8] + [
            "Advertisement", "Visited 12 times, 3 visit(s) today", "Share this:", "Related Posts",
            "Iran unveils new drone at Tehran parade", "The parade featured long-range missiles and a new drone.",
        ]
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article) == [.body, .body, .body, .body, .boilerplate, .boilerplate, .boilerplate,
                                               .body, .body, .body, .body, .boilerplate, .boilerplate, .boilerplate,
                                               .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func faqAndDidYouKnowAreContentButCommentPromptsAreNot() {
        let text = Self.prose[0..<5] + [
            "FAQ", "Q: Will the sanctions on Iran work?", "A: Most analysts doubt the sanctions will change the course of Iran.",
            "Did you know? Iran holds the second largest gas reserves in the world.",
            "What do you make of the new sanctions on Iran? Let us know in the comments below!",
        ]
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article).suffix(5) == [.heading, .body, .body, .body, .boilerplate])
    }

    @Test func pullQuoteRepeatsABodySentence() {
        let text = Self.prose[0..<3] + ["Critics said the sanctions would only harden the position of the government."]
            + Self.prose[3..<6]
        let article = TestSupport.clean(text.joined(separator: "\n\n"))
        #expect(TestSupport.kinds(article) == [.body, .body, .body, .pullquote, .body, .body, .body])
    }

    @Test func editorsPrefaceUpToTheByline() {
        let text = [
            "Editor's note: we are republishing this analysis because it explains the new sanctions better than most coverage we have seen.",
            "By Maria Lopez, Senior Fellow. Originally published at Example Review",
            "How Europe Learned to Sanction",
        ] + Self.prose
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article).prefix(4) == [.preface, .preface, .title, .body])
        #expect(article.blocks[0].speaker == "editor")
    }

    @Test func bylineAloneIsFurniture() {
        let text = ["How Europe Learned to Sanction", "By Maria Lopez and Tom Weber"] + Self.prose
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article).prefix(3) == [.title, .boilerplate, .body])
    }

    @Test func datesShareButtonsInsertedLinksAndCreditsAreFurniture() {
        let text = ["Europe Tightens the Screws on Iran", "By Maria Lopez | Reuters", "March 3, 2025 at 10:15 am",
                    "Facebook Twitter LinkedIn Email"] + Self.prose[0..<4]
            + ["Read more: Iran unveils a new drone at a Tehran parade"] + Self.prose[4..<8]
            + ["This article was originally published by Example Review."]
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article) == [.title, .boilerplate, .boilerplate, .boilerplate, .body, .body, .body, .body,
                                               .boilerplate, .body, .body, .body, .body, .boilerplate])
    }

    @Test func aLedeStartingWithByIsNotAByline() {
        let text = ["By Friday, Iran had rejected the proposal from the European side, officials in Brussels said."]
            + Self.prose
        let article = TestSupport.clean(text.joined(separator: "\n"))
        #expect(TestSupport.kinds(article).allSatisfy { $0 == .body })
    }

    static let comments = [
        "I think the sanctions are pointless, they never worked before.",
        "You are missing the point. Oil is what matters here!",
        "https://example.com/some-chart",
        "> the door to negotiations remains open",
        "Yeah right, I have heard that for twenty years.",
        "Thanks for posting this.",
        "My guess is nothing changes and we all pay more for fuel.",
        "Does anyone know when the next round of talks is?",
    ]

    @Test func readerCommentsAfterTheArticle() {
        let article = TestSupport.clean((Self.prose + Self.comments).joined(separator: "\n"))
        #expect(Array(TestSupport.kinds(article).prefix(8)) == Array(repeating: .body, count: 8))
        #expect(Array(TestSupport.kinds(article).suffix(8)) == Array(repeating: .comment, count: 8))
        #expect(article.blocks.last?.speaker == "commenter")
    }

    @Test func firstPersonOpinionWritingIsNotMistakenForComments() {
        let opinion = [
            "I have covered Iran for twenty years, and I have rarely seen Europe as united on sanctions as it is today.",
            "We should be honest about what sanctions can do: they raise costs, but they seldom change a regime's course.",
            "In my view, the European Union is right to act, but it must pair the sanctions with a credible offer of talks.",
            "Our leaders in Brussels have said the door to negotiations remains open, and I believe they mean it this time.",
            "Yet I worry that the sanctions will hurt ordinary Iranians far more than the government that they target.",
            "You only need to look at the price of medicine in Tehran to see how sanctions reach the poorest families first.",
            "We have been here before, in 2012, when sanctions brought Iran to the table but left deep resentment behind.",
            "I hope that this time Europe remembers that lesson and keeps humanitarian channels open from the very start.",
        ]
        let article = TestSupport.clean((Self.prose + opinion).joined(separator: "\n"))
        #expect(!TestSupport.kinds(article).contains(.comment))
    }

    @Test func pastedGlossaryInsideCommentsIsFurniture() {
        let glossary = [
            "https://example.org/wiki/Glossary_of_sailing", "Abeam", "At right angles to the keel of the boat.",
            "Aft", "Towards the stern of the vessel.", "Bowline", "A knot forming a fixed loop at the end of a line.",
            "Cleat", "A fitting to which a rope is tied.",
        ]
        let article = TestSupport.clean((Self.prose + Self.comments.prefix(4) + glossary + Self.comments.suffix(4))
            .joined(separator: "\n"))
        let kinds = TestSupport.kinds(article)
        #expect(kinds.prefix(8) == ArraySlice(repeating: .body, count: 8))
        #expect(kinds[8..<12] == ArraySlice(repeating: .comment, count: 4))
        #expect(kinds[12..<21] == ArraySlice(repeating: .boilerplate, count: 9))
        #expect(kinds.suffix(4) == ArraySlice(repeating: .comment, count: 4))
    }
}
