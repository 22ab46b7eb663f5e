/// The cleaner's output: classified blocks (with sentences) and the display repairs it decided on.
public struct CleanedText: Sendable {
    public var blocks: [Block]
    public var edits: DisplayEdits

    public init(blocks: [Block], edits: DisplayEdits) {
        self.blocks = blocks
        self.edits = edits
    }
}

/// Splits an article into classified blocks. (First version: one block per paragraph.)
public enum Cleaner {
    public static func clean(_ source: SourceText, format: ArticleFormat) -> CleanedText {
        var edits = DisplayEdits()
        var blocks: [Block] = []
        for line in source.lineRanges() {
            let trimmed = trim(line, in: source)
            guard !trimmed.isEmpty else { continue }
            let kind: BlockKind = blocks.isEmpty && trimmed.length < 120 ? .title : .body
            let sentences = Segmenter.sentences(in: source, range: trimmed, edits: &edits)
            blocks.append(Block(kind: kind, range: trimmed, sentences: sentences))
        }
        return CleanedText(blocks: blocks, edits: edits)
    }

    static func trim(_ range: TextRange, in source: SourceText) -> TextRange {
        var start = range.start
        var end = range.end
        while start < end, source[start].properties.isWhitespace { start += 1 }
        while end > start, source[end - 1].properties.isWhitespace { end -= 1 }
        return TextRange(start, end)
    }
}
