import CounterpointAnalysis

/// The stance matrix overlay (`m`): a cursor over themes (rows) × articles (columns) and, after
/// Enter, the list of the arguments in the cursor's cell.
public struct MatrixState: Equatable, Sendable {
    /// The arguments of the cursor's cell, listed inside the overlay.
    public struct CellList: Equatable, Sendable {
        public var selection = 0
        /// First argument shown when the list is longer than its rows.
        public var scroll = 0
    }

    /// Cursor: an index into the themes and one into the corpus's articles.
    public var row = 0
    public var column = 0
    /// First theme row and first article column shown; moved only to keep the cursor in view.
    public var firstRow = 0
    public var firstColumn = 0
    /// Non-nil while the cursor's cell is opened (Esc closes it, back to the grid).
    public var cellList: CellList?

    /// Starts on the current argument's cell, else on the focused pane's article.
    init(state: ReaderState) {
        let table = MatrixTable(state: state)
        if let current = state.currentArgument {
            row = table.themes.firstIndex(of: current.theme) ?? 0
            column = table.articleIDs.firstIndex(of: current.articleID) ?? 0
        } else if state.panes.indices.contains(state.focusedPane) {
            column = min(state.panes[state.focusedPane].articleIndex, max(0, table.columnCount - 1))
        }
        keepInView(state: state, table: table)
    }

    /// Stores the scroll positions the layout chose so the cursor (and list selection) show.
    mutating func keepInView(state: ReaderState, table: MatrixTable) {
        let listCount = cellList == nil ? 0 : table.arguments(row: row, column: column, in: state).count
        let layout = MatrixLayout(state: state, table: table, matrix: self, listCount: listCount)
        firstRow = layout.firstRow
        firstColumn = layout.firstColumn
        cellList?.scroll = layout.listScroll
    }
}

extension ReaderState {
    mutating func handleMatrixKey(_ key: Key, _ matrix: MatrixState) {
        var matrix = matrix
        if matrix.cellList == nil {
            handleMatrixGridKey(key, &matrix)
        } else {
            handleMatrixCellListKey(key, &matrix)
        }
        // Keys that open an argument or close the overlay have already left the matrix mode.
        guard case .matrix = mode else { return }
        let table = MatrixTable(state: self)
        matrix.row = min(max(0, matrix.row), max(0, table.rowCount - 1))
        matrix.column = min(max(0, matrix.column), max(0, table.columnCount - 1))
        if var list = matrix.cellList {
            // The stance filter may have emptied or shortened the cell.
            let count = table.arguments(row: matrix.row, column: matrix.column, in: self).count
            if count == 0 {
                matrix.cellList = nil
            } else {
                list.selection = min(max(0, list.selection), count - 1)
                matrix.cellList = list
            }
        }
        matrix.keepInView(state: self, table: table)
        mode = .matrix(matrix)
    }

    private mutating func handleMatrixGridKey(_ key: Key, _ matrix: inout MatrixState) {
        let table = MatrixTable(state: self)
        switch key {
        case .character("h"), .left: matrix.column -= 1
        case .character("l"), .right: matrix.column += 1
        case .character("k"), .up: matrix.row -= 1
        case .character("j"), .down: matrix.row += 1
        case .character("g"): matrix.row = 0
        case .character("G"): matrix.row = table.rowCount - 1
        case .character("0"), .home: matrix.column = 0
        case .character("$"), .end: matrix.column = table.columnCount - 1
        case .enter:
            if table.arguments(row: matrix.row, column: matrix.column, in: self).isEmpty {
                message = emptyCellMessage(table: table, matrix: matrix)
            } else {
                matrix.cellList = MatrixState.CellList()
            }
        case .character("f"): _ = apply(.cycleFilter)
        case .escape, .character("q"), .character("m"): mode = .normal
        default: break
        }
    }

    private mutating func handleMatrixCellListKey(_ key: Key, _ matrix: inout MatrixState) {
        guard var list = matrix.cellList else { return }
        let table = MatrixTable(state: self)
        let arguments = table.arguments(row: matrix.row, column: matrix.column, in: self)
        switch key {
        case .character("j"), .down, .tab: list.selection += 1
        case .character("k"), .up, .backTab: list.selection -= 1
        case .character("g"), .home: list.selection = 0
        case .character("G"), .end: list.selection = arguments.count - 1
        case .enter:
            guard arguments.indices.contains(list.selection) else { return }
            openFromOverlay(arguments[list.selection])
            return
        case .character("f"): _ = apply(.cycleFilter)
        case .escape, .character("h"), .left, .backspace:
            matrix.cellList = nil
            return
        case .character("q"), .character("m"):
            mode = .normal
            return
        default: break
        }
        matrix.cellList = list
    }

    private func emptyCellMessage(table: MatrixTable, matrix: MatrixState) -> String {
        guard table.themes.indices.contains(matrix.row), table.articleIDs.indices.contains(matrix.column) else {
            return "No arguments to list"
        }
        let side = filter == .all ? "" : "\(filter.rawValue) "
        return "No \(side)arguments on \(table.themes[matrix.row]) in \(table.articleIDs[matrix.column])"
    }

    /// Closes the overlay and makes an argument current in the focused pane, as a jump (Ctrl-O returns).
    mutating func openFromOverlay(_ argument: Argument) {
        mode = .normal
        recordJump()
        open(argument, inPane: focusedPane)
    }
}
