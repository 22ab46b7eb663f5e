import Foundation
import Testing

/// Runs the built `counterpoint` binary and checks what it prints and its exit status.
@Suite struct CLITests {
    @Test func articlesListsTheSeedsFromAnyDirectory() throws {
        let result = try CounterpointProcess.run(["articles", "--json"], directory: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let question = try #require(json["question"] as? [String: Any])
        #expect(question["id"] as? String == "reverse-nixon")
        let articles = try #require(json["articles"] as? [[String: Any]])
        #expect(articles.map { $0["id"] as? String } == ["000", "001", "002", "003", "004"])
    }

    @Test func unknownFolderIsOneLineErrorAndNonZeroExit() throws {
        let result = try CounterpointProcess.run(["articles", "/nonexistent/folder"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/nonexistent/folder"))
    }
}
