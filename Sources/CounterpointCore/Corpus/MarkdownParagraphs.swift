/// Markdown block structure: ATX and setext headings, paragraphs (hard-wrapped lines joined),
/// list items, block quotes, fenced code, thematic breaks, front matter and reference definitions.
/// Block ranges leave out the syntax at their edges (`#`, bullets, the first `>`); markup inside a
/// block is hidden from display through `DisplayEdits`.
enum MarkdownParagraphs {
    static func split(_ source: SourceText, edits: inout DisplayEdits) -> [Paragraph] {
        var builder = Builder(source: source)
        for (number, line) in source.lineRanges().enumerated() {
            builder.add(line, isFirst: number == 0)
        }
        builder.finish()
        var hidden = builder.hiddenMarkers
        for paragraph in builder.paragraphs where paragraph.forcedKind == nil {
            MarkdownInline.collectMarkup(in: paragraph.range, source: source, into: &hidden)
        }
        // In order, so each one appends to the edits instead of searching for its place.
        for range in hidden.sorted() { edits.hide(range) }
        return builder.paragraphs
    }

    private enum Open { case text, listItem, quote }

    private struct Fence {
        var marker: Unicode.Scalar
        var length: Int
        var firstLine: TextRange?
        var lastLine: TextRange?
    }

    private struct Builder {
        let source: SourceText
        var paragraphs: [Paragraph] = []
        /// Quote markers at the start of continuation lines inside a paragraph.
        var hiddenMarkers: [TextRange] = []
        var current: Paragraph?
        var open = Open.text
        var fence: Fence?
        var inFrontMatter = false

        init(source: SourceText) { self.source = source }

        mutating func add(_ line: TextRange, isFirst: Bool) {
            let trimmed = Cleaner.trim(line, in: source)
            let indent = trimmed.start - line.start
            if var codeFence = fence {
                if isFenceLine(trimmed, closing: codeFence) {
                    if let first = codeFence.firstLine, let last = codeFence.lastLine {
                        paragraphs.append(Paragraph(range: TextRange(first.start, last.end), forcedKind: .boilerplate))
                    }
                    fence = nil
                } else if !trimmed.isEmpty {
                    if codeFence.firstLine == nil { codeFence.firstLine = trimmed }
                    codeFence.lastLine = trimmed
                    fence = codeFence
                }
                return
            }
            if isFirst && text(trimmed) == "---" { inFrontMatter = true; return }
            if inFrontMatter {
                if text(trimmed) == "---" || text(trimmed) == "..." { inFrontMatter = false }
                return
            }
            guard !trimmed.isEmpty else { flush(); return }
            if indent <= 3, let opened = openingFence(trimmed) { flush(); fence = opened; return }
            if indent <= 3, let heading = atxHeading(trimmed) {
                flush()
                if let content = heading.content { paragraphs.append(Paragraph(range: content, headingLevel: heading.level)) }
                return
            }
            if indent <= 3, current != nil, open == .text, let level = setextLevel(trimmed) {
                current?.headingLevel = level
                flush()
                return
            }
            if indent <= 3 && isThematicBreak(trimmed) { flush(); return }
            if indent <= 3 && isReferenceDefinition(trimmed) { flush(); return }
            if indent <= 3 && source[trimmed.start] == ">" {
                let content = afterQuoteMarkers(trimmed)
                guard content < trimmed.end else { flush(); return }
                if current != nil && open == .quote {
                    hiddenMarkers.append(TextRange(trimmed.start, content))
                    extend(to: trimmed.end)
                } else {
                    flush()
                    start(TextRange(content, trimmed.end), as: .quote)
                }
                return
            }
            if let item = listItemContent(trimmed) {
                flush()
                start(TextRange(item, trimmed.end), as: .listItem)
                return
            }
            if current != nil { extend(to: trimmed.end) } else { start(trimmed, as: .text) }
        }

        mutating func finish() {
            if let codeFence = fence, let first = codeFence.firstLine, let last = codeFence.lastLine {
                paragraphs.append(Paragraph(range: TextRange(first.start, last.end), forcedKind: .boilerplate))
            }
            fence = nil
            flush()
        }

