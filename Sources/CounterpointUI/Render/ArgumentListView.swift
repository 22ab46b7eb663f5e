import CounterpointAnalysis
import CounterpointCore

/// Draws the argument list over the panes: a heading per theme with its counts per side, then one
/// row per argument (stance, article, speaker, contradicting views, first words).
struct ArgumentListView {
    static let hints = " j/k move · PgDn/PgUp page · Enter open · f stance · o origin · q close"
    let state: ReaderState
    let theme: Theme
    let list: ArgumentListState

    private static let gap = "  "
    private static let countHeader = "contra"

    /// Rows of arguments and headings that fit under the column header; the reducer scrolls by it.
    static func bodyRows(for state: ReaderState) -> Int {
        max(0, state.geometry.statusRow - 3)
    }

    func draw(into buffer: inout ScreenBuffer) {
        let boxWidth = state.width
        let boxHeight = state.geometry.statusRow
        guard boxWidth >= 2, boxHeight >= 2 else { return }
        let content = ArgumentListContent.of(state, origin: list.origin)
        drawBox(into: &buffer, x: 0, y: 0, width: boxWidth, height: boxHeight, title: title(content))
        let x = 2
        let width = max(0, boxWidth - 4)
        if !content.arguments.isEmpty {
            buffer.put(" \(list.selection + 1) of \(content.arguments.count) ", x: x, y: boxHeight - 1, style: theme.muted,
                       maxWidth: width)
        }
        guard !content.rows.isEmpty else {
            buffer.put("No arguments match these filters: f changes the stance filter, o the origin filter.",
                       x: x, y: 1, style: theme.muted, maxWidth: width)
            return
        }
        let columns = Columns(arguments: content.arguments, width: width)
        buffer.put(columns.header, x: x, y: 1, style: theme.muted, maxWidth: width)
        let rows = ArgumentListView.bodyRows(for: state)
        let scroll = content.scroll(stored: list.scroll, selection: list.selection, visible: rows)
        let selectedRow = content.rowOfArgument.indices.contains(list.selection) ? content.rowOfArgument[list.selection] : -1
        for offset in 0..<rows {
            let index = scroll + offset
            guard content.rows.indices.contains(index) else { break }
            let y = 2 + offset
            switch content.rows[index] {
            case .theme(let name, let counts):
                drawHeading(name, counts, x: x, y: y, width: width, into: &buffer)
            case .argument(let argument):
                drawArgument(argument, columns: columns, selected: index == selectedRow, x: x, y: y, width: width,
                             into: &buffer)
            }
        }
    }

    private func title(_ content: ArgumentListContent) -> String {
        var parts = ["Arguments by theme: \(content.arguments.count) shown"]
        parts.append("stance: \(state.filter.rawValue)")
        parts.append("origin: \(list.origin.rawValue)")
        return fittingTitle(parts, width: state.width - 4)
    }

    private func drawHeading(_ name: String, _ counts: StanceCounts, x: Int, y: Int, width: Int, into buffer: inout ScreenBuffer) {
        var column = x
        column += buffer.put(name, x: column, y: y, style: Style(foreground: theme.monochrome ? nil : .heading, bold: true),
                             maxWidth: width)
        for token in counts.tokens {
            column += buffer.put(" ", x: column, y: y, maxWidth: x + width - column)
            column += buffer.put(token.text, x: column, y: y,
                                 style: Style(foreground: theme.monochrome ? nil : theme.role(for: token.stance)),
                                 maxWidth: x + width - column)
        }
    }

    private func drawArgument(_ argument: Argument, columns: Columns, selected: Bool, x: Int, y: Int, width: Int,
                              into buffer: inout ScreenBuffer) {
        let plain = selected ? theme.selection : Style.plain
        if selected { buffer.fill(x: x, y: y, width: width, height: 1, style: plain) }
        let limit = x + width
        var column = x
        column += buffer.put(selected ? "▸ " : "  ", x: column, y: y, style: plain, maxWidth: limit - column)
        column += buffer.put(Theme.glyph(for: argument.stance), x: column, y: y,
                             style: theme.gutter(for: argument, current: selected), maxWidth: limit - column)
        column += buffer.put(" " + padded(clipped(argument.articleID, to: columns.article), to: columns.article)
                             + ArgumentListView.gap + padded(clipped(argument.speaker, to: columns.speaker), to: columns.speaker)
                             + ArgumentListView.gap, x: column, y: y, style: plain, maxWidth: limit - column)
        let count = state.map.contradictionCount(of: argument.id)
        let countText = count == 0 ? "·" : String(count)
        let countStyle = count == 0 && !selected ? theme.muted : plain
        let countPad = String(repeating: " ", count: max(0, ArgumentListView.countHeader.count - countText.count))
        column += buffer.put(countPad, x: column, y: y, style: plain, maxWidth: limit - column)
        column += buffer.put(countText, x: column, y: y, style: countStyle, maxWidth: limit - column)
        column += buffer.put(ArgumentListView.gap, x: column, y: y, style: plain, maxWidth: limit - column)
        buffer.put(clipped(state.firstWords(of: argument), to: limit - column), x: column, y: y,
                   style: theme.argument(argument, over: .plain, current: selected), maxWidth: limit - column)
    }

    /// Widths of the article and speaker columns: as wide as their contents, within limits so
    /// the first words keep most of a narrow screen.
    private struct Columns {
        let article: Int
        let speaker: Int

        init(arguments: [Argument], width: Int) {
            let widestID = arguments.map { DisplayWidth.of($0.articleID) }.max() ?? 0
            article = max(DisplayWidth.of("article"), min(widestID, 10))
            let widestSpeaker = arguments.map { DisplayWidth.of($0.speaker) }.max() ?? 0
            let speakerLimit = max(DisplayWidth.of("speaker"), width / 5)
            speaker = max(DisplayWidth.of("speaker"), min(widestSpeaker, speakerLimit))
        }

        /// Labels over the columns, aligned with the rows below (marker and glyph take four columns).
        var header: String {
            "    " + padded("article", to: article) + ArgumentListView.gap + padded("speaker", to: speaker)
                + ArgumentListView.gap + ArgumentListView.countHeader + ArgumentListView.gap + "first words"
        }
    }
}
