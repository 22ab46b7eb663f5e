import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnnotations

/// Import accepts JSON (RFC 8259) and nothing looser, although Foundation's parser on Linux is
/// looser in one way: it accepts trailing commas.
@Suite struct StrictJSONImportTests {
    let importer = W3CImporter(articles: W3CExportTests.articles)

    static let annotation = "{\"type\": \"Annotation\", \"bodyValue\": \"x\", \"target\": {\"source\": \"a1.txt\", "
        + "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"q\"}}}"

    /// Each with the offset of its trailing comma.
    static let trailingCommas: [(text: String, offset: Int)] = [
        ("[\(annotation),]", annotation.utf8.count + 1),
        ("[\(annotation),\n  ]", annotation.utf8.count + 1),
        ("{\"type\": \"AnnotationPage\", \"items\": [\(annotation)],}", 38 + annotation.utf8.count),
        (String(annotation.dropLast(2)) + "},}", annotation.utf8.count - 1),
    ]

    @Test(arguments: 0..<trailingCommas.count)
    func aTrailingCommaIsRefusedSayingWhere(index: Int) throws {
        let (text, offset) = Self.trailingCommas[index]
        #expect(throws: W3CImporter.Failure.notJSON(file: "a.json", reason: "Trailing comma around character \(offset).")) {
            try importer.read(Data(text.utf8), file: "a.json")
        }
    }

    /// The case the check exists for: if Foundation ever refuses it itself, this says so.
    @Test func foundationAcceptsATrailingComma() {
        #expect((try? JSONSerialization.jsonObject(with: Data("[1,]".utf8))) != nil)
    }

    /// Commas and brackets inside strings, escaped quotes, and a byte order mark are fine.
    @Test func validJSONThatLooksLikeATrailingCommaIsImported() throws {
        let tricky = "{\"type\": \"Annotation\", \"bodyValue\": \"a,] b,} c\\\",]\", \"target\": {\"source\": \"a1.txt\", "
            + "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"q,]\"}}}"
        #expect(try importer.read(Data("[\(tricky) , \(tricky)]".utf8), file: "a.json").notes.count == 2)
        #expect(try importer.read(Data("\u{FEFF}[\(Self.annotation)]".utf8), file: "a.json").notes.count == 1)
    }

    /// What else a lenient parser might take (JSON5, JavaScript): Foundation on Linux refuses each,
    /// so the importer does too. A case that starts being accepted fails here.
    @Test(arguments: ["// c\n[1]", "/* c */[1]", "[01]", "[+1]", "[.5]", "[1.]", "[NaN]", "[Infinity]", "[0x10]",
                      "{a: 1}", "['a']", "[\"a\tb\"]", "[\"\\x41\"]", "[1] x", "[1,,2]", "[,1]", "[1\u{0B}]", "[True]"])
    func otherLooseJSONIsRefused(text: String) {
        #expect(throws: W3CImporter.Failure.self) { try importer.read(Data(text.utf8), file: "a.json") }
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) == nil)
    }
}
