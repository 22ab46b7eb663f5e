import CounterpointCore
import Foundation
@testable import CounterpointAnnotations

/// Articles and temporary store folders for the tests.
enum Fixtures {
    static func article(_ text: String, id: String = "a1", file: String = "a1.txt") -> Article {
        ArticleBuilder.build(id: id, file: file, text: text, entry: nil)
    }

    static let essay = """
        Can Washington pull Russia away from China? Many analysts doubt it. \
        Moscow depends on Beijing for trade, and the two leaders meet often. \
        Yet some in the administration believe a thaw could open a gap. \
        History offers one precedent: Nixon went to China in 1972. \
        Critics answer that the situation today is very different from then.
        """

    /// Offsets of `text` in `article` (first occurrence), in Unicode scalars.
    static func range(of text: String, in article: Article, occurrence: Int = 1) -> TextRange {
        let quote = Array(text.unicodeScalars)
        let found = Anchoring.exactOccurrences(of: quote, in: article.source.scalars)
        let match = found[occurrence - 1]
        return TextRange(match.start, match.end)
    }

    /// A fresh folder under the system temporary directory, removed by the caller's `defer`.
    static func temporaryFolder(_ name: String = #function) -> URL {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("cp-notes-\(safe)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) {
        // Read-only folders made by a test must become writable again to be removed.
        if let paths = FileManager.default.subpaths(atPath: url.path) {
            for path in paths { chmod(url.appendingPathComponent(path).path, 0o755) }
        }
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }
}
