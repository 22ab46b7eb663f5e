import CounterpointAnalysis
import Foundation
import Testing
@testable import CounterpointExport

@Suite("DOT export")
struct DotExportTests {
    private func render(_ debate: Debate, _ exporter: DotExporter = DotExporter()) throws -> (String, DotGraph) {
        let text = exporter.graph(corpus: debate.corpus, map: debate.map, profile: debate.profile)
        return (text, try DotParser.parse(text))
    }

    @Test("every drawn argument is a node in its article's cluster, every drawn pair an edge")
    func seedsRoundTrip() throws {
        let seeds = ExportFixtures.seeds
        let exporter = DotExporter()
        let (_, graph) = try render(seeds, exporter)
        let ids = DotExporter.nodeIDs(for: seeds.map.arguments)
        let drawn = DotExporter.strongest(ArgumentPair.pairs(in: seeds.map), limit: exporter.linkLimit)
        #expect(!drawn.isEmpty)
        #expect(graph.edges.filter { $0.attributes["style"] != "invis" && !$0.tail.hasPrefix("legend-") }.count == drawn.count)
        for pair in drawn {
            #expect(graph.hasEdge(ids[pair.first.id]!, ids[pair.second.id]!), "edge \(pair.first.id) -- \(pair.second.id)")
            for argument in [pair.first, pair.second] {
                let node = try #require(graph.nodes[ids[argument.id]!], "node \(argument.id)")
                let label = DotGraph.labelLines(try #require(node["label"]))
                #expect(label.first?.contains(argument.id) == true)
                let cluster = graph.subgraphs.first { $0.key.hasPrefix("cluster_") && $0.key.hasSuffix("_\(argument.articleID)") }
                #expect(cluster?.value.contains(ids[argument.id]!) == true, "\(argument.id) in its article's cluster")
            }
        }
        // Linked-only: no argument node without a drawn edge.
        let argumentNodes = graph.nodes.keys.filter { !$0.hasPrefix("legend-") }
        for node in argumentNodes {
            #expect(graph.edges.contains { ($0.tail == node || $0.head == node) && $0.attributes["style"] != "invis" }, "\(node) is linked")
        }
        #expect(graph.subgraphs["cluster_legend"]?.contains("legend-split") == true)
        #expect(graph.attributes["rankdir"] == "LR")
    }

    @Test("the link limit keeps the strongest pairs, curated first")
    func linkLimit() throws {
        let seeds = ExportFixtures.seeds
        let pairs = ArgumentPair.pairs(in: seeds.map)
        let limited = DotExporter.strongest(pairs, limit: 10)
        #expect(limited.count == min(10, pairs.count))
        let curatedCount = pairs.filter { $0.link.origin == .curated }.count
        #expect(limited.filter { $0.link.origin == .curated }.count == min(10, curatedCount))
        #expect(DotExporter.strongest(pairs, limit: nil).count == pairs.count)
        let (_, all) = try render(seeds, DotExporter(scope: .all, linkLimit: nil, showsLegend: false))
        #expect(all.nodes.count == seeds.map.arguments.count)
        #expect(all.edges.filter { $0.attributes["style"] != "invis" }.count == pairs.count)
    }

    @Test("quotes, backslashes and odd ids survive the round trip")
    func awkwardQuoting() throws {
        let debate = try ExportFixtures.awkward()
        let (text, graph) = try render(debate, DotExporter(scope: .all))
        let ids = DotExporter.nodeIDs(for: debate.map.arguments)
        #expect(ids["B 1\"q"] != "B 1\"q", "an id with a space and a quote gets a plain stand-in")
        #expect(Set(ids.values).count == debate.map.arguments.count)
        let a1 = try #require(graph.nodes[ids["A-1"]!]?["label"])
        #expect(DotGraph.labelLines(a1) == ["+ A-1 · economy", "Say \"yes\" \\ back{slash}"])
        let tooltip = try #require(graph.nodes[ids["A-1"]!]?["tooltip"])
        #expect(DotGraph.labelLines(tooltip) == [ExportFixtures.quoteA1])
        let title = DotGraph.labelLines(try #require(graph.attributes["label"]))
        #expect(title.first == "Can \"quotes\" = [brackets] \\ survive #export?")
        let clusterA = try #require(graph.subgraphAttributes.first { $0.key.hasSuffix("_A") }?.value["label"])
        #expect(DotGraph.labelLines(clusterA) == ["A · First \"article\" with", "{braces}", "Ann O'Hara, The <Daily> Bracket"])
        // Three distinct pairs: the repeated pair and the link to a missing argument are dropped.
        #expect(graph.edges.filter { $0.attributes["style"] != "invis" && !$0.tail.hasPrefix("legend-") }.count == 3)
        #expect(graph.hasEdge(ids["A-1"]!, ids["B 1\"q"]!))
        #expect(graph.edges.contains { $0.attributes["style"] == "dotted" && !$0.tail.hasPrefix("legend-") }, "detected link dotted")
        #expect(!text.contains("\n\""), "no raw line break inside a quoted string")
        // The undecided stance and the unknown theme still get a node.
        #expect(graph.nodes[ids["B-2"]!]?["style"] == "dashed,filled")
    }

    @Test("the two sides differ in outline as well as colour, so they read in greyscale")
    func greyscaleDistinction() {
        #expect(StanceStyle.split.fill != StanceStyle.bond.fill)
        #expect(StanceStyle.split.style != StanceStyle.bond.style || StanceStyle.split.peripheries != StanceStyle.bond.peripheries)
        #expect(StanceStyle.split.peripheries != StanceStyle.bond.peripheries)
    }

    @Test("the parser rejects broken DOT", arguments: [
        "graph g { \"a -- b }",
        "graph g { a -- b [label=] }",
        "graph g { a -> b }",
        "graph g { a -- b ",
        "graph g { a [label=\"x\" }",
    ])
    func parserRejects(_ source: String) {
        #expect(throws: DotParseError.self) { try DotParser.parse(source) }
    }

    @Test("quoted ids keep quotes and a trailing backslash inside the string")
    func idQuoting() throws {
        let id = DotSyntax.id("say \"hi\" \\")
        let graph = try DotParser.parse("graph g { \(id) [label=\"x\"] }")
        // DOT keeps a backslash that does not precede a quote, so `\\` reads back as two.
        #expect(graph.nodes.keys.first == "say \"hi\" \\\\")
        #expect(graph.nodes.count == 1)
    }

    @Test("a quote that is not escaped breaks the parse")
    func unescapedQuote() {
        let bad = "graph g { \"a\" [label=\"say \"yes\"\"] }"
        #expect(throws: DotParseError.self) { try DotParser.parse(bad) }
        let good = "graph g { \"a\" [label=\(DotSyntax.label(["say \"yes\""]))] }"
        #expect(DotGraph.labelLines((try? DotParser.parse(good))?.nodes["a"]?["label"] ?? "") == ["say \"yes\""])
    }
}
