import CounterpointAnalysis
import CounterpointCore

/// Draws the stance matrix over the panes: themes × articles with counts per side, row and
/// column totals, and (after Enter) the arguments of the cursor's cell below the grid.
struct MatrixView {
    static let hints = " hjkl/arrows move · Enter list, open · Esc back · f stance filter · q close"
    let state: ReaderState
    let theme: Theme
    let matrix: MatrixState

    func draw(into buffer: inout ScreenBuffer) {
        let table = MatrixTable(state: state)
        let cellArguments = matrix.cellList == nil ? [] : table.arguments(row: matrix.row, column: matrix.column, in: state)
        let layout = MatrixLayout(state: state, table: table, matrix: matrix, listCount: cellArguments.count)
        guard layout.boxWidth >= 2, layout.boxHeight >= 2 else { return }
        drawBox(into: &buffer, x: 0, y: 0, width: layout.boxWidth, height: layout.boxHeight, title: title(table, layout))
        buffer.put(" + feasible  − infeasible  · none ", x: 2, y: layout.boxHeight - 1, style: theme.muted,
                   maxWidth: layout.boxWidth - 4)
        if table.rowCount == 0 {
            buffer.put("No arguments in the map.", x: layout.contentX, y: layout.contentTop, style: theme.muted,
                       maxWidth: layout.contentWidth)
            return
        }
        if layout.showsGrid { drawGrid(table, layout, into: &buffer) }
        if matrix.cellList != nil { drawCellList(cellArguments, table, layout, into: &buffer) }
    }

    private func title(_ table: MatrixTable, _ layout: MatrixLayout) -> String {
        var parts = ["Stance matrix"]
        if state.filter != .all { parts.append("filter: \(state.filter.rawValue)") }
        let shownColumns = layout.columns.compactMap(\.article)
        if let first = shownColumns.first, let last = shownColumns.last, shownColumns.count < table.columnCount {
            parts.append("articles \(first + 1)–\(last + 1) of \(table.columnCount)")
        }
        if layout.themeRows > 0, layout.themeRows < table.rowCount {
            parts.append("themes \(layout.firstRow + 1)–\(layout.firstRow + layout.themeRows) of \(table.rowCount)")
        }
        return fittingTitle(parts, width: layout.boxWidth - 4)
    }

    private func drawGrid(_ table: MatrixTable, _ layout: MatrixLayout, into buffer: inout ScreenBuffer) {
        let header = layout.headerRow
        let labelWidth = layout.themeWidth
        buffer.put("theme", x: layout.contentX, y: header, style: theme.muted, maxWidth: labelWidth)
        for column in layout.columns {
            guard let article = column.article else { continue }
            let style = Style(bold: true, underline: article == matrix.column)
            buffer.put(clipped(table.articleIDs[article], to: column.width), x: column.x, y: header, style: style,
                       maxWidth: column.width)
        }
        if let total = layout.totalColumn {
            buffer.put("total", x: total.x, y: header, style: Style(bold: true), maxWidth: total.width)
        }
        // Arrows in the gaps say more articles lie off screen on that side.
        if let first = layout.columns.first, (first.article ?? 0) > 0 {
            buffer.put("‹", x: first.x - 2, y: header, style: Style(bold: true), maxWidth: 1)
        }
        if let last = layout.columns.last, let article = last.article, article < table.columnCount - 1 {
            buffer.put("›", x: last.x + last.width, y: header, style: Style(bold: true), maxWidth: 1)
        }
        // And more themes above or below, in the padding before the theme names (a full-width
        // name leaves no room after it).
        if layout.firstRow > 0 {
            buffer.put("↑", x: layout.contentX - 1, y: header + 1, style: Style(bold: true), maxWidth: 1)
        }
        if layout.firstRow + layout.themeRows < table.rowCount, layout.themeRows > 0 {
            buffer.put("↓", x: layout.contentX - 1, y: header + layout.themeRows, style: Style(bold: true), maxWidth: 1)
        }

        for offset in 0..<layout.themeRows {
            let row = layout.firstRow + offset
            let y = header + 1 + offset
            let isCursorRow = row == matrix.row
            buffer.put(clipped(table.themes[row], to: labelWidth), x: layout.contentX, y: y,
                       style: Style(bold: isCursorRow, underline: isCursorRow), maxWidth: labelWidth)
            for column in layout.columns {
                guard let article = column.article else { continue }
                drawCell(table.cells[row][article], column: column, y: y, cursor: isCursorRow && article == matrix.column,
                         bold: false, into: &buffer)
            }
            if let total = layout.totalColumn {
                drawCell(table.rowTotals[row], column: total, y: y, cursor: false, bold: true, into: &buffer)
            }
        }

        let totals = layout.totalsRow
        buffer.put("total", x: layout.contentX, y: totals, style: Style(bold: true), maxWidth: labelWidth)
        for column in layout.columns {
            guard let article = column.article else { continue }
            drawCell(table.columnTotals[article], column: column, y: totals, cursor: false, bold: true, into: &buffer)
        }
        if let total = layout.totalColumn {
            drawCell(table.grandTotal, column: total, y: totals, cursor: false, bold: true, into: &buffer)
        }
    }

