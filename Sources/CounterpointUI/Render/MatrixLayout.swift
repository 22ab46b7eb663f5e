import CounterpointAnalysis
import CounterpointCore

/// Where the matrix overlay puts everything at the current screen size. Shared by the reducer
/// (to scroll so the cursor stays in view) and by `MatrixView` (to draw), so the two agree; the
/// scroll positions are recomputed here from the stored ones, so a resize never hides the cursor.
struct MatrixLayout {
    /// Slot widths for the feasible, infeasible and other counts of one column, so that `+` and
    /// `−` counts line up down the column and a side nobody argues in it takes no room.
    struct Slots: Equatable {
        var widths: [Int]

        init(_ counts: [StanceCounts]) {
            func width(_ value: (StanceCounts) -> Int) -> Int {
                let largest = counts.map(value).max() ?? 0
                return largest > 0 ? 1 + String(largest).count : 0
            }
            widths = [width(\.feasible), width(\.infeasible), width(\.other)]
        }

        /// Columns the widest cell needs; an empty column still needs one for its `·`.
        var contentWidth: Int {
            let used = widths.filter { $0 > 0 }
            return max(1, used.reduce(0, +) + max(0, used.count - 1))
        }

        /// Each non-zero count of a cell with its column offset, right-aligned in its slot.
        func place(_ counts: StanceCounts) -> [(offset: Int, text: String, stance: Stance)] {
            let values = [(counts.feasible, Stance.feasible), (counts.infeasible, Stance.infeasible),
                          (counts.other, StanceCounts.otherStance)]
            var result: [(offset: Int, text: String, stance: Stance)] = []
            var offset = 0
            for (slot, width) in widths.enumerated() where width > 0 {
                let (value, stance) = values[slot]
                if value > 0 {
                    let text = Theme.glyph(for: stance) + String(value)
                    result.append((offset + width - DisplayWidth.of(text), text, stance))
                }
                offset += width + 1
            }
            return result
        }
    }

    /// One drawn column: an article (by corpus index) or the row totals (`article == nil`).
    struct Column: Equatable {
        var article: Int?
        var x: Int
        var width: Int
        var slots: Slots
    }

    static let gap = 2
    /// Long article ids are cut so one of them cannot push every other column off screen.
    static let maximumHeaderWidth = 10

    let boxWidth: Int
    let boxHeight: Int
    let themeWidth: Int
    let columns: [Column]
    let totalColumn: Column?
    let firstColumn: Int
    let firstRow: Int
    /// Theme rows drawn between the header and the totals row (0 when the grid is hidden).
    let themeRows: Int
    /// False when the cell list needs the whole box on a short terminal.
    let showsGrid: Bool
    /// The cell list's title row, then `listRows` rows of arguments from `listScroll`.
    let listTop: Int
    let listRows: Int
    let listScroll: Int

    /// Inside the box border and one column of padding.
    var contentX: Int { MatrixLayout.contentLeft }
    static let contentLeft = 2
    var contentWidth: Int { max(0, boxWidth - 4) }
    var contentTop: Int { 1 }
    var contentHeight: Int { max(0, boxHeight - 2) }
    var headerRow: Int { contentTop }
    var totalsRow: Int { contentTop + 1 + themeRows }

