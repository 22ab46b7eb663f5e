import CounterpointAnalysis
import CounterpointCore
import Testing
@testable import CounterpointExport

@Suite("Labels and column order")
struct LabelAndLayoutTests {
    @Test("a short claim is the summary, else the first eight words with an ellipsis")
    func shortClaim() throws {
        let debate = try ExportFixtures.awkward()
        let a1 = try #require(debate.map.argument(id: "A-1"))
        #expect(ClaimText.short(a1, in: debate.corpus) == "Say \"yes\" \\ back{slash}")
        let b3 = try #require(debate.map.argument(id: "B-3"))
        #expect(ClaimText.short(b3, in: debate.corpus) == "It will work because trust grows.", "six words: not cut")
        #expect(ClaimText.short(b3, in: debate.corpus, words: 3) == "It will work…")
        let a2 = try #require(debate.map.argument(id: "A-2"))
        #expect(ClaimText.short(a2, in: debate.corpus).hasSuffix("_under_…"))
    }

    @Test("wrapping keeps lines within the width, except a word longer than it")
    func wrapping() {
        let lines = ClaimText.wrap("Interdependence makes split economically unrealistic", width: 24)
        #expect(lines == ["Interdependence makes", "split economically", "unrealistic"])
        #expect(lines.allSatisfy { $0.count <= 24 })
        #expect(ClaimText.wrap("a supercalifragilisticexpialidocious b", width: 10) == ["a", "supercalifragilisticexpialidocious", "b"])
        #expect(ClaimText.wrap("  ", width: 10).isEmpty)
    }

    @Test("the article most others argue with goes in the middle column")
    func hubInTheMiddle() {
        let weights: [Set<String>: Int] = [["hub", "a"]: 5, ["hub", "b"]: 5, ["hub", "c"]: 5, ["a", "b"]: 1]
        let order = ArticleColumns.order(["hub", "a", "b", "c"], weights: weights)
        let hub = order.firstIndex(of: "hub")!
        #expect(hub == 1 || hub == 2)
        #expect(Set(order) == ["hub", "a", "b", "c"])
        #expect(ArticleColumns.order(["x", "y", "z"], weights: [:]) == ["x", "y", "z"], "no links: corpus order")
    }

    @Test("the seeds' columns put 004, which most articles answer, inside")
    func seedsColumns() throws {
        let seeds = ExportFixtures.seeds
        let dot = DotExporter().graph(corpus: seeds.corpus, map: seeds.map, profile: seeds.profile)
        let graph = try DotParser.parse(dot)
        let clusters = graph.subgraphs.keys.filter { $0.hasPrefix("cluster_") && $0 != "cluster_legend" }.sorted()
        #expect(clusters.count == 5)
        let column = clusters.firstIndex { $0.hasSuffix("_004") }
        #expect(column != 0 && column != clusters.count - 1)
    }
}
