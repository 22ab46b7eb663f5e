import CounterpointAnalysis
import CounterpointCore

/// The small corpus the TOML-map and W3C harnesses resolve quotes against: the opening of seed
/// article 000 under its real file name, so quotes from seeds/map.toml and from a W3C export of
/// the seeds still find their passage, plus a short second article for the importer's fallback search.
public enum FuzzFixtures {
    public static let article000File = "000_5cee30550d9bb713.txt"

    public static let article000Text = #"""
US Secretary of State Marco Rubio has announced his intention to halt the rapprochement between Russia and China, perceiving their alliance as not in the best intersts of America.As a staunch supporter of President Trump, Rubio is confident in the feasibility of this objective. However, it remains to be seen whether this approach is realistic for Washington.
Is this "Richard Nixon, but in reverse." The new US President, Donald Trump, is pursuing a similar approach to his predecessor, Richard Nixon, who successfully improved relations with the People's Republic of China (PRC) while weakening the Soviet Union. However, Trump's approach is moving in the opposite direction, as he is currently engaging in a flirtation with Moscow in an attempt to get it to put some distance between it and Beijing.This opinion is shared by several analysts in Russia and the United States. O
ver the past 15 years, these analysts have repeatedly cautioned Washington against isolating Russia or provoking conflict, emphasizing that such actions would only serve to strengthen the alliance between Moscow and Beijing in opposition to American dominance.This strategic outlook has proven to be accurate, as evidenced by the recent deepening of Russian and Chinese cooperation, underpinned by shared interests in politics and economics.
Many American, European and East Asian competitors have been replaced by Chinese companies in the Russian market, leading to a significant increase in trade turnover between the two countries, which grew by more than 150% between 2021 and 2024, reaching 244 billion dollars.The Donald Trump administration recognises the potential risks associated with deepening Russian-Chinese cooperation and is concerned about the implications of this relationship.As the United States considers the implications of these developments, it is important to recognise the shared interests of both countries in this area. If this trend continues, we may find ourselves in a situation where Russia will not be able to improve its relations with the United States, whether it wants to or not," says US Secretary of State Marco Rubio.
"""#

    public static let article001Text = """
        Beijing and Moscow will not be split. Their trade grew again last year. \
        Critics answer that the partnership is shallow. "It is a marriage of convenience," one analyst said.

        A reader comment: Nixon went to China in 1972, but times have changed.
        """

    public static let articles: [Article] = [
        ArticleBuilder.build(id: "000", file: article000File, text: article000Text, entry: nil),
        ArticleBuilder.build(id: "001", file: "001_2df307eab493ad2d.txt", text: article001Text, entry: nil),
    ]

    /// The seed profile's stances and themes without its vocabulary: enough for the map loader's
    /// checks, small enough that building it once costs nothing.
    public static let profileTOML = """
        [profile]
        split_stance = "feasible"
        bond_stance = "infeasible"
        topic = ["reverse Nixon", "split", "pull * away", "rapprochement"]

        [[profile.parties]]
        id = "russia"
        name = "Russia"
        role = "bloc"
        aliases = ["Russia", "Moscow", "Putin", "Russian"]

        [[profile.parties]]
        id = "china"
        name = "China"
        role = "bloc"
        aliases = ["China", "Beijing", "Xi", "Chinese"]

        [[profile.parties]]
        id = "us"
        name = "United States"
        role = "outsider"
        aliases = ["United States", "Washington", "Trump", "Rubio", "US"]

        [[profile.cues]]
        stance = "feasible"
        terms = ["opening", "opportunity", "confident"]

        [[profile.cues]]
        stance = "infeasible"
        terms = ["unrealistic", "will not", "deepening"]

        \(themes)
        """

    private static let themes = ["economy", "personal-ties", "shared-vision", "history", "trust", "asymmetry",
                                 "friction", "diplomacy", "china-counter", "costs"]
        .map { "[[profile.themes]]\nid = \"\($0)\"\nterms = [\"\($0)\"]\n" }
        .joined(separator: "\n")

    public static let profile: QuestionProfile = {
        // The fixture is ours: failing to parse it is a bug in this file, not a fuzzing finding.
        do { return try ProfileLoader.parse(profileTOML, file: "fixture-profile.toml") } catch {
            fatalError("fuzz fixture profile does not load: \(error)")
        }
    }()
}
