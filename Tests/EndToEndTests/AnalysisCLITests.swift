import Foundation
import Testing

/// `counterpoint arguments`, `links` and `eval` as a user runs them: JSON shapes, sources, errors.
@Suite struct AnalysisCLITests {
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CounterpointProcess.run(arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func argumentsJSONHasTheDocumentedShape() throws {
        let report = try json(["arguments", "--json"])
        let question = try #require(report["question"] as? [String: Any])
        #expect(question["id"] as? String == "reverse-nixon")
        #expect(question["title"] is String)
        let articles = try #require(report["articles"] as? [[String: Any]])
        #expect(articles.allSatisfy { $0["id"] is String && $0["file"] is String })
        let arguments = try #require(report["arguments"] as? [[String: Any]])
        #expect(!arguments.isEmpty)
        for argument in arguments {
            for key in ["id", "article", "text", "stance", "theme", "speaker", "origin"] {
                #expect(argument[key] is String, "\(key) in \(argument)")
            }
            let start = try #require(argument["start"] as? Int)
            let end = try #require(argument["end"] as? Int)
            #expect(start < end)
            #expect(argument["confidence"] is Double || argument["confidence"] is Int)
            // Curated stances are a reader's (1); an auto stance is at least a coin toss's 0.5.
            let stanceConfidence = try #require((argument["stance_confidence"] as? NSNumber)?.doubleValue, "\(argument)")
            if argument["origin"] as? String == "curated" { #expect(stanceConfidence == 1) } else { #expect((0.5...1).contains(stanceConfidence)) }
            #expect(argument["cues"] is [String])
            #expect(["feasible", "infeasible"].contains(argument["stance"] as? String))
        }
        let origins = Set(arguments.compactMap { $0["origin"] as? String })
        #expect(origins == ["curated", "auto"], "--source all mixes both: \(origins)")
        let links = try #require(report["links"] as? [[String: Any]])
        #expect(!links.isEmpty)
        for link in links {
            #expect(link["relation"] as? String == "contradicts")
            #expect(link["from"] is String && link["to"] is String && link["origin"] is String)
            #expect(link["score"] is Double || link["score"] is Int)
        }
    }

    @Test func startAndEndAreScalarOffsetsIntoTheFile() throws {
        let report = try json(["arguments", "--json", "--source", "curated", "--article", "003"])
        let arguments = try #require(report["arguments"] as? [[String: Any]])
        #expect(!arguments.isEmpty)
        #expect(arguments.allSatisfy { $0["article"] as? String == "003" && $0["origin"] as? String == "curated" })
        let file = CounterpointProcess.packageRoot.appendingPathComponent("seeds/003_b8aa54d3edd41c2c.txt")
        let scalars = Array(try String(contentsOf: file, encoding: .utf8).unicodeScalars)
        for argument in arguments {
            let start = try #require(argument["start"] as? Int), end = try #require(argument["end"] as? Int)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            // `text` is the displayed form: display repairs may add a space ("Union,have") or join a
            // broken word, so compare without whitespace.
            let raw = String(view).filter { !$0.isWhitespace }
            let shown = (argument["text"] as? String ?? "").filter { !$0.isWhitespace }
            #expect(raw == shown)
        }
    }

    @Test func autoSourceHasOnlyAutoArguments() throws {
        let report = try json(["links", "--json", "--source", "auto"])
        let arguments = try #require(report["arguments"] as? [[String: Any]])
        #expect(arguments.allSatisfy { $0["origin"] as? String == "auto" })
        let links = try #require(report["links"] as? [[String: Any]])
        #expect(links.allSatisfy { $0["origin"] as? String == "auto" })
    }

    @Test func textListingShowsGlyphIdThemeSpeaker() throws {
        let result = try CounterpointProcess.run(["arguments", "--source", "curated", "--article", "004"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("−*004-02 ") && $0.contains("history") && $0.contains("author") })
    }

    @Test func unknownArticleIsOneLineError() throws {
        let result = try CounterpointProcess.run(["arguments", "--article", "999"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("999"))
    }

    @Test func mapProblemsAreWarningsAndTheRestLoads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Russia will never abandon China, because its economy depends on Chinese markets.\n"
            .write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try """
        [[arguments]]
        id = "ok"
        article = "a"
        quote = "Russia will never abandon China"
        stance = "infeasible"
        theme = "economy"
        speaker = "author"

        [[arguments]]
        id = "bad"
        article = "a"
        quote = "not in the text"
        stance = "infeasible"
        theme = "economy"
        """.write(to: folder.appendingPathComponent("map.toml"), atomically: true, encoding: .utf8)
        let result = try CounterpointProcess.run(["arguments", folder.path, "--json", "--source", "curated"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("map.toml: arguments[1] (id \"bad\"): quote not found in article a"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((report["arguments"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["ok"])
    }

    @Test func evalPrintsLeaveOneOutFigures() throws {
        let result = try CounterpointProcess.run(["eval"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("leave-one-article-out"))
        for article in ["000", "001", "002", "003", "004"] {
            #expect(result.stdout.contains("\n\(article) "), "per-article line for \(article)")
        }
        #expect(result.stdout.contains("macro") && result.stdout.contains("precision"))
    }

    @Test func missingProfileFileIsOneLineError() throws {
        let result = try CounterpointProcess.run(["arguments", "--profile", "/nonexistent/profile.toml"])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("/nonexistent/profile.toml"))
    }
}

extension AnalysisCLITests {
    @Test func autoLinksNeverPushAnArgumentPastFiveLinks() throws {
        let report = try json(["links", "--json"])
        let links = try #require(report["links"] as? [[String: Any]])
        var curated: [String: Int] = [:], total: [String: Int] = [:]
        for link in links {
            for end in [link["from"] as? String ?? "", link["to"] as? String ?? ""] {
                total[end, default: 0] += 1
                if link["origin"] as? String == "curated" { curated[end, default: 0] += 1 }
            }
        }
        for (id, count) in total { #expect(count <= max(5, curated[id] ?? 0), "\(id) has \(count) links") }
    }
}
