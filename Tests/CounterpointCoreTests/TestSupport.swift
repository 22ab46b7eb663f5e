import Foundation
@testable import CounterpointCore

/// Helpers shared by the core tests: the seed folder, temporary corpora, display text of ranges.
enum TestSupport {
    static var seedsFolder: URL {
        var directory = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("seeds")
    }

    static func loadSeeds() throws -> Corpus { try CorpusLoader.load(folder: seedsFolder) }

    /// A fresh temporary folder holding the given files (name → bytes); removed by the caller.
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    static func folder(texts: [String: String]) throws -> URL {
        try folder(texts.mapValues { Array($0.utf8) })
    }

    /// Sentences of one block of text as a reader sees them.
    static func sentences(_ text: String) -> [String] {
        let source = SourceText(text)
        var edits = DisplayEdits()
        let sentences = Segmenter.sentences(in: source, range: TextRange(0, source.count), edits: &edits)
        return sentences.map { DisplayText(source: source, range: $0.range, edits: edits).text }
    }

    static func clean(_ text: String, format: ArticleFormat = .plainText) -> Article {
        ArticleBuilder.build(id: "t", file: format == .markdown ? "t.md" : "t.txt", text: text, entry: nil)
    }

    static func displayed(_ article: Article) -> [String] {
        article.blocks.map { article.displayText($0.range).text }
    }

    static func kinds(_ article: Article) -> [BlockKind] { article.blocks.map(\.kind) }
}
