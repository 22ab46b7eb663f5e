import CounterpointAnalysis
import Foundation
import Testing
@testable import CounterpointExport

@Suite("Argdown export")
struct ArgdownExportTests {
    private func export(_ debate: Debate) throws -> (String, ArgdownDocument, [String: String]) {
        let text = ArgdownExporter().document(corpus: debate.corpus, map: debate.map, profile: debate.profile)
        let titles = ArgdownExporter.titles(for: debate.map.arguments, corpus: debate.corpus)
        return (text, try ArgdownChecker.check(text), titles)
    }

    @Test("every argument is a statement with its stance and theme tags, every pair one attack", arguments: ["seeds", "awkward"])
    func statementsAndRelations(_ fixture: String) throws {
        let debate = fixture == "seeds" ? ExportFixtures.seeds : try ExportFixtures.awkward()
        let (_, document, titles) = try export(debate)
        #expect(document.statements.count == debate.map.arguments.count)
        #expect(Set(titles.values).count == titles.count, "titles are unique")
        for argument in debate.map.arguments {
            let statement = try #require(document.statement(titles[argument.id]!), "statement for \(argument.id)")
            #expect(statement.tags == [argument.stance.rawValue, argument.theme])
            #expect(statement.text == ClaimText.passage(argument, in: debate.corpus), "text of \(argument.id) reads back unescaped")
            #expect(statement.section?.hasPrefix("Article \(argument.articleID):") == true)
        }
        #expect(document.relations.allSatisfy { $0.symbol == "-" })
        #expect(document.relations.count == debate.pairs.count, "each pair once")
        for (a, b) in debate.pairs {
            let (ta, tb) = (titles[a]!, titles[b]!)
            let found = document.relations.filter { ($0.owner == ta && $0.target == tb) || ($0.owner == tb && $0.target == ta) }
            #expect(found.count == 1, "\(a) - \(b)")
        }
        #expect(document.frontMatter.contains { $0.hasPrefix("title: ") })
    }

    @Test("one section per article with arguments, in corpus order")
    func sections() throws {
        let seeds = ExportFixtures.seeds
        let (_, document, _) = try export(seeds)
        let withArguments = seeds.corpus.articles.filter { !seeds.map.arguments(inArticle: $0.id).isEmpty }
        #expect(document.headings.count == withArguments.count)
        for (heading, article) in zip(document.headings, withArguments) {
            #expect(heading.hasPrefix("Article \(article.id): \(article.title)"))
        }
    }

    @Test("awkward text is escaped, titles carry no brackets, the question keeps its `=` out of the front matter")
    func awkwardEscaping() throws {
        let debate = try ExportFixtures.awkward()
        let (text, document, titles) = try export(debate)
        #expect(titles["B 1\"q"] == "B 1\"q No (way) never")
        #expect(titles["A-2"] == "A-2 Nobody / comments or (braces) (b)bold(/b) under …")
        for title in titles.values {
            #expect(!title.contains("//") && !title.contains("=") && !title.contains("#") && !title.contains("_"), "\(title)")
        }
        #expect(text.contains(##"Brackets \[like this\] and \#hash and \*stars\* matter "a lot" \\ here."##))
        #expect(text.contains(#"Nobody \/\/ comments \=\=\= or \{braces\} \<b\>bold\<\/b\> \_under\_ \@me."#))
        #expect(document.frontMatter.first == #"title: "Can \"quotes\" \u003D [brackets] \\ survive #export?""#)
        #expect(document.statement(titles["B-2"]!)?.tags == ["undecided", "mystery"])
        #expect(ArgdownSyntax.tag("two words") == "#(two words)")
        #expect(ArgdownSyntax.tag("a.b") == "#(a.b)")
    }

    @Test("the checker rejects what Argdown would misread", arguments: [
        "[A]: text with [brackets]",
        "[A]: text #tag then more text",
        "[A]: one\n\n  - [A2]",
        "[A]: one\n- [B]\n[B]: two",
        "[A]: one\n  - [Missing]",
        "[A]: one\n\n[A]: again",
        "[A]: one\n# Heading",
        "[A [x]]: nested",
        "===\ntitle: a = b\n===",
        "[A]: a // comment",
    ])
    func checkerRejects(_ source: String) {
        #expect(throws: ArgdownSyntaxError.self) { try ArgdownChecker.check(source) }
    }

    @Test("the checker accepts the forms the exporter writes")
    func checkerAccepts() throws {
        let document = try ArgdownChecker.check("===\ntitle: \"Q\"\n===\n\n# Article 1\\: x\n\n[A]: one \\#1 #feasible #(two words)\n  - [B]\n\n[B]: two #infeasible\n")
        #expect(document.statements.map(\.title) == ["A", "B"])
        #expect(document.statement("A")?.text == "one #1")
        #expect(document.statement("A")?.tags == ["feasible", "two words"])
        #expect(document.relations == [.init(owner: "A", symbol: "-", target: "B")])
    }
}
