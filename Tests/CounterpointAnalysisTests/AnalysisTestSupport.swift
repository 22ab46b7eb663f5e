import CounterpointCore
import Foundation
import Testing
@testable import CounterpointAnalysis

/// Shared fixtures: the seeds' profile (read from the repository, never copied into code) and
/// articles built by hand, so tests do not depend on how the cleaner splits text.
enum Fixtures {
    static var repositoryRoot: URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }

    static var seedsFolder: URL { repositoryRoot.appendingPathComponent("seeds") }

    static let profile: QuestionProfile = {
        // A test that cannot read the profile should fail loudly, not pass vacuously.
        try! ProfileLoader.load(seedsFolder.appendingPathComponent("corpus.toml"))
    }()

    static let analyzer = Analyzer(profile: profile)

    /// The smallest valid profile (one bloc party, one split event, one theme "t"): tests append a
    /// table to it to check how the loader judges that table.
    static let minimalProfile = """
        [profile]
        split_stance = "breakup"
        bond_stance = "union"
        [[profile.parties]]
        id = "a"
        role = "bloc"
        aliases = ["A"]
        [[profile.events]]
        kind = "split"
        terms = ["leave"]
        [[profile.themes]]
        id = "t"
        terms = ["y"]
        """

    /// An article whose paragraphs are the given blocks, each a list of sentences joined by spaces.
    static func article(id: String, paragraphs: [[String]], kinds: [BlockKind]? = nil) -> Article {
        var text = ""
        var blocks: [Block] = []
        for (index, sentences) in paragraphs.enumerated() {
            if index > 0 { text += "\n" }
            let blockStart = text.unicodeScalars.count
            var ranges: [Sentence] = []
            for (position, sentence) in sentences.enumerated() {
                if position > 0 { text += " " }
                let start = text.unicodeScalars.count
                text += sentence
                ranges.append(Sentence(range: TextRange(start, text.unicodeScalars.count)))
            }
            let kind = kinds?[index] ?? .body
            blocks.append(Block(kind: kind, range: TextRange(blockStart, text.unicodeScalars.count),
                                speaker: kind == .comment ? "commenter" : nil, sentences: ranges))
        }
        return Article(id: id, file: "\(id).txt", format: .plainText, source: SourceText(text + "\n"),
                       title: id, titleSource: .editorial, blocks: blocks)
    }

    /// How the analyzer reads one sentence on its own (no article lean, no neighbours).
    static func reading(_ sentence: String) -> SentenceReading {
        var tokenizer = analyzer.makeTokenizer()
        let source = SourceText(sentence)
        return SentenceReader(CompiledProfile(profile)).read(tokenizer.tokens(in: source, range: TextRange(0, source.count)),
                                                             source: source)
    }

    static func stance(_ sentence: String) -> Stance? {
        let score = reading(sentence).stanceScore
        return score == 0 ? nil : profile.stance(forSign: score > 0 ? 1 : -1)
    }

    /// Expects `text` to fail to load as a profile with exactly `description` (file name included).
    static func expectProfileError(_ text: String, file: String, description: String,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try ProfileLoader.parse(text, file: file)
            Issue.record("expected the error \(description)", sourceLocation: sourceLocation)
        } catch let error as TOMLFileError {
            #expect(error.description == description, sourceLocation: sourceLocation)
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
        }
    }
}