    init(state: ReaderState, table: MatrixTable, matrix: MatrixState, listCount: Int) {
        boxWidth = state.width
        boxHeight = state.geometry.statusRow
        let contentX = MatrixLayout.contentLeft
        let contentWidth = max(0, boxWidth - 4)
        let contentHeight = max(0, boxHeight - 2)

        let labels = table.themes + ["total"]
        let widestLabel = labels.map { DisplayWidth.of($0) }.max() ?? 5
        themeWidth = min(widestLabel, max(6, contentWidth / 3))

        // Column widths: the widest of the header and the cells (column totals included).
        let articleSlots = table.articleIDs.indices.map { column in
            Slots(table.cells.map { $0[column] } + [table.columnTotals[column]])
        }
        let articleWidths = table.articleIDs.indices.map { column in
            max(min(DisplayWidth.of(table.articleIDs[column]), MatrixLayout.maximumHeaderWidth), articleSlots[column].contentWidth)
        }
        let totalSlots = Slots(table.rowTotals + [table.grandTotal])
        let totalWidth = max(DisplayWidth.of("total"), totalSlots.contentWidth)

        let cursor = min(max(0, matrix.column), max(0, table.columnCount - 1))
        let cursorWidth = articleWidths.indices.contains(cursor) ? articleWidths[cursor] : 0
        // Totals stay pinned at the right, unless the screen is too narrow for them and the cursor's column.
        let totalSpan = MatrixLayout.gap + totalWidth
        let keepsTotals = themeWidth + MatrixLayout.gap + cursorWidth + totalSpan <= contentWidth
        let available = contentWidth - themeWidth - (keepsTotals ? totalSpan : 0)
        let start = MatrixLayout.firstColumn(stored: matrix.firstColumn, cursor: cursor, widths: articleWidths,
                                             available: available)
        firstColumn = start
        var columns: [Column] = []
        var x = contentX + themeWidth
        var used = 0
        for column in start..<table.columnCount {
            let span = MatrixLayout.gap + articleWidths[column]
            if used + span > available && !columns.isEmpty { break }
            columns.append(Column(article: column, x: x + MatrixLayout.gap, width: articleWidths[column], slots: articleSlots[column]))
            x += span
            used += span
        }
        self.columns = columns
        totalColumn = keepsTotals ? Column(article: nil, x: x + MatrixLayout.gap, width: totalWidth, slots: totalSlots) : nil

        // Rows: the cell list, when open, comes first; the grid keeps at least header, cursor row and totals.
        let gridWanted = 2 + table.rowCount
        var listRows = 0
        var showsGrid = true
        var gridRows = min(gridWanted, contentHeight)
        if matrix.cellList != nil {
            let listWanted = 1 + max(1, listCount)
            if gridWanted + listWanted <= contentHeight {
                listRows = listWanted - 1
                gridRows = gridWanted
            } else {
                let listRoom = contentHeight - min(gridWanted, 3)
                if listRoom >= 1 + min(listCount, 2) {
                    listRows = min(listWanted, listRoom) - 1
                    gridRows = contentHeight - listRows - 1
                } else {
                    showsGrid = false
                    gridRows = 0
                    listRows = max(0, contentHeight - 1)
                }
            }
        }
        self.showsGrid = showsGrid
        themeRows = showsGrid ? max(0, min(table.rowCount, gridRows - 2)) : 0
        firstRow = MatrixLayout.scrollStart(stored: matrix.firstRow, cursor: matrix.row, visible: themeRows,
                                            count: table.rowCount)
        listTop = showsGrid ? 1 + gridRows : 1
        self.listRows = listRows
        listScroll = MatrixLayout.scrollStart(stored: matrix.cellList?.scroll ?? 0, cursor: matrix.cellList?.selection ?? 0,
                                              visible: listRows, count: listCount)
    }

    /// The first item shown of `count` equal-height items so the cursor is in view, moving as
    /// little as possible from `stored` and leaving no empty space at the end when there is more above.
    static func scrollStart(stored: Int, cursor: Int, visible: Int, count: Int) -> Int {
        guard visible > 0, count > 0 else { return 0 }
        var start = min(max(0, stored), max(0, count - visible))
        if cursor < start { start = cursor }
        if cursor >= start + visible { start = cursor - visible + 1 }
        return max(0, start)
    }

    /// The first article column shown, for columns of varying width.
    static func firstColumn(stored: Int, cursor: Int, widths: [Int], available: Int) -> Int {
        guard !widths.isEmpty else { return 0 }
        func span(_ range: ClosedRange<Int>) -> Int { range.reduce(0) { $0 + gap + widths[$1] } }
        var start = min(max(0, stored), widths.count - 1)
        if cursor < start { start = cursor }
        while start < cursor && span(start...cursor) > available { start += 1 }
        // After a widening resize, pull columns back in from the left rather than leave a gap.
        if span(start...(widths.count - 1)) <= available {
            while start > 0 && span((start - 1)...(widths.count - 1)) <= available { start -= 1 }
        }
        return start
    }
}
