import CounterpointCore
import Testing
@testable import CounterpointAnalysis

/// Two op-eds written for these tests (not taken from the seeds): one arguing a split cannot work,
/// one arguing it can, each with background sentences that are not arguments.
@Suite struct NewArticleTests {
    static let sceptic = Fixtures.article(id: "t01", paragraphs: [
        [
            "The two presidents met in Astana on Tuesday for their forty-second summit.",
            "The talks were announced last week by both foreign ministries.",
            "Reporters waited outside the hall for most of the afternoon.",
        ],
        [
            "Washington's hope of prying Moscow away from Beijing is a fantasy.",
            "Russia now sells most of its oil to China, and its economy depends on Chinese machinery and markets.",
            "That dependence will not fade because an American president offers a handshake.",
        ],
        [
            "Some analysts argue that Russia resents its role as the junior partner.",
            "There is no evidence for this claim.",
            "Putin and Xi share a deep hostility toward the Western order, and they will not abandon each other.",
        ],
        [
            "The delegation toured a factory in the afternoon.",
            "The visit ended with a dinner for two hundred guests.",
            "Any American offer could be reversed by the next administration, so the Kremlin has every reason to distrust it.",
        ],
    ])

    static let optimist = Fixtures.article(id: "t02", paragraphs: [
        [
            "The conference took place in Geneva in March.",
            "Moscow chafes at its growing dependence on Chinese markets, and that resentment gives Washington an opening.",
            "Old border disputes and rivalry in Central Asia still divide the two neighbours.",
            "A thaw with the United States would let the Kremlin reduce its reliance on Beijing.",
        ],
    ])

    static let backgroundSentences = [
        "The two presidents met in Astana on Tuesday for their forty-second summit.",
        "The talks were announced last week by both foreign ministries.",
        "The delegation toured a factory in the afternoon.",
        "The conference took place in Geneva in March.",
        "Reporters waited outside the hall for most of the afternoon.",
        "The visit ended with a dinner for two hundred guests.",
    ]

    func text(_ argument: Argument, _ article: Article) -> String { article.rawText(argument.range) }

    @Test func backgroundIsNotAnArgument() {
        for article in [Self.sceptic, Self.optimist] {
            let found = Fixtures.analyzer.detect(in: article).map { text($0, article) }
            for sentence in Self.backgroundSentences {
                #expect(!found.contains { $0.contains(sentence) }, "flagged background: \(sentence)")
            }
        }
    }

    @Test func theScepticsArgumentsAreFoundWithTheirStance() throws {
        let arguments = Fixtures.analyzer.detect(in: Self.sceptic)
        func stance(of prefix: String) throws -> Stance {
            let argument = try #require(arguments.first { text($0, Self.sceptic).hasPrefix(prefix) }, "not detected: \(prefix)")
            return argument.stance
        }
        #expect(try stance(of: "Washington's hope of prying") == .infeasible)
        #expect(try stance(of: "Russia now sells most of its oil") == .infeasible)
        #expect(try stance(of: "Putin and Xi share a deep hostility") == .infeasible)
        #expect(try stance(of: "Any American offer could be reversed") == .infeasible)
        // The reported claim and its rebuttal: the rebuttal takes the opposite side.
        #expect(try stance(of: "Some analysts argue") == .feasible)
        #expect(try stance(of: "There is no evidence") == .infeasible)
    }

    @Test func speakersConfidenceAndCuesAreFilledIn() throws {
        let arguments = Fixtures.analyzer.detect(in: Self.sceptic)
        let reported = try #require(arguments.first { text($0, Self.sceptic).hasPrefix("Some analysts argue") })
        #expect(reported.speaker == "analysts" || reported.speaker == "Some analysts")
        for argument in arguments {
            #expect(argument.origin == .auto)
            #expect(argument.confidence >= Fixtures.analyzer.parameters.threshold && argument.confidence <= 1)
            #expect(!argument.cues.isEmpty)
            #expect(Fixtures.profile.theme(id: argument.theme) != nil)
            #expect(argument.id.hasPrefix("t01-a"))
        }
    }

    @Test func theOptimistTakesTheOtherSide() {
        let arguments = Fixtures.analyzer.detect(in: Self.optimist)
        #expect(arguments.count >= 3)
        #expect(arguments.allSatisfy { $0.stance == .feasible }, "\(arguments.map { ($0.stance, $0.cues) })")
    }

    @Test func opposingArgumentsAreLinkedAcrossArticles() throws {
        let map = Fixtures.analyzer.map(articles: [Self.sceptic, Self.optimist], curated: nil, source: .auto)
        #expect(!map.links.isEmpty)
        for link in map.links {
            let from = try #require(map.argument(id: link.from))
            let to = try #require(map.argument(id: link.to))
            #expect(from.stance != to.stance)
            #expect(link.origin == .auto)
        }
        // The dependence claims answer each other.
        let dependence = try #require(map.arguments.first { text($0, Self.sceptic).hasPrefix("Russia now sells") })
        let chafes = try #require(map.arguments.first { text($0, Self.optimist).hasPrefix("Moscow chafes") })
        #expect(map.contradictions(of: dependence.id).contains { $0.id == chafes.id })
        #expect(map.contradictions(of: chafes.id).contains { $0.id == dependence.id }, "links are symmetric")
    }

    @Test func commentsAreSpokenByTheCommenter() throws {
        let article = Fixtures.article(id: "t03", paragraphs: [
            ["Washington will never pull Russia away from China."],
            ["Russia will not abandon China, because Beijing buys its oil and gas."],
        ], kinds: [.body, .comment])
        let arguments = Fixtures.analyzer.detect(in: article)
        let comment = try #require(arguments.first { text($0, article).hasPrefix("Russia will not abandon") })
        #expect(comment.speaker == "commenter")
    }

    @Test func boilerplateAndPullQuotesAreNeverArguments() {
        let sentence = "Russia will never abandon China, because its economy depends on Chinese markets."
        let article = Fixtures.article(id: "t04", paragraphs: [[sentence], [sentence]], kinds: [.boilerplate, .pullquote])
        #expect(Fixtures.analyzer.detect(in: article).isEmpty)
    }
}
