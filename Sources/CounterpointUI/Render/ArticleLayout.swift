import CounterpointCore

/// One screen line of an article laid out at a given width.
public struct LayoutLine: Sendable {
    public enum Kind: Sendable, Equatable {
        case text(BlockKind)
        case blank
        /// A horizontal rule with a label, e.g. before reader comments.
        case rule(String)
    }

    public var kind: Kind
    public var blockIndex: Int?
    /// Shown before the text and not part of it (the quote mark of a pull quote).
    public var prefix: String
    public var characters: [Character]
    /// Raw scalar offset (into the article text) of each character.
    public var offsets: [Int]
    public var widths: [Int]

    /// Raw range the line's text covers; nil for blank lines and rules.
    public var rawRange: TextRange? {
        guard let first = offsets.first, let last = offsets.last else { return nil }
        return TextRange(first, last + 1)
    }
}

/// An article wrapped to a text width: blocks in order, boilerplate hidden unless asked for.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [LayoutLine]
    /// Indices of lines that carry text, with their first raw offset, for offset → line lookups.
    private let textLineStarts: [(line: Int, offset: Int)]

    public init(article: Article, width: Int, showBoilerplate: Bool) {
        self.width = max(1, width)
        var lines: [LayoutLine] = []
        var sawComment = false
        for (index, block) in article.blocks.enumerated() {
            if block.kind == .boilerplate && !showBoilerplate { continue }
            if block.kind == .comment && !sawComment {
                sawComment = true
                if !lines.isEmpty { lines.append(LayoutLine(kind: .blank, prefix: "", characters: [], offsets: [], widths: [])) }
                lines.append(LayoutLine(kind: .rule("reader comments"), blockIndex: nil, prefix: "", characters: [], offsets: [], widths: []))
            }
            if !lines.isEmpty, lines.last?.kind != .rule("reader comments") {
                lines.append(LayoutLine(kind: .blank, prefix: "", characters: [], offsets: [], widths: []))
            }
            let prefix = block.kind == .pullquote ? "❝ " : ""
            let display = article.displayText(block.range)
            lines.append(contentsOf: ArticleLayout.wrap(display, width: self.width, kind: block.kind,
                                                        blockIndex: index, prefix: prefix))
        }
        self.lines = lines
        textLineStarts = lines.enumerated().compactMap { index, line in line.offsets.first.map { (index, $0) } }
    }

    /// The line showing a raw offset (or the nearest text line before it).
    public func lineIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = textLineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if textLineStarts[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        if low == 0 { return textLineStarts.first?.line }
        return textLineStarts[low - 1].line
    }

    /// Lines a raw range spans, if any of it is displayed.
    public func lineSpan(of range: TextRange) -> ClosedRange<Int>? {
        guard let first = lineIndex(containing: range.start), let last = lineIndex(containing: max(range.start, range.end - 1)) else {
            return nil
        }
        return first...max(first, last)
    }

    /// Greedy word wrap by display width; words wider than the line are broken between characters.
    static func wrap(_ display: DisplayText, width: Int, kind: BlockKind, blockIndex: Int, prefix: String) -> [LayoutLine] {
        var characters: [Character] = []
        var offsets: [Int] = []
        var scalarIndex = 0
        for character in display.text {
            characters.append(character)
            offsets.append(display.offsets[min(scalarIndex, display.offsets.count - 1)])
            scalarIndex += character.unicodeScalars.count
        }
        let widths = characters.map { DisplayWidth.of($0) }
        let prefixWidth = DisplayWidth.of(prefix)
        let indent = String(repeating: " ", count: prefixWidth)
        let available = max(1, width - prefixWidth)

        var lines: [LayoutLine] = []
        var lineStart = 0
        var index = 0
        func emit(_ end: Int) {
            var trimmedEnd = end
            while trimmedEnd > lineStart && characters[trimmedEnd - 1] == " " { trimmedEnd -= 1 }
            lines.append(LayoutLine(kind: .text(kind), blockIndex: blockIndex, prefix: lines.isEmpty ? prefix : indent,
                                    characters: Array(characters[lineStart..<trimmedEnd]),
                                    offsets: Array(offsets[lineStart..<trimmedEnd]),
                                    widths: Array(widths[lineStart..<trimmedEnd])))
        }
        while lineStart < characters.count {
            // Skip spaces at the start of a continuation line.
            while lineStart < characters.count && characters[lineStart] == " " && !lines.isEmpty { lineStart += 1 }
            guard lineStart < characters.count else { break }
            var used = 0
            var lastBreak: Int?
            index = lineStart
            while index < characters.count && used + widths[index] <= available {
                if characters[index] == " " { lastBreak = index }
                used += widths[index]
                index += 1
            }
            if index >= characters.count {
                emit(characters.count)
                lineStart = characters.count
            } else if let lastBreak, lastBreak > lineStart {
                emit(lastBreak)
                lineStart = lastBreak + 1
            } else {
                let end = max(index, lineStart + 1)   // at least one character per line, even if too wide
                emit(end)
                lineStart = end
            }
        }
        return lines
    }
}

/// Memoises layouts per (article, width, boilerplate) so navigation and rendering share them.
public final class LayoutCache: @unchecked Sendable {
    private struct Key: Hashable {
        var article: Int
        var width: Int
        var showBoilerplate: Bool
    }

    private var layouts: [Key: ArticleLayout] = [:]
    private var matches: [MatchKey: [TextRange]] = [:]

    private struct MatchKey: Hashable {
        var layout: Key
        var query: String
    }

    public init() {}

    public func layout(for articleIndex: Int, in articles: [Article], width: Int, showBoilerplate: Bool) -> ArticleLayout {
        let key = Key(article: articleIndex, width: width, showBoilerplate: showBoilerplate)
        if let cached = layouts[key] { return cached }
        if layouts.count > 64 { layouts.removeAll() }   // widths change on resize; keep memory bounded
        let layout = ArticleLayout(article: articles[articleIndex], width: width, showBoilerplate: showBoilerplate)
        layouts[key] = layout
        return layout
    }

    private var overlays: [AnyHashable: Any] = [:]

    /// Any derived value the overlays compute from the whole map (the argument list's rows), kept
    /// until its key changes; keys must include everything the value depends on.
    func memoized<Value>(_ key: AnyHashable, _ build: () -> Value) -> Value {
        if let cached = overlays[key] as? Value { return cached }
        if overlays.count > 4_096 { overlays.removeAll() }
        let value = build()
        overlays[key] = value
        return value
    }

    /// Search matches in a layout, memoised: rendering asks for them on every frame.
    public func matches(for articleIndex: Int, in articles: [Article], width: Int, showBoilerplate: Bool,
                        query: String) -> [TextRange] {
        let key = MatchKey(layout: Key(article: articleIndex, width: width, showBoilerplate: showBoilerplate), query: query)
        if let cached = matches[key] { return cached }
        if matches.count > 256 { matches.removeAll() }
        let found = SearchMatcher.matches(in: layout(for: articleIndex, in: articles, width: width, showBoilerplate: showBoilerplate),
                                          query: query)
        matches[key] = found
        return found
    }
}
