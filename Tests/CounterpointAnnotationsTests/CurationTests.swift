import CounterpointAnalysis
import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnnotations

@Suite struct CurationTests {
    static let first = Fixtures.article(Fixtures.essay, id: "a1", file: "a1.txt")
    static let second = Fixtures.article(
        "Officials insist the partnership has no limits. Trade between them keeps rising every year.",
        id: "a2", file: "a2.txt")

    static let doubt = Fixtures.range(of: "Many analysts doubt it.", in: first)
    static let thaw = Fixtures.range(of: "Yet some in the administration believe a thaw could open a gap.", in: first)
    static let noLimits = Fixtures.range(of: "Officials insist the partnership has no limits.", in: second)

    static let analysis = ArgumentMap(
        arguments: [
            Argument(id: "x1", articleID: "a1", range: doubt, stance: .infeasible, theme: "doubt", speaker: "author",
                     origin: .auto, confidence: 0.6, stanceConfidence: 0.55),
            Argument(id: "x2", articleID: "a1", range: thaw, stance: .feasible, theme: "thaw", speaker: "administration",
                     origin: .auto, confidence: 0.7),
            Argument(id: "y1", articleID: "a2", range: noLimits, stance: .infeasible, theme: "partnership",
                     speaker: "officials", origin: .auto, confidence: 0.8),
        ],
        links: [ContradictionLink(from: "x2", to: "y1", origin: .auto, score: 0.5)])

    func target(_ range: TextRange, _ article: Article = first) -> TextTarget { TextTarget(article: article, range: range) }

    func stamp(_ second: Int) -> Timestamp { Timestamp.parse("2025-01-01T00:00:\(second < 10 ? "0" : "")\(second)Z")! }

    @Test func stanceOverridesAnalysisAndMarksCurated() {
        let record = CurationRecord(action: .setStance(.feasible), target: target(Self.doubt))
        let map = Self.analysis.applying([record], articles: [Self.first, Self.second])
        let argument = map.argument(id: "x1")
        #expect(argument?.stance == .feasible)
        #expect(argument?.origin == .curated)
        #expect(argument?.confidence == 1)
        #expect(argument?.stanceConfidence == 1, "the reader's stance is not the analyzer's guess")
        #expect(map.arguments.count == 3)
    }

    @Test func rejectAndNotAnArgumentRemoveTheArgumentAndItsLinks() {
        for action in [CurationAction.reject, .setStance(.notAnArgument)] {
            let map = Self.analysis.applying([CurationRecord(action: action, target: target(Self.thaw))],
                                             articles: [Self.first, Self.second])
            #expect(map.argument(id: "x2") == nil)
            #expect(map.links.isEmpty)
            #expect(map.contradictions(of: "y1").isEmpty)
        }
    }

    @Test func linkAndUnlink() {
        let articles = [Self.first, Self.second]
        let link = CurationRecord(action: .link, target: target(Self.doubt), other: target(Self.noLimits, Self.second),
                                  created: stamp(1))
        let linked = Self.analysis.applying([link], articles: articles)
        #expect(linked.contradictions(of: "x1").map(\.id) == ["y1"])
        let unlink = CurationRecord(action: .unlink, target: target(Self.noLimits, Self.second), other: target(Self.thaw),
                                    created: stamp(2))
        let unlinked = Self.analysis.applying([link, unlink], articles: articles)
        #expect(unlinked.contradictions(of: "x2").isEmpty)
        #expect(unlinked.contradictions(of: "x1").map(\.id) == ["y1"])
    }

    @Test func laterRecordWins() {
        let early = CurationRecord(action: .setStance(.infeasible), target: target(Self.thaw), created: stamp(1))
        let late = CurationRecord(action: .setStance(.feasible), target: target(Self.thaw), created: stamp(2))
        let map = Self.analysis.applying([late, early], articles: [Self.first])
        #expect(map.argument(id: "x2")?.stance == .feasible)
    }

    @Test func curationSurvivesEditsAndReanalysis() {
        // The article gains a paragraph at the top; the analyzer now finds the passage under another
        // id and with a slightly wider range.
        let edited = Fixtures.article("Editor's note: updated.\n\n" + Fixtures.essay, id: "a1", file: "a1.txt")
        let moved = Fixtures.range(of: "Yet some in the administration believe a thaw could open a gap.", in: edited)
        let reanalysed = ArgumentMap(arguments: [
            Argument(id: "new-7", articleID: "a1", range: TextRange(moved.start, moved.end + 1), stance: .feasible,
                     theme: "thaw", speaker: "administration", origin: .auto),
        ], links: [])
        let record = CurationRecord(action: .setStance(.infeasible), target: target(Self.thaw))
        let map = reanalysed.applying([record], articles: [edited])
        #expect(map.argument(id: "new-7")?.stance == .infeasible)
    }

    @Test func stanceOnAPassageTheAnalyzerMissedAddsAnArgument() {
        let passage = Fixtures.range(of: "History offers one precedent: Nixon went to China in 1972.", in: Self.first)
        let record = CurationRecord(action: .setStance(.feasible), target: target(passage), theme: "history", speaker: "author")
        let outcome = Self.analysis.curated(by: [record], articles: [Self.first])
        let added = outcome.map.arguments(inArticle: "a1").first { $0.range == passage }
        #expect(added?.stance == .feasible)
        #expect(added?.theme == "history")
        #expect(added?.origin == .curated)
        #expect(added.map { outcome.stanceRecord[$0.id] } == record.id)
    }

    @Test func recordForAMissingPassageIsSkippedNotLost() {
        let gone = Fixtures.article("Entirely new text with nothing in common.", id: "a1", file: "a1.txt")
        let record = CurationRecord(action: .reject, target: target(Self.thaw))
        let outcome = Self.analysis.curated(by: [record], articles: [gone])
        #expect(outcome.recordsNotOnMap == [record])
    }

    @Test func curatorKeepsOneDecisionPerQuestion() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let store = try AnnotationStore.open(at: folder.appendingPathComponent("s.sqlite"))
        let articles = [Self.first, Self.second]
        let curator = Curator(store: store, articles: articles)
        let x1 = Self.analysis.argument(id: "x1")!
        let x2 = Self.analysis.argument(id: "x2")!
        let y1 = Self.analysis.argument(id: "y1")!

        try curator.setStance(.feasible, of: x1)
        try curator.setStance(.notAnArgument, of: x1)
        #expect(try store.curation().count == 1)
        #expect(Self.analysis.applying(try store.curation(), articles: articles).argument(id: "x1") == nil)

        var map = Self.analysis.applying(try store.curation(), articles: articles)
        #expect(try curator.toggleLink(x2, y1, in: map) == false)   // auto link removed
        map = Self.analysis.applying(try store.curation(), articles: articles)
        #expect(map.contradictions(of: "x2").isEmpty)
        #expect(try curator.toggleLink(y1, x2, in: map) == true)    // and back, from the other end
        map = Self.analysis.applying(try store.curation(), articles: articles)
        #expect(map.contradictions(of: "x2").map(\.id) == ["y1"])
        #expect(try store.curation().count == 2)
    }
}
