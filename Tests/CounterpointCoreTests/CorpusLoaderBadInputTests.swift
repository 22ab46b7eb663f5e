import Foundation
import Testing
@testable import CounterpointCore

/// Whatever a folder holds, the loader keeps going: bad files are skipped with one-line warnings.
@Suite struct CorpusLoaderBadInputTests {
    static let paragraph = "Russia and China have grown closer since the war began. Beijing now buys the oil Europe no longer takes."

    @Test func badFilesAreSkippedWithAReasonAndTheRestLoads() throws {
        let folder = try TestSupport.folder([
            "good.txt": Array(Self.paragraph.utf8),
            "bad-utf8.txt": Array("abc".utf8) + [0xC3, 0x28] + Array("def".utf8),
            "nul.txt": Array("ab".utf8) + [0] + Array("cd".utf8),
            "empty.txt": [],
            "blank.md": Array(" \n\t\r\n".utf8),
            "notes.pdf": [0x25, 0x50, 0x44, 0x46],
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try CorpusLoader.load(folder: folder)
        #expect(corpus.articles.map(\.id) == ["good"])
        let warnings = Dictionary(uniqueKeysWithValues: corpus.warnings.map { ($0.file, $0.description) })
        #expect(warnings["bad-utf8.txt"]?.contains("not valid UTF-8 at byte 3") == true)
        #expect(warnings["nul.txt"]?.contains("NUL") == true)
        #expect(warnings["empty.txt"]?.contains("empty") == true)
        #expect(warnings["blank.md"]?.contains("empty") == true)
        #expect(warnings["notes.pdf"] == nil)
        for warning in corpus.warnings { #expect(!warning.description.contains("\n")) }
    }

    @Test func aFolderWithoutReadableArticlesIsAnError() throws {
        let folder = try TestSupport.folder(["empty.txt": [], "bad.md": [0xFF, 0xFE], "readme.rtf": Array("x".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: CorpusLoadError.noReadableArticles(folder.path)) { try CorpusLoader.load(folder: folder) }
    }

    @Test func byteOrderMarkIsRemovedBeforeCountingPositions() throws {
        let folder = try TestSupport.folder(["bom.txt": [0xEF, 0xBB, 0xBF] + Array(Self.paragraph.utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try #require(try CorpusLoader.load(folder: folder).articles.first)
        #expect(article.text.unicodeScalars.first == "R")
        #expect(article.blocks.first?.range.start == 0)
        #expect(article.blocks.first?.sentences.first?.range == TextRange(0, 55))
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndOldMacLineEndings(_ newline: String) throws {
        let text = ["A Short Title", Self.paragraph, "Second paragraph, also about Moscow and Beijing and their trade."]
            .joined(separator: newline) + newline
        let folder = try TestSupport.folder(texts: ["lines.txt": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try #require(try CorpusLoader.load(folder: folder).articles.first)
        #expect(article.blocks.map(\.kind) == [.title, .body, .body])
        for block in article.blocks {
            #expect(!article.rawText(block.range).contains("\r"))
            #expect(!article.displayText(block.range).text.contains("\r"))
        }
        #expect(article.title == "A Short Title")
        // Offsets count "\r\n" as two scalars: the second block starts after title + newline.
        #expect(article.blocks[1].range.start == 13 + newline.unicodeScalars.count)
    }

    @Test func controlCharactersStayRawButDisplayAsPlaceholders() throws {
        let text = "Colour \u{1B}[31mred\u{1B}[0m text and a bell\u{07} and C1 \u{85}\u{9B} codes about Russia and China."
        let folder = try TestSupport.folder(texts: ["esc.txt": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try #require(try CorpusLoader.load(folder: folder).articles.first)
        let raw = article.rawText(article.blocks[0].range)
        #expect(raw.unicodeScalars.contains("\u{1B}"))
        let shown = article.displayText(article.blocks[0].range).text
        #expect(shown.contains("\u{241B}[31mred"))
        #expect(!shown.unicodeScalars.contains { ($0.value < 0x20) || (0x7F...0x9F).contains($0.value) })
    }

    @Test func aTwentyMegabyteFileLoads() throws {
        let sentences = String(repeating: "Russia and China met on Feb. 18 in Riyadh. The U.S. said trade reached $2.5 billion.Talks go on. ", count: 10)
        var text = ""
        var line = 0
        while text.utf8.count < 20_000_000 {
            text += "Paragraph \(line): " + sentences + "\n"
            line += 1
        }
        let folder = try TestSupport.folder(texts: ["big.txt": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try #require(try CorpusLoader.load(folder: folder).articles.first)
        #expect(article.blocks.count == line)
        #expect(article.blocks.last?.sentences.count == 30)
    }

    @Test func filesTheManifestDoesNotListGetIdsAndTitlesFromThemselves() throws {
        let manifest = """
        [question]
        id = "q"
        title = "A question?"

        [question.stances]
        yes = "It will."
        no = "It will not."

        [[articles]]
        id = "listed"
        file = "listed.txt"
        title = "Listed Title"
        title_source = "editorial"
        """
        let folder = try TestSupport.folder(texts: [
            "corpus.toml": manifest,
            "listed.txt": Self.paragraph,
            "My Op-Ed.md": "# Why the Split Will Not Happen\n\n" + Self.paragraph + "\n",
            "007_abc.txt": "No title line here, just a long first paragraph that says Russia and China are close partners now.\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try CorpusLoader.load(folder: folder)
        let byID = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0) })
        #expect(Set(byID.keys) == ["listed", "my-op-ed", "007"])
        #expect(byID["listed"]?.title == "Listed Title")
        #expect(byID["listed"]?.titleSource == .editorial)
        #expect(byID["my-op-ed"]?.title == "Why the Split Will Not Happen")
        #expect(byID["my-op-ed"]?.titleSource == .text)
        #expect(byID["my-op-ed"]?.format == .markdown)
        #expect(byID["007"]?.title == "No title line here, just a long first…")
        #expect(byID["007"]?.titleSource == .derived)
    }
}
