import Testing
@testable import CounterpointCore

/// Random text made of the characters the cleaner reacts to: whatever comes in, blocks and sentences
/// stay ordered, inside the text, trimmed, and nothing unprintable reaches a display.
@Suite struct CleanerRobustnessTests {
    static let pieces: [String] = [
        "Russia", "China", "the", "U.S.", "Mr.", "Feb.", "18", "$2.5", ".", "..", "...", "…", "?", "!", ",", ";", ":",
        "\"", "“", "”", "’", "'", "(", ")", "[", "]", "*", "**", "_", "~~", "`", "#", "##", ">", "-", "–", "—", "•",
        "1.", "<b>", "</b>", "<!--", "-->", "](", "![", "http://x.y/z", "www.a.b", "\n", "\n\n", "\r\n", "\r", " ",
        "  ", "\t", "\u{1B}", "\u{7}", "\u{85}", "\u{202E}", "e\u{301}", "👨‍👩‍👧", "O\nver", "Ph.D.", "I", "you",
        "Related Articles", "Sign up", "Loading…", "By Jane Doe", "---", "===", "```", "A", "x", "0",
    ]

    @Test(arguments: [ArticleFormat.plainText, .markdown])
    func invariantsHoldOnRandomText(_ format: ArticleFormat) {
        var state: UInt64 = format == .markdown ? 7 : 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<(next() % 120) {
                text += Self.pieces[next() % Self.pieces.count]
                if next() % 3 == 0 { text += " " }
            }
            let article = TestSupport.clean(text, format: format)
            check(article)
        }
    }

    private func check(_ article: Article) {
        let count = article.source.count
        var previousEnd = 0
        for block in article.blocks {
            #expect(block.range.start >= previousEnd && block.range.end <= count && !block.range.isEmpty)
            previousEnd = block.range.end
            var sentenceEnd = block.range.start
            for sentence in block.sentences {
                #expect(block.range.contains(sentence.range) && sentence.range.start >= sentenceEnd && !sentence.range.isEmpty)
                #expect(!article.source[sentence.range.start].properties.isWhitespace)
                #expect(!article.source[sentence.range.end - 1].properties.isWhitespace)
                sentenceEnd = sentence.range.end
            }
            let shown = article.displayText(block.range)
            #expect(!shown.scalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            #expect(shown.offsets.allSatisfy { block.range.contains($0) })
        }
    }
}
