import Testing
@testable import CounterpointCore

/// The seeds' tricky spots: each expected sentence must come out whole, exactly as displayed.
@Suite struct SeedSegmentationTests {
    struct Spot: CustomTestStringConvertible, Sendable {
        var article: String
        var sentence: String
        var testDescription: String { "\(article): \(sentence.prefix(50))" }
    }

    static let spots: [Spot] = [
        // glued sentences, split and shown with a space
        Spot(article: "000", sentence: "As a staunch supporter of President Trump, Rubio is confident in the feasibility of this objective."),
        Spot(article: "000", sentence: "This opinion is shared by several analysts in Russia and the United States."),
        Spot(article: "000", sentence: "However, in private discussions, experts from the People's Republic of China (PRC) express a slightly more cautious outlook."),
        Spot(article: "000", sentence: "Chinese journalists share this perspective, emphasising that the relationship between Moscow and Beijing is distinctive and, in some respects, pioneering, particularly when viewed in contrast to the \"exclusive Western blocs.\""),
        Spot(article: "000", sentence: "In other words, Russia will not abandon cooperation with Beijing, New Delhi and a number of other capitals of developing countries for the sake of an illusory restoration of relations with the West."),
        // a word broken across a line break
        Spot(article: "000", sentence: "Over the past 15 years, these analysts have repeatedly cautioned Washington against isolating Russia or provoking conflict, emphasizing that such actions would only serve to strengthen the alliance between Moscow and Beijing in opposition to American dominance."),
        // closing quote after the period, then a normal space
        Spot(article: "000", sentence: "Is this \"Richard Nixon, but in reverse.\""),
        Spot(article: "000", sentence: "\"It unites countries that are not currently leaders in various parameters of economic and social growth; these growth centers have moved to other regions of the globe.\""),
        // ellipsis inside a sentence
        Spot(article: "000", sentence: "The relations between China and Russia have... unique strategic value."),
        // percentages and numbers
        Spot(article: "000", sentence: "Many American, European and East Asian competitors have been replaced by Chinese companies in the Russian market, leading to a significant increase in trade turnover between the two countries, which grew by more than 150% between 2021 and 2024, reaching 244 billion dollars."),
        // headings and question marks
        Spot(article: "001", sentence: "What Does This Mean for Europe?"),
        Spot(article: "001", sentence: "Did you know?"),
        Spot(article: "001", sentence: "Q: Is the Russia-China partnership truly “unlimited”?"),
        Spot(article: "001", sentence: "Still, his vulnerabilities are increasingly apparent – evidenced by perceived failures in Venezuela, a reluctance to fully support Iran, and the weakening of the Assad regime in Syria."),
        Spot(article: "001", sentence: "Share your insights in the comments below!"),
        // month abbreviations, U.S., and initials
        Spot(article: "002", sentence: "Since coming to office on Jan. 20, U.S. President Donald Trump has directed his administration to engage with Moscow to find a resolution to the Ukraine war, bypassing the governments of Europe, as well as the PRC, in the peace process."),
        Spot(article: "002", sentence: "Initial talks between the U.S. and Russia were held between the countries’ top diplomats at a Feb. 18 (Tuesday) in Riyadh, capital of Saudi Arabia."),
        Spot(article: "002", sentence: "In a Feb. 17 entry of its newsletter, SinoInsider analysts wrote that depending on Russian President Vladimir Putin’s attitude towards balancing relations with the U.S. and PRC, the Trump administration might be able to arrange a “reverse Nixon” by distancing Russia from Beijing."),
        Spot(article: "002", sentence: "Vice President JD Vance, in comments to the Wall Street Journal, said, “It’s not in Putin’s interest to be the little brother in a coalition with China.”"),
        Spot(article: "002", sentence: "Bilateral trade between Russia and China has grown by billions in recent years, starting from around US$140 billion in 2019 to over US$240 billion in 2024."),
        Spot(article: "002", sentence: "“Is it right for us to be celebrating foreign holidays when the special military operation is still in progress?” he questioned."),
        Spot(article: "002", sentence: "In statements to the outlet, the White House called China’s plan “not viable at all.”"),
        // Ph.D. and Oct. 31 in the byline and lede
        Spot(article: "003", sentence: "By Linggong Kong, Ph.D. Candidate in Political Science, Auburn University."),
        Spot(article: "003", sentence: "Originally published at The Conversation"),
        Spot(article: "003", sentence: "In an Oct. 31, 2024, interview with right-wing pundit Tucker Carlson, President Donald Trump argued that the United States under Joe Biden had, in his mind erroneously, pushed China and Russia together."),
        Spot(article: "003", sentence: "“I’m going to have to un-unite them, and I think I can do that, too,” Trump said."),
        // dashes "–-" and "–"
        Spot(article: "003", sentence: "Not only is Russia unlikely to abandon its relationship with China, but many in Beijing view Trump’s handling of the Russia-Ukraine war –- and his foreign policy more broadly – as a projection of weakness, not strength."),
        // a comma glued to the next word displays with a space; U.S. ends a sentence
        Spot(article: "003", sentence: "The two countries, whose relationship has grown steadily close since the fall of the Soviet Union, have increasingly shared major strategic goals – chief among them, challenging the Western liberal order led by the U.S."),
        Spot(article: "003", sentence: "In 2024, bilateral trade between China and Russia reached a record high of US$237 billion, and Russia now relies heavily on China as a key buyer of its oil and gas."),
        // comments: ellipsis glued to a word, exclamation, spaced ellipsis, quote-reply marker
        Spot(article: "003", sentence: "Shhhh…the plan to split China and Russia is a US national security SECRET!"),
        Spot(article: "003", sentence: "“As a student of history, which I am . . . .”"),
        Spot(article: "003", sentence: "Russia in former Soviet satellite states,"),
        Spot(article: "003", sentence: "Indeed, would it be worth it to the Russians to continue sending their air defense and EW systems to Iran if Trump & co. gave them an easier, earlier cessation to the Ukrainian war provided they stopped sending those systems there?"),
        Spot(article: "003", sentence: "https://www.youtube.com/watch?v=Vl3VSTcQaRs&ab_channel=EricChappell"),
        // em dashes without spaces, dollar amounts
        Spot(article: "004", sentence: "As great-power competition heats up again, today’s U.S. policymakers may be tempted to try to replicate that success by orchestrating a “reverse Kissinger”—pulling Russia closer to balance a rising China, in a reversal of what Kissinger did beginning in 1971, when he was serving as national security adviser to President Richard Nixon."),
        Spot(article: "004", sentence: "In 2023, bilateral trade topped $240 billion, its highest-ever value."),
        Spot(article: "004", sentence: "Trump’s self-professed affinity for the North Korean leader Kim Jong Un during his first term, for example, did not progress beyond effusive letters and two failed summits; it produced no significant shift in U.S.–North Korean relations."),
        Spot(article: "004", sentence: "Bill Gates Used to Own This $23.5 Million Florida Home."),
        Spot(article: "004", sentence: "Catch up on some of SCMP’s biggest China stories of the day."),
    ]

    @Test(arguments: spots)
    func sentenceComesOutWhole(_ spot: Spot) throws {
        let corpus = try TestSupport.loadSeeds()
        let article = try #require(corpus.article(id: spot.article))
        let sentences = article.sentences.map { article.displayText($0.range).text }
        #expect(sentences.contains(spot.sentence))
    }

    @Test func sentenceCountsPerSeed() throws {
        let corpus = try TestSupport.loadSeeds()
        let counts = corpus.articles.map { $0.blocks.reduce(0) { $0 + $1.sentences.count } }
        #expect(counts == [45, 45, 40, 182, 193])
    }
}
