import CounterpointAnalysis
import CounterpointCore

/// Draws one article pane: header, gutter with stance glyphs and contradiction counts, and text.
struct ArticlePaneView {
    let state: ReaderState
    let index: Int
    let frame: ScreenGeometry.PaneFrame
    let theme: Theme
    let matches: [TextRange]
    /// Annotated passages of this pane's article, in text order.
    let noted: [TextRange]
    let selected: TextRange?

    func draw(into buffer: inout ScreenBuffer) {
        let layout = state.layout(forPane: index)
        let pane = state.panes[index]
        drawHeader(into: &buffer, layout: layout, pane: pane)
        let arguments = state.visibleArguments(inPane: index)
        let firstLines = Dictionary(arguments.compactMap { argument in
            layout.lineIndex(containing: argument.range.start).map { ($0, argument) }
        }, uniquingKeysWith: { first, _ in first })
        for row in 0..<frame.bodyHeight {
            let lineIndex = pane.scroll + row
            guard lineIndex < layout.lines.count else { break }
            drawLine(layout.lines[lineIndex], lineIndex: lineIndex, y: frame.bodyTop + row, arguments: arguments,
                     firstLines: firstLines, current: pane.currentArgumentID, into: &buffer)
        }
    }

    private func drawHeader(into buffer: inout ScreenBuffer, layout: ArticleLayout, pane: PaneState) {
        let focused = index == state.focusedPane
        let style = focused ? theme.focusedHeader : theme.header
        buffer.fill(x: frame.x, y: frame.top, width: frame.width, height: 1, style: style)
        let article = state.article(inPane: index)
        let total = layout.lines.count
        let shownTo = min(total, pane.scroll + frame.bodyHeight)
        let position = total <= frame.bodyHeight ? "All" : (pane.scroll == 0 ? "Top" : (shownTo >= total ? "Bot" : "\(shownTo * 100 / total)%"))
        let right = " " + position + " "
        let source = [article.outlet, article.publisher].compactMap { $0 }.first.map { " · \($0)" } ?? ""
        let left = " \(article.id) \(article.title)\(source)"
        let rightWidth = DisplayWidth.of(right)
        buffer.put(left, x: frame.x, y: frame.top, style: style, maxWidth: max(0, frame.width - rightWidth - 1))
        buffer.put(right, x: frame.x + max(0, frame.width - rightWidth), y: frame.top, style: style, maxWidth: frame.width)
    }

    private func drawLine(_ line: LayoutLine, lineIndex: Int, y: Int, arguments: [Argument],
                          firstLines: [Int: Argument], current: String?, into buffer: inout ScreenBuffer) {
        switch line.kind {
        case .blank:
            return
        case .rule(let label):
            let text = "── \(label) " + String(repeating: "─", count: max(0, frame.width))
            buffer.put(text, x: frame.x, y: y, style: theme.rule, maxWidth: frame.width)
            return
        case .text(let kind):
            let base = theme.base(for: kind)
            let lineArguments = arguments.filter { argument in line.rawRange.map { argument.range.overlaps($0) } ?? false }
            drawGutter(lineArguments.first, isFirstLine: lineArguments.first.map { firstLines[lineIndex]?.id == $0.id } ?? false,
                       current: current, y: y, into: &buffer)
            if let lineRange = line.rawRange, noted.contains(where: { $0.overlaps(lineRange) }) {
                buffer.put("*", x: frame.x + 2, y: y, style: theme.noteMark, maxWidth: 1)
            }
            var x = frame.textX
            let limit = frame.textX + frame.textWidth
            if !line.prefix.isEmpty {
                x += buffer.put(line.prefix, x: x, y: y, style: base, maxWidth: limit - x)
            }
            var argumentCursor = 0
            var matchCursor = matches.firstIndex { $0.end > (line.offsets.first ?? 0) } ?? matches.count
            var noteCursor = noted.firstIndex { $0.end > (line.offsets.first ?? 0) } ?? noted.count
            for (position, character) in line.characters.enumerated() {
                let offset = line.offsets[position]
                while argumentCursor < lineArguments.count && lineArguments[argumentCursor].range.end <= offset { argumentCursor += 1 }
                while matchCursor < matches.count && matches[matchCursor].end <= offset { matchCursor += 1 }
                var style = base
                if argumentCursor < lineArguments.count, lineArguments[argumentCursor].range.contains(offset) {
                    let argument = lineArguments[argumentCursor]
                    style = theme.argument(argument, over: base, current: argument.id == current)
                }
                while noteCursor < noted.count && noted[noteCursor].end <= offset { noteCursor += 1 }
                if noteCursor < noted.count, noted[noteCursor].contains(offset) { style.underline = true }
                if let selected, selected.contains(offset) { style = theme.selected(over: style) }
                if matchCursor < matches.count, matches[matchCursor].contains(offset) {
                    style = theme.searchMatch(over: style)
                }
                let used = buffer.putCharacter(character, width: line.widths[position], x: x, y: y, style: style, limit: limit)
                if used == 0 && line.widths[position] > 0 { break }
                x += used
            }
        }
    }

    private func drawGutter(_ argument: Argument?, isFirstLine: Bool, current: String?, y: Int, into buffer: inout ScreenBuffer) {
        guard let argument else { return }
        let isCurrent = argument.id == current
        let style = theme.gutter(for: argument, current: isCurrent)
        buffer.put(Theme.glyph(for: argument.stance), x: frame.x, y: y, style: style, maxWidth: 1)
        if isFirstLine {
            let count = state.map.contradictionCount(of: argument.id)
            if count > 0 { buffer.put(count > 9 ? "+" : String(count), x: frame.x + 1, y: y, style: style, maxWidth: 1) }
        }
    }
}
