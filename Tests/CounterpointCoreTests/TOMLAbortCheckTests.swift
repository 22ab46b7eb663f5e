import Foundation
import Testing
@testable import CounterpointCore

/// toml++ aborts the process (an assertion) on some malformed TOML instead of reporting it;
/// TOMLFile must turn those into ordinary errors and leave every valid document alone.
/// The inputs are the fuzzer's findings, minimised (Fuzz/regressions/toml has them as found).
struct TOMLAbortCheckTests {
    private struct Empty: Decodable {}

    @Test(arguments: ["[:x]\n", "[[:x]]\n", "a = 1\n[\r\n", "[[ #]]", "[\n", "\u{FEFF}[!]", "x = [1]\n\n  [ ?]"])
    func headerThatCannotStartAKeyIsAnErrorNotAnAbort(text: String) {
        #expect(TOMLAbortCheck.firstProblem(in: text)?.kind == .tableHeader)
        #expect(throws: TOMLFileError.self) { try TOMLFile.decode(Empty.self, from: text, file: "corpus.toml") }
    }

    @Test(arguments: ["a = [1, }", "a = [}", "a = [ # note\n  }", "a = [\"x\",\n\u{2028}]", "t = { a = [\u{85}] }",
                      "a = [[1], [}]]"])
    func arrayElementThatIsNoValueIsAnErrorNotAnAbort(text: String) {
        #expect(TOMLAbortCheck.firstProblem(in: text)?.kind == .arrayElement)
        #expect(throws: TOMLFileError.self) { try TOMLFile.decode(Empty.self, from: text, file: "corpus.toml") }
    }

    @Test(arguments: ["a = 1979-05-27Tx7:32:00Z", "a = 1979-05-27T:32:00Z", "a = 1979-05-27t-7:32:00",
                      "a = [1, 1979-05-27T\u{FFFD}]", "t = { b = 2, c = 2024-01-01Tü }"])
    func dateTimeWhoseTimeIsNoNumberIsAnErrorNotAnAbort(text: String) {
        #expect(TOMLAbortCheck.firstProblem(in: text)?.kind == .dateTime)
        #expect(throws: TOMLFileError.self) { try TOMLFile.decode(Empty.self, from: text, file: "corpus.toml") }
    }

    @Test func problemNamesLineColumnAndCharacter() throws {
        do {
            _ = try TOMLFile.decode(Empty.self, from: "a = 1\n\n[[ :b]]\n", file: "map.toml")
            Issue.record("decoded a malformed header")
        } catch let error as TOMLFileError {
            #expect(error.description == "map.toml: line 3, column 4: table header must start with a key (a bare key or a quoted string), saw ':'")
        }
        let problem = try #require(TOMLAbortCheck.firstProblem(in: "a = [\n  1,\n  }"))
        #expect(problem == .init(kind: .arrayElement, line: 3, column: 3, found: "}"))
    }

    /// Brackets inside strings, comments and values are not headers; commas and brackets inside
    /// strings are not array syntax.
    @Test(arguments: [
        "[a]\nb = 1\n[[c]]\n[ \"quoted key\" ]\n['literal']\n[d.e-f_9]\n",
        "s = \"\"\"\n[:not a header]\n\"\"\"\n",
        "s = '''\n[:not a header]\n'''\n",
        "s = \"\"\"a\"\"\"\"\n[ok]\n",
        "s = \"escaped \\\" [:x]\"\n[ok]\n",
        "list = [\n  [1, 2],\n  # comment }\n  \"}\", '}',\n]\n",
        "t = { a = [1], b = { c = [] } }\n# [:comment]\n[ok]\n",
        "[]\n",
        "a = [1 }\n",
        "1979-05-27Tx = 1\nt = { 2024-01-01Tz = 1979-05-27T07:32:00Z, b = 1979-05-27t00:00:00 }\n",
        "d = 1979-05-27\ns = \"1979-05-27Tx\"\n# 1979-05-27Tx\nn = 11979-05-27\n",
    ])
    func validOrOtherwiseReportedDocumentsPassTheCheck(text: String) {
        #expect(TOMLAbortCheck.firstProblem(in: text) == nil)
    }

    @Test func seedManifestAndMapPassTheCheck() throws {
        for name in ["corpus.toml", "map.toml"] {
            let text = try String(contentsOf: TestSupport.seedsFolder.appendingPathComponent(name), encoding: .utf8)
            #expect(TOMLAbortCheck.firstProblem(in: text) == nil, "\(name)")
            #expect(text.contains("[["), "\(name) should exercise the scan")
        }
    }
}
