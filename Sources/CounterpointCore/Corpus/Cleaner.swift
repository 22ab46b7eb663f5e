/// The cleaner's output: classified blocks (with sentences) and the display repairs it decided on.
public struct CleanedText: Sendable {
    public var blocks: [Block]
    public var edits: DisplayEdits

    public init(blocks: [Block], edits: DisplayEdits) {
        self.blocks = blocks
        self.edits = edits
    }
}

/// Splits an article into classified blocks with their sentences. Every range points into the raw
/// text; repairs for display (markup, broken words, glued sentences) go into `DisplayEdits`.
public enum Cleaner {
    public static func clean(_ source: SourceText, format: ArticleFormat) -> CleanedText {
        var edits = DisplayEdits()
        let paragraphs: [Paragraph]
        switch format {
        case .plainText: paragraphs = PlainParagraphs.split(source, edits: &edits)
        case .markdown: paragraphs = MarkdownParagraphs.split(source, edits: &edits)
        }
        let features = paragraphs.map { ParagraphFeatures($0, source: source, edits: edits) }
        var classifier = BlockClassifier(paragraphs: paragraphs, features: features)
        let decisions = classifier.classify()
        var blocks: [Block] = []
        blocks.reserveCapacity(paragraphs.count)
        for (paragraph, decision) in zip(paragraphs, decisions) {
            let sentences = Segmenter.sentences(in: source, range: paragraph.range, edits: &edits)
            guard !sentences.isEmpty else { continue }
            blocks.append(Block(kind: decision.kind, range: paragraph.range, speaker: decision.speaker, sentences: sentences))
        }
        return CleanedText(blocks: blocks, edits: edits)
    }

    static func trim(_ range: TextRange, in source: SourceText) -> TextRange {
        var start = range.start
        var end = range.end
        while start < end, ScalarClass.isSpace(source[start]) { start += 1 }
        while end > start, ScalarClass.isSpace(source[end - 1]) { end -= 1 }
        return TextRange(start, end)
    }
}
