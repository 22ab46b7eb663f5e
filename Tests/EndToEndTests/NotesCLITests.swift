import Foundation
import Testing

/// `counterpoint notes|export|import` run as a user would, each test with its own corpus and store.
@Suite struct NotesCLITests {
    static let alpha = """
        Alpha Article

        Washington wants a thaw with Moscow. Critics say the thaw will fail. Supporters say the thaw will work.
        Russia depends on China for trade and technology. The summit ended without a statement.
        """
    static let beta = "Beta view: the partnership between Moscow and Beijing has no limits, officials insist.\n"

    /// A corpus folder with two articles and a store path beside it.
    struct Sandbox {
        let root: URL
        var corpus: URL { root.appendingPathComponent("corpus") }
        var store: String { root.appendingPathComponent("data/notes.sqlite").path }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("cp-notes-cli-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("corpus"), withIntermediateDirectories: true)
            try write("alpha.txt", NotesCLITests.alpha)
            try write("beta.txt", NotesCLITests.beta)
        }

        func write(_ file: String, _ text: String) throws {
            try Data(text.utf8).write(to: corpus.appendingPathComponent(file))
        }

        func run(_ arguments: [String]) throws -> CounterpointProcess.Result {
            try CounterpointProcess.run(arguments)
        }

        func add(_ article: String, _ quote: String, _ text: String, _ extra: [String] = []) throws -> CounterpointProcess.Result {
            try run(["notes", "add", corpus.path, "--article", article, "--quote", quote, "--text", text, "--store", store] + extra)
        }

        func list(_ extra: [String] = []) throws -> [[String: Any]] {
            let result = try run(["notes", "list", corpus.path, "--json", "--store", store] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return json?["notes"] as? [[String: Any]] ?? []
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    static func addedID(_ output: String) -> String? {
        output.split(separator: " ").dropFirst().first.map(String.init)
    }

    @Test func addListFilterAndDelete() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let added = try box.add("alpha", "Russia depends on China for trade and technology.", "Key claim #dependence", ["--tag", "trade"])
        #expect(added.status == 0, "\(added.stderr)")
        let id = try #require(Self.addedID(added.stdout))
        #expect(try box.add("beta", "has no limits", "").status == 0)

        let notes = try box.list()
        #expect(notes.count == 2)
        let first = try #require(notes.first)
        for key in ["id", "article", "start", "end", "quote", "text", "tags", "motivation", "status"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect(first["id"] as? String == id)
        #expect(first["article"] as? String == "alpha")
        #expect(first["quote"] as? String == "Russia depends on China for trade and technology.")
        #expect(first["tags"] as? [String] == ["dependence", "trade"])
        #expect(first["motivation"] as? String == "commenting")
        #expect(first["status"] as? String == "anchored")
        let start = try #require(first["start"] as? Int)
        #expect(Array(Self.alpha.unicodeScalars)[start] == "R")
        #expect(notes.last?["motivation"] as? String == "highlighting")

        #expect(try box.list(["--tag", "TRADE"]).count == 1)
        #expect(try box.list(["--tag", "nothing"]).isEmpty)

        let deleted = try box.run(["notes", "delete", String(id.prefix(8)), "--store", box.store])
        #expect(deleted.status == 0, "\(deleted.stderr)")
        #expect(try box.list().map { $0["id"] as? String }.contains(id) == false)
        let again = try box.run(["notes", "delete", id, "--store", box.store])
        #expect(again.status != 0)
        #expect(again.stderr.split(separator: "\n").count == 1)
    }

    @Test func ambiguousQuoteAsksForMoreTextOrAnOccurrence() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let ambiguous = try box.add("alpha", "the thaw will", "which one?")
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr.contains("occurs 2 times"))
        #expect(ambiguous.stderr.contains("--occurrence"))
        #expect(try box.add("alpha", "the thaw will", "the second", ["--occurrence", "2"]).status == 0)
        let note = try #require(try box.list().first)
        #expect(note["start"] as? Int == Array(Self.alpha.unicodeScalars).count
                - Array("the thaw will work.\nRussia depends on China for trade and technology. The summit ended without a statement.".unicodeScalars).count)
        let missing = try box.add("alpha", "not in the article", "x")
        #expect(missing.status != 0 && missing.stderr.contains("not found"))
    }

    @Test func quoteMayDifferInWhitespace() throws {
        let box = try Sandbox()
        defer { box.remove() }
        #expect(try box.add("alpha", "technology.   The summit", "spans sentences").status == 0)
        #expect(try box.list().first?["quote"] as? String == "technology. The summit")
        #expect(try box.add("alpha", "work. Russia depends", "spans a line break").status == 0)
        #expect(try box.list().contains { $0["quote"] as? String == "work.\nRussia depends" })
    }

