import CounterpointCore
import Foundation

/// Articles made of the sample corpus's own sentences, in seeded random order: realistic prose
/// (abbreviations, quotes, glued sentences) at any volume, identical for the same seed.
struct SyntheticCorpus {
    private var generator: SplitMix64
    private let sentences: [String]
    private let headings: [String]
    private let furniture: [String]

    init(sample: Corpus, seed: UInt64) {
        generator = SplitMix64(seed: seed)
        var sentences: [String] = []
        var headings: [String] = []
        var furniture: [String] = []
        for article in sample.articles {
            for block in article.blocks {
                switch block.kind {
                case .body, .comment, .preface: sentences += block.sentences.map { article.rawText($0.range) }
                case .heading, .title: headings.append(article.rawText(block.range))
                case .boilerplate: furniture.append(article.rawText(block.range))
                case .pullquote: break
                }
            }
        }
        self.sentences = sentences.isEmpty ? ["Nothing to sample."] : sentences
        self.headings = headings.isEmpty ? ["Heading"] : headings
        self.furniture = furniture
    }

    /// Writes `articles` files of about `bytesPerArticle` bytes each; returns the total size.
    mutating func write(articles: Int, bytesPerArticle: Int, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var total = 0
        for number in 0..<articles {
            let text = article(bytes: bytesPerArticle)
            let data = Data(text.utf8)
            total += data.count
            try data.write(to: folder.appendingPathComponent(String(format: "%05d_synthetic.txt", number)))
        }
        return total
    }

    private mutating func article(bytes: Int) -> String {
        var lines = [pick(headings)]
        var size = lines[0].utf8.count
        var paragraphsSinceHeading = 0
        while size < bytes {
            var paragraph: [String] = []
            for _ in 0..<(2 + Int(generator.next() % 5)) { paragraph.append(pick(sentences)) }
            let line = paragraph.joined(separator: " ")
            lines.append(line)
            size += line.utf8.count + 1
            paragraphsSinceHeading += 1
            if paragraphsSinceHeading >= 3 && generator.next() % 3 == 0 {
                lines.append(pick(headings))
                paragraphsSinceHeading = 0
            }
            if !furniture.isEmpty && generator.next() % 12 == 0 { lines.append(pick(furniture)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func pick(_ items: [String]) -> String { items[Int(generator.next() % UInt64(items.count))] }
}
