import CounterpointAnalysis
import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnnotations

@Suite struct W3CExportTests {
    static let articles = [CurationTests.first, CurationTests.second]

    static func sampleNotes() -> [Note] { notes }
    static func sampleCuration() -> [CurationRecord] { curation }

    private static let notes: [Note] = {
        let article = CurationTests.first
        let created = Timestamp.parse("2025-02-03T04:05:06.789Z")!
        return [
            Note(target: TextTarget(article: article, range: Fixtures.range(of: "Many analysts doubt it.", in: article)),
                 text: "Which analysts? #sources #doubt", created: created),
            Note(target: TextTarget(article: article, range: Fixtures.range(of: "Nixon went to China in 1972", in: article)),
                 text: "", created: created, modified: Timestamp.parse("2025-02-04T00:00:00Z")),
            Note(target: TextTarget(article: article, range: CurationTests.thaw), text: "#hope", created: created),
        ]
    }()

    private static let curation: [CurationRecord] = {
        let first = CurationTests.first
        let second = CurationTests.second
        let stamp = Timestamp.parse("2025-02-05T00:00:00Z")!
        return [
            CurationRecord(action: .setStance(.feasible), target: TextTarget(article: first, range: CurationTests.doubt),
                           theme: "doubt", speaker: "author", created: stamp),
            CurationRecord(action: .unlink, target: TextTarget(article: first, range: CurationTests.thaw),
                           other: TextTarget(article: second, range: CurationTests.noLimits), created: stamp),
            CurationRecord(action: .link, target: TextTarget(article: first, range: CurationTests.doubt),
                           other: TextTarget(article: second, range: CurationTests.noLimits), created: stamp),
            CurationRecord(action: .reject, target: TextTarget(article: first, range: CurationTests.thaw), created: stamp),
        ]
    }()

    static func export() -> JSONValue {
        W3CExporter(articles: articles).collection(notes: sampleNotes(), curation: sampleCuration(),
                                                   analysis: CurationTests.analysis)
    }

    static func items(_ collection: JSONValue) -> [JSONValue] { collection["first"]?["items"]?.list ?? [] }

    @Test func collectionHoldsNotesArgumentsLinksAndCuration() throws {
        let collection = Self.export()
        #expect(collection["@context"]?.string == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["type"]?.string == "AnnotationCollection")
        let items = Self.items(collection)
        #expect(collection["total"]?.int == items.count)
        let motivations = items.compactMap { $0["motivation"]?.string }
        #expect(motivations.filter { $0 == "commenting" }.count == 1)
        #expect(motivations.filter { $0 == "highlighting" }.count == 1)
        #expect(motivations.filter { $0 == "tagging" }.count == 1)
        // x1 (curated feasible) and y1 stay; x2 is rejected.
        #expect(motivations.filter { $0 == "classifying" }.count == 3)
        #expect(motivations.filter { $0 == "linking" }.count == 1)
        #expect(motivations.filter { $0 == "assessing" }.count == 1)
        let curated = try #require(items.first { $0["id"]?.string == W3CIdentifiers.annotationID(Self.sampleCuration()[0].id) })
        let bodies = curated["body"]?.list ?? []
        #expect(bodies.contains { $0["purpose"]?.string == "classifying" && $0["value"]?.string == "feasible" })
        #expect(bodies.contains { $0["purpose"]?.string == "tagging" && $0["value"]?.string == "doubt" })
        let link = try #require(items.first { $0["motivation"]?.string == "linking" })
        #expect(link["body"]?["type"]?.string == "SpecificResource")
        #expect(link["body"]?["selector"]?.list.first?["exact"]?.string == "Officials insist the partnership has no limits.")
    }

    /// The model's required fields and shapes, checked here so the test runs even without Python.
    @Test func everyAnnotationHasTheRequiredShape() {
        let uri = #/^[A-Za-z][A-Za-z0-9+.\-]*:\S+$/#
        let motivations = Set(["assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
                               "highlighting", "identifying", "linking", "moderating", "questioning", "replying", "tagging"])
        for item in Self.items(Self.export()) {
            #expect(item["@context"]?.string == W3CIdentifiers.context)
            #expect(item["id"]?.string.map { $0.wholeMatch(of: uri) != nil } == true)
            #expect(item["type"]?.string == "Annotation")
            #expect(item["motivation"]?.string.map(motivations.contains) == true)
            #expect(item["bodyValue"] == nil || item["body"] == nil)
            for stamp in ["created", "modified"] {
                if let value = item[stamp] { #expect(value.string.flatMap(Timestamp.parse) != nil) }
            }
            for body in item["body"]?.list ?? [] {
                if body["type"]?.string == "TextualBody" {
                    #expect(body["value"]?.string != nil)
                    #expect(body["purpose"]?.string.map(motivations.contains) == true)
                } else {
                    #expect(body["type"]?.string == "SpecificResource")
                    #expect(body["source"] != nil)
                }
            }
            let target = item["target"]
            #expect(target?["type"]?.string == "SpecificResource")
            #expect(target?["source"]?["id"]?.string.map { $0.wholeMatch(of: uri) != nil } == true)
            let selectors = target?["selector"]?.list ?? []
            #expect(selectors.contains { $0["type"]?.string == "TextQuoteSelector" && $0["exact"]?.string?.isEmpty == false })
            for position in selectors where position["type"]?.string == "TextPositionSelector" {
                #expect((position["start"]?.int ?? -1) >= 0 && (position["end"]?.int ?? -1) >= (position["start"]?.int ?? 0))
            }
        }
    }

    @Test(.enabled(if: W3CSchemaCheck.unavailableReason == nil, "\(W3CSchemaCheck.unavailableReason ?? "")"))
    func passesEveryW3CMustAssertion() throws {
        let (failures, checks) = try W3CSchemaCheck.validate(Self.export().serialized())
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        // 10 collection + 15 page + 54 per annotation.
        #expect(checks >= 25 + 54 * Self.items(Self.export()).count)
    }

    @Test(.enabled(if: W3CSchemaCheck.unavailableReason == nil, "\(W3CSchemaCheck.unavailableReason ?? "")"))
    func theValidatorCatchesABrokenAnnotation() throws {
        // Proves the check can fail: no target, and a bad created date.
        let broken = JSONValue.object([
            ("@context", .string(W3CIdentifiers.context)), ("id", .string("urn:x:1")), ("type", .string("AnnotationCollection")),
            ("label", .string("x")), ("total", .int(1)),
            ("first", .object([("@context", .string(W3CIdentifiers.context)), ("id", .string("urn:x:1#p")),
                               ("type", .string("AnnotationPage")),
                               ("items", .array([.object([("@context", .string(W3CIdentifiers.context)),
                                                           ("id", .string("urn:x:2")), ("type", .string("Annotation")),
                                                           ("created", .string("yesterday"))])]))])),
        ])
        let (failures, _) = try W3CSchemaCheck.validate(broken.serialized())
        #expect(failures.contains { $0.contains("targetKeyFound") })
        #expect(failures.contains { $0.contains("CreatedValidated") })
    }
}