    @Test func notesFollowTheTextWhenItChanges() throws {
        let box = try Sandbox()
        defer { box.remove() }
        #expect(try box.add("alpha", "Russia depends on China for trade and technology.", "moves").status == 0)
        #expect(try box.add("alpha", "The summit ended without a statement.", "edited").status == 0)
        #expect(try box.add("alpha", "Critics say the thaw will fail.", "removed").status == 0)
        try box.write("alpha.txt", "Editor's note: revised.\n\n" + Self.alpha
            .replacingOccurrences(of: "The summit ended without a statement.", with: "The summit ended without any statement.")
            .replacingOccurrences(of: "Critics say the thaw will fail. ", with: ""))
        let byText = Dictionary(try box.list().map { ($0["text"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["moves"]?["status"] as? String == "moved")
        #expect(byText["moves"]?["quote"] as? String == "Russia depends on China for trade and technology.")
        #expect(byText["edited"]?["status"] as? String == "moved")
        #expect((byText["edited"]?["quote"] as? String)?.hasPrefix("The summit ended without any") == true)
        #expect(byText["removed"]?["status"] as? String == "orphaned")
        #expect(byText["removed"]?["quote"] as? String == "Critics say the thaw will fail.")
    }

    @Test func exportW3CAndImportRoundTrip() throws {
        let box = try Sandbox()
        defer { box.remove() }
        #expect(try box.add("alpha", "Russia depends on China", "Dependence #trade #russia").status == 0)
        #expect(try box.add("beta", "has no limits", "").status == 0)
        let file = box.root.appendingPathComponent("export.jsonld").path
        let exported = try box.run(["export", box.corpus.path, "--format", "w3c", "--out", file, "--store", box.store])
        #expect(exported.status == 0, "\(exported.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(json["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(json["type"] as? String == "AnnotationCollection")
        let items = try #require((json["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(json["total"] as? Int == items.count)
        // The two notes, plus whatever the analyzer found in this little corpus (classifying, linking).
        #expect(items.filter { ["commenting", "highlighting"].contains($0["motivation"] as? String ?? "") }.count == 2)
        #expect(items.allSatisfy { ["commenting", "highlighting", "classifying", "linking"].contains($0["motivation"] as? String ?? "") })

        let otherStore = box.root.appendingPathComponent("other.sqlite").path
        let imported = try box.run(["import", file, box.corpus.path, "--store", otherStore])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("2 placed, 0 orphaned"))
        let original = try box.list()
        let copy = try box.run(["notes", "list", box.corpus.path, "--json", "--store", otherStore]).stdout
        let copied = (try JSONSerialization.jsonObject(with: Data(copy.utf8)) as? [String: Any])?["notes"] as? [[String: Any]] ?? []
        #expect(copied.count == original.count)
        for (a, b) in zip(original, copied) {
            for key in ["id", "article", "start", "end", "quote", "text", "tags", "motivation", "status", "created", "modified"] {
                #expect("\(a[key] ?? "nil")" == "\(b[key] ?? "nil")", "\(key) differs")
            }
        }
        let twice = try box.run(["import", file, box.corpus.path, "--store", otherStore])
        #expect(twice.stdout.contains("0 new, 0 updated, 2 already stored"))
    }

    @Test func importRejectsMalformedJSONInOneLine() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let file = box.root.appendingPathComponent("broken.json").path
        try Data("{\"type\": \"AnnotationCollection\", ".utf8).write(to: URL(fileURLWithPath: file))
        let result = try box.run(["import", file, box.corpus.path, "--store", box.store])
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains(file))
    }

    @Test func markdownExportGroupsByArticle() throws {
        let box = try Sandbox()
        defer { box.remove() }
        #expect(try box.add("beta", "has no limits", "Says who? #sources").status == 0)
        #expect(try box.add("alpha", "The summit ended without a statement.", "Telling silence").status == 0)
        let result = try box.run(["export", box.corpus.path, "--format", "markdown", "--store", box.store])
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        let alpha = try #require(text.range(of: "## Alpha Article (`alpha`)"))
        let beta = try #require(text.range(of: "(`beta`)"))
        #expect(alpha.lowerBound < beta.lowerBound)
        #expect(text.contains("> The summit ended without a statement."))
        #expect(text.contains("Tags: #sources"))
        #expect(text.contains("anchored"))
    }

    @Test func storeThatIsNotADatabaseIsAnErrorAndUntouched() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.root.appendingPathComponent("notes.txt").path
        let bytes = Data("these are my notes, not a database\n".utf8)
        try bytes.write(to: URL(fileURLWithPath: path))
        for arguments in [["notes", "list", box.corpus.path, "--store", path],
                          ["notes", "add", box.corpus.path, "--article", "beta", "--quote", "no limits", "--text", "x", "--store", path]] {
            let result = try box.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(result.stderr.contains(path) && result.stderr.contains("not an SQLite database"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
    }
}
