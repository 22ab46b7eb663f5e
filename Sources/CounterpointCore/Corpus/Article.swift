import Foundation

/// What a block of an article is, as the cleaner judged it.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    case title, heading, body, preface, pullquote, comment, boilerplate

    /// Whether the block is part of the article's argument text (as opposed to furniture around it).
    public var isContent: Bool {
        switch self {
        case .body, .preface, .comment, .heading, .title: return true
        case .pullquote, .boilerplate: return false
        }
    }
}

/// Where an article's title came from.
public enum TitleSource: String, Codable, Sendable {
    /// A title line in the text itself.
    case text
    /// Written by whoever made the corpus manifest, not found in the text.
    case editorial
    /// Made up from the article's first words because nothing better exists.
    case derived
}

public enum ArticleFormat: String, Codable, Sendable {
    case plainText = "text"
    case markdown
}

public struct Sentence: Hashable, Codable, Sendable {
    public var range: TextRange
    public init(range: TextRange) { self.range = range }
}

public struct Block: Hashable, Codable, Sendable {
    public var kind: BlockKind
    public var range: TextRange
    /// `commenter` for reader comments; nil means the article's author.
    public var speaker: String?
    public var sentences: [Sentence]

    public init(kind: BlockKind, range: TextRange, speaker: String? = nil, sentences: [Sentence] = []) {
        self.kind = kind
        self.range = range
        self.speaker = speaker
        self.sentences = sentences
    }
}

/// One article of a corpus: its raw decoded text and the structure the cleaner found in it.
public struct Article: Sendable {
    public var id: String
    /// File name inside the corpus folder.
    public var file: String
    public var format: ArticleFormat
    public var title: String
    public var titleSource: TitleSource
    public var outlet: String?
    public var author: String?
    public var publisher: String?
    public let source: SourceText
    public var blocks: [Block]
    /// Raw ranges that display leaves out or changes (markup, broken-word line breaks, glued sentences).
    public var displayEdits: DisplayEdits

    public init(id: String, file: String, format: ArticleFormat, source: SourceText,
                title: String = "", titleSource: TitleSource = .derived,
                blocks: [Block] = [], displayEdits: DisplayEdits = DisplayEdits()) {
        self.id = id
        self.file = file
        self.format = format
        self.source = source
        self.title = title
        self.titleSource = titleSource
        self.blocks = blocks
        self.displayEdits = displayEdits
    }

    public var text: String { source.text }

    public var sentences: [Sentence] { blocks.flatMap(\.sentences) }

    /// The raw text of a range, exactly as in the file (after BOM removal).
    public func rawText(_ range: TextRange) -> String { source.slice(range) }

    /// The text of a range as a reader should see it: repairs applied, whitespace collapsed,
    /// control characters replaced by visible placeholders.
    public func displayText(_ range: TextRange) -> DisplayText {
        DisplayText(source: source, range: range, edits: displayEdits)
    }

    /// Words of the content blocks (not boilerplate, not pull quotes).
    public var wordCount: Int {
        blocks.filter { $0.kind.isContent }.reduce(0) { $0 + source.wordCount(in: $1.range) }
    }

    public var sentenceCount: Int {
        blocks.filter { $0.kind.isContent }.reduce(0) { $0 + $1.sentences.count }
    }

    public func blockIndex(containing offset: Int) -> Int? {
        blocks.firstIndex { $0.range.contains(offset) }
    }
}
