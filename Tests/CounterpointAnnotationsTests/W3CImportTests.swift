import CounterpointAnalysis
import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnnotations

@Suite struct W3CImportTests {
    let importer = W3CImporter(articles: W3CExportTests.articles)

    @Test func ownExportRoundTripsExactly() throws {
        let json = W3CExportTests.export().serialized()
        let result = try importer.read(Data(json.utf8), file: "export.json")
        #expect(Set(result.notes) == Set(W3CExportTests.sampleNotes()))
        #expect(Set(result.curation) == Set(W3CExportTests.sampleCuration()))
        #expect(result.orphaned == 0)
        // Only y1 comes from analysis alone; x1's stance and the x1–y1 link carry their records' ids.
        #expect(result.skippedDerived == 1)
    }

    @Test func importIntoAStoreIsIdempotent() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let store = try AnnotationStore.open(at: folder.appendingPathComponent("s.sqlite"))
        let result = try importer.read(Data(W3CExportTests.export().serialized().utf8), file: "export.json")
        let first = try store.merge(notes: result.notes, curation: result.curation)
        #expect(first.added == result.notes.count + result.curation.count)
        let second = try store.merge(notes: result.notes, curation: result.curation)
        #expect(second == AnnotationStore.MergeCount(added: 0, updated: 0, unchanged: first.added))
        #expect(Set(try store.notes()) == Set(W3CExportTests.sampleNotes()))
    }

    @Test func foreignAnnotationIsAnchoredByQuote() throws {
        let json = """
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "https://hypothes.is/a/abc123", "type": "Annotation",
             "created": "2024-05-06T07:08:09+02:00", "bodyValue": "Interesting",
             "target": {"source": "https://example.org/somewhere/else.html",
                        "selector": {"type": "TextQuoteSelector", "exact": "Trade between them keeps rising"}}}
            """
        let result = try importer.read(Data(json.utf8), file: "h.json")
        let note = try #require(result.notes.first)
        #expect(result.placed == 1 && result.orphaned == 0)
        #expect(note.text == "Interesting")
        #expect(note.created.rawValue == "2024-05-06T05:08:09.000Z")
        #expect(note.target.article == ArticleKey(CurationTests.second))
        let range = Fixtures.range(of: "Trade between them keeps rising", in: CurationTests.second)
        #expect(note.target.position == TextPositionSelector(start: range.start, end: range.end))
        // The same foreign id always maps to the same note id.
        #expect(try importer.read(Data(json.utf8), file: "h.json").notes.first?.id == note.id)
    }

    @Test func annotationOnUnknownTextIsKeptAsOrphan() throws {
        let json = """
            [{"id": "urn:uuid:6b1d4c52-0d1f-4f0a-9d57-3f6a3e0c1a11", "type": "Annotation", "motivation": "commenting",
              "body": {"type": "TextualBody", "value": "lost passage #gone"},
              "target": {"type": "SpecificResource", "source": "file:///x/a1.txt",
                         "selector": [{"type": "TextQuoteSelector", "exact": "This sentence was never in any article."}]}}]
            """
        let result = try importer.read(Data(json.utf8), file: "o.json")
        #expect(result.orphaned == 1)
        let note = try #require(result.notes.first)
        #expect(note.tags == ["gone"])
        #expect(note.target.quote.exact == "This sentence was never in any article.")
        #expect(NotePlacement.place([note], in: W3CExportTests.articles).first?.status == .orphaned)
        // It still exports validly: no position selector is invented.
        let exported = W3CExporter(articles: W3CExportTests.articles).annotation(note: note)
        #expect(exported["target"]?["selector"]?.list.count == 1)
    }

    @Test func malformedJSONIsOneLineNamingTheFile() {
        do {
            _ = try importer.read(Data("{\"items\": [1, 2,,]}".utf8), file: "/tmp/bad.json")
            Issue.record("no error")
        } catch {
            let message = "\(error)"
            #expect(message.hasPrefix("/tmp/bad.json: not valid JSON"))
            #expect(!message.contains("\n"))
        }
        #expect(throws: W3CImporter.Failure.noAnnotations(file: "e.json")) {
            try importer.read(Data("{\"hello\": 1}".utf8), file: "e.json")
        }
    }
}

@Suite struct MergeTests {
    @Test func laterEditReplacesAndTimelessReimportChangesNothing() throws {
        let folder = Fixtures.temporaryFolder()
        defer { Fixtures.remove(folder) }
        let store = try AnnotationStore.open(at: folder.appendingPathComponent("s.sqlite"))
        let article = CurationTests.first
        let original = Note(target: TextTarget(article: article, range: CurationTests.doubt), text: "v1",
                            created: Timestamp.parse("2025-01-01T00:00:00Z")!)
        #expect(try store.merge(notes: [original], curation: []) == .init(added: 1, updated: 0, unchanged: 0))
        let edited = original.edited(text: "v2", at: Timestamp.parse("2025-01-02T00:00:00Z")!)
        #expect(try store.merge(notes: [edited], curation: []) == .init(added: 0, updated: 1, unchanged: 0))
        // An older version does not overwrite a newer one.
        #expect(try store.merge(notes: [original], curation: []) == .init(added: 0, updated: 0, unchanged: 1))
        // Same content, only a newer time (a foreign annotation with no times gets "now"): unchanged.
        var restamped = edited
        restamped.modified = Timestamp.parse("2026-01-01T00:00:00Z")!
        #expect(try store.merge(notes: [restamped], curation: []) == .init(added: 0, updated: 0, unchanged: 1))
        #expect(try store.notes() == [edited])
    }
}