    /// One cell: counts in stance colours (glyphs alone in monochrome), `·` when empty; the cursor reversed.
    private func drawCell(_ counts: StanceCounts, column: MatrixLayout.Column, y: Int, cursor: Bool, bold: Bool,
                          into buffer: inout ScreenBuffer) {
        if cursor {
            buffer.fill(x: column.x, y: y, width: column.width, height: 1, style: theme.selection)
        }
        guard !counts.isEmpty else {
            var style = cursor ? theme.selection : theme.muted
            style.bold = bold
            buffer.put("·", x: column.x, y: y, style: style, maxWidth: column.width)
            return
        }
        for token in column.slots.place(counts) {
            var style = Style(foreground: theme.monochrome ? nil : theme.role(for: token.stance), bold: bold)
            style.reverse = cursor
            buffer.put(token.text, x: column.x + token.offset, y: y, style: style,
                       maxWidth: max(0, column.width - token.offset))
        }
    }

    /// The cursor cell's arguments: stance glyph, id, speaker and first words, one per row.
    private func drawCellList(_ arguments: [Argument], _ table: MatrixTable, _ layout: MatrixLayout,
                              into buffer: inout ScreenBuffer) {
        guard let list = matrix.cellList, table.themes.indices.contains(matrix.row),
              table.articleIDs.indices.contains(matrix.column) else { return }
        let width = layout.contentWidth
        let noun = arguments.count == 1 ? "argument" : "arguments"
        let heading = "── \(table.themes[matrix.row]) in \(table.articleIDs[matrix.column]): \(arguments.count) \(noun) "
        buffer.put(heading + String(repeating: "─", count: max(0, width)), x: layout.contentX, y: layout.listTop,
                   style: theme.rule, maxWidth: width)
        let idWidth = arguments.map { DisplayWidth.of($0.id) }.max() ?? 0
        let speakerWidth = min(arguments.map { DisplayWidth.of($0.speaker) }.max() ?? 0, max(6, width / 5))
        for offset in 0..<layout.listRows {
            let index = layout.listScroll + offset
            guard arguments.indices.contains(index) else { break }
            let argument = arguments[index]
            let selected = index == list.selection
            let y = layout.listTop + 1 + offset
            if selected { buffer.fill(x: layout.contentX, y: y, width: width, height: 1, style: theme.selection) }
            var x = layout.contentX
            let plain = selected ? theme.selection : Style.plain
            x += buffer.put(selected ? "▸ " : "  ", x: x, y: y, style: plain, maxWidth: width)
            x += buffer.put(Theme.glyph(for: argument.stance) + " ", x: x, y: y,
                            style: theme.gutter(for: argument, current: selected), maxWidth: layout.contentX + width - x)
            x += buffer.put(padded(argument.id, to: idWidth) + "  ", x: x, y: y, style: plain,
                            maxWidth: layout.contentX + width - x)
            x += buffer.put(padded(clipped(argument.speaker, to: speakerWidth), to: speakerWidth) + "  ", x: x, y: y,
                            style: plain, maxWidth: layout.contentX + width - x)
            let room = layout.contentX + width - x
            buffer.put(clipped(state.firstWords(of: argument), to: room), x: x, y: y,
                       style: theme.argument(argument, over: .plain, current: selected), maxWidth: room)
        }
    }
}

/// Text cut to a display width, ending in `…` when something was cut.
func clipped(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    // No character is wider than its UTF-8 bytes, so a short text fits without measuring.
    if text.utf8.count <= width { return text }
    var used = 0
    var fitting = text.startIndex   // end of the longest prefix that leaves room for "…"
    for index in text.indices {
        let characterWidth = DisplayWidth.of(text[index])
        if used + characterWidth <= width - 1 { fitting = text.index(after: index) }
        used += characterWidth
        if used > width { return String(text[..<fitting]) + "…" }
    }
    return text
}

/// A box title of as many parts as fit, in order of importance; the first is always kept (cut if need be).
func fittingTitle(_ parts: [String], width: Int) -> String {
    var title = parts.first ?? ""
    for part in parts.dropFirst() where DisplayWidth.of(title + " · " + part) + 2 <= width {
        title += " · " + part
    }
    return " " + clipped(title, to: max(0, width - 2)) + " "
}

/// Text padded with spaces to a display width (never cut).
func padded(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
}