        private mutating func start(_ range: TextRange, as kind: Open) {
            current = Paragraph(range: range, isListItem: kind == .listItem)
            open = kind
        }

        private mutating func extend(to end: Int) {
            guard var paragraph = current else { return }
            paragraph.range = TextRange(paragraph.range.start, end)
            paragraph.lineCount += 1
            current = paragraph
        }

        private mutating func flush() {
            if let paragraph = current, !paragraph.range.isEmpty { paragraphs.append(paragraph) }
            current = nil
            open = .text
        }

        private func text(_ range: TextRange) -> String { source.slice(range) }

        private func run(of marker: Unicode.Scalar, from start: Int, limit: Int) -> Int {
            var index = start
            while index < limit && source[index] == marker { index += 1 }
            return index - start
        }

        private func openingFence(_ line: TextRange) -> Fence? {
            let marker = source[line.start]
            guard marker == "`" || marker == "~" else { return nil }
            let length = run(of: marker, from: line.start, limit: line.end)
            guard length >= 3 else { return nil }
            if marker == "`" {
                for index in (line.start + length)..<line.end where source[index] == "`" { return nil }
            }
            return Fence(marker: marker, length: length)
        }

        private func isFenceLine(_ line: TextRange, closing fence: Fence) -> Bool {
            guard !line.isEmpty, source[line.start] == fence.marker else { return false }
            return run(of: fence.marker, from: line.start, limit: line.end) == line.length && line.length >= fence.length
        }

        /// `## Heading ##`: the level and the text between the markers (nil for an empty heading).
        private func atxHeading(_ line: TextRange) -> (level: Int, content: TextRange?)? {
            let level = run(of: "#", from: line.start, limit: line.end)
            guard (1...6).contains(level) else { return nil }
            let afterMarker = line.start + level
            guard afterMarker == line.end || ScalarClass.isSpace(source[afterMarker]) else { return nil }
            var end = line.end
            var closing = end
            while closing > afterMarker && source[closing - 1] == "#" { closing -= 1 }
            if closing < end && (closing == afterMarker || ScalarClass.isSpace(source[closing - 1])) { end = closing }
            let content = Cleaner.trim(TextRange(afterMarker, end), in: source)
            return (level, content.isEmpty ? nil : content)
        }

        private func setextLevel(_ line: TextRange) -> Int? {
            let marker = source[line.start]
            guard marker == "=" || marker == "-" else { return nil }
            return run(of: marker, from: line.start, limit: line.end) == line.length ? (marker == "=" ? 1 : 2) : nil
        }

        private func isThematicBreak(_ line: TextRange) -> Bool {
            let marker = source[line.start]
            guard marker == "*" || marker == "-" || marker == "_" else { return false }
            var count = 0
            for index in line.start..<line.end {
                if source[index] == marker { count += 1 } else if !ScalarClass.isSpace(source[index]) { return false }
            }
            return count >= 3
        }

        /// `[label]: https://…` lines define link targets and show nothing.
        private func isReferenceDefinition(_ line: TextRange) -> Bool {
            guard source[line.start] == "[" else { return false }
            var index = line.start + 1
            while index < line.end && source[index] != "]" { index += 1 }
            return index + 1 < line.end && source[index + 1] == ":" && index > line.start + 1 && source[line.start + 1] != "^"
        }

        private func afterQuoteMarkers(_ line: TextRange) -> Int {
            var index = line.start
            while index < line.end && (source[index] == ">" || source[index] == " " || source[index] == "\t") { index += 1 }
            return index
        }

        /// Where a list item's text starts: after a bullet, or at the number of an ordered item.
        private func listItemContent(_ line: TextRange) -> Int? {
            let first = source[line.start]
            if (first == "-" || first == "*" || first == "+"), line.start + 1 < line.end, ScalarClass.isSpace(source[line.start + 1]) {
                let content = Cleaner.trim(TextRange(line.start + 1, line.end), in: source).start
                return content < line.end ? content : nil
            }
            var index = line.start
            while index < line.end && index - line.start < 9 && ScalarClass.isDigit(source[index]) { index += 1 }
            guard index > line.start, index + 1 < line.end, source[index] == "." || source[index] == ")",
                  ScalarClass.isSpace(source[index + 1]) else { return nil }
            return line.start
        }
    }
}
