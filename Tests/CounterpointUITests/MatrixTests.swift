import CounterpointAnalysis
import Testing
@testable import CounterpointCore
@testable import CounterpointUI

/// The stance matrix (`m`): counts, cursor, the cell list, opening an argument, scrolling.
@Suite struct MatrixTests {
    // Fixture themes in order: asymmetry, diplomacy, economy, personal-ties, trust.
    // Articles: 001 (a1 + asymmetry, a2 + diplomacy, a3 − economy), 002 (b1 − economy,
    // b2 − personal-ties, b3 − asymmetry), 003 (c1 − trust).

    @Test func countsEachSidePerThemeAndArticleWithTotals() throws {
        let table = MatrixTable(state: try ReaderFixture.state())
        #expect(table.themes == ["asymmetry", "diplomacy", "economy", "personal-ties", "trust"])
        #expect(table.articleIDs == ["001", "002", "003"])
        #expect(table.cells[0][0] == StanceCounts(feasible: 1))
        #expect(table.cells[0][1] == StanceCounts(infeasible: 1))
        #expect(table.cells[4][2] == StanceCounts(infeasible: 1))
        #expect(table.cells[4][0].isEmpty)
        #expect(table.rowTotals[0] == StanceCounts(feasible: 1, infeasible: 1))
        #expect(table.columnTotals[1] == StanceCounts(infeasible: 3))
        #expect(table.grandTotal == StanceCounts(feasible: 2, infeasible: 5))
    }

    @Test func honoursTheStanceFilter() throws {
        let table = MatrixTable(state: try ReaderFixture.state().after(.cycleFilter))
        #expect(table.themes.count == 5, "rows stay put when a filter hides a theme's arguments")
        #expect(table.grandTotal == StanceCounts(feasible: 2))
        #expect(table.cells[0][1].isEmpty)
    }

    @Test func opensOnTheCurrentArgumentsCell() throws {
        let plain = try ReaderFixture.state().after(.openMatrix)
        #expect(plain.matrix?.row == 0 && plain.matrix?.column == 0)
        // b1 (economy, 002) current in the second pane.
        let onB1 = try ReaderFixture.state().after(.focusNextPane, .nextArgument, .openMatrix)
        #expect(onB1.currentArgument?.id == "b1")
        #expect(onB1.matrix?.row == 2 && onB1.matrix?.column == 1)
    }

    @Test func cursorMovesWithArrowsAndHjklAndStopsAtTheEdges() throws {
        var state = try ReaderFixture.state().after(.openMatrix)
        state = state.afterKeys(.left, .up, .character("h"), .character("k"))
        #expect(state.matrix?.row == 0 && state.matrix?.column == 0)
        state = state.pressing("lljjj")
        #expect(state.matrix?.row == 3 && state.matrix?.column == 2)
        state = state.afterKeys(.right, .down, .down, .down)
        #expect(state.matrix?.row == 4 && state.matrix?.column == 2)
        state = state.pressing("g").afterKeys(.home)
        #expect(state.matrix?.row == 0 && state.matrix?.column == 0)
        state = state.pressing("G$")
        #expect(state.matrix?.row == 4 && state.matrix?.column == 2)
    }

    @Test func enterListsTheCellsArgumentsAndEscGoesBackUp() throws {
        let wide = try ReaderFixture.wideState(articles: 4)
        // Article 001 (index 0): w001-2 and w001-3 are both infeasible on "energy" (row 1).
        var state = wide.after(.openMatrix).afterKeys(.down, .enter)
        #expect(state.matrix?.cellList == MatrixState.CellList(selection: 0, scroll: 0))
        let table = MatrixTable(state: state)
        #expect(table.arguments(row: 1, column: 0, in: state).map(\.id) == ["w001-2", "w001-3"])
        let lines = render(state).trimmedLines
        #expect(lines.contains { $0.contains("── energy in 001: 2 arguments") })
        #expect(lines.contains { $0.contains("▸ − w001-2  author         Objection 001 says no.") })
        #expect(lines.contains { $0.contains("  − w001-3  Sergei Lavrov  Rebuttal 001 also says no.") })
        state = state.afterKeys(.down, .down)
        #expect(state.matrix?.cellList?.selection == 1)
        state = state.afterKeys(.escape)
        #expect(state.matrix != nil && state.matrix?.cellList == nil)
        state = state.afterKeys(.escape)
        #expect(state.mode == .normal)
    }

    @Test func enterOnAnEmptyCellSaysSoAndListsNothing() throws {
        let state = try ReaderFixture.state().after(.openMatrix).pressing("jjjj").afterKeys(.enter)
        #expect(state.matrix?.cellList == nil)
        #expect(state.message == "No arguments on trust in 001")
    }

    @Test func enterOnAnArgumentOpensItInTheFocusedPaneAndCtrlOReturns() throws {
        var state = try ReaderFixture.state(width: 120).after(.focusNextPane, .nextArgument)
        #expect(state.focusedPane == 1 && state.currentArgument?.id == "b1")
        let before = state.panes[1]
        // trust (row 4) × 003 (column 2) holds c1.
        state = state.after(.openMatrix).pressing("jjjjl").afterKeys(.enter, .enter)
        #expect(state.mode == .normal)
        #expect(state.focusedPane == 1)
        #expect(state.article(inPane: 1).id == "003")
        #expect(state.currentArgument?.id == "c1")
        #expect(state.panes[0].articleIndex == 0, "the other pane is left alone")
        state = state.afterKeys(.control("o"))
        #expect(state.panes[1] == before)
        #expect(state.currentArgument?.id == "b1")
    }

    @Test func qAndMCloseFromEitherLevel() throws {
        let open = try ReaderFixture.state().after(.openMatrix)
        #expect(open.pressing("q").mode == .normal)
        #expect(open.pressing("m").mode == .normal)
        #expect(open.afterKeys(.enter).matrix?.cellList != nil)
        #expect(open.afterKeys(.enter).pressing("q").mode == .normal)
        #expect(open.afterKeys(.enter).pressing("m").mode == .normal)
        // Closing leaves the panes as they were: nothing was opened.
        #expect(open.pressing("q").currentArgument == nil)
    }

    @Test func fCyclesTheReaderFilterAndClosesAnEmptiedCellList() throws {
        // asymmetry × 002 holds only b3 (infeasible).
        var state = try ReaderFixture.state().after(.openMatrix).pressing("l").afterKeys(.enter)
        #expect(state.matrix?.cellList != nil)
        state = state.pressing("f")
        #expect(state.filter == .feasible)
        #expect(state.matrix?.cellList == nil)
        #expect(state.message == "Showing feasible arguments only")
        #expect(render(state).trimmedLines[0].contains("filter: feasible"))
    }

    @Test func manyArticlesScrollSidewaysToKeepTheCursorInView() throws {
        var state = try ReaderFixture.wideState(articles: 50, width: 80, height: 24).after(.openMatrix)
        for step in 1...49 {
            state = state.afterKeys(.right)
            let matrix = try #require(state.matrix)
            #expect(matrix.column == step)
            let layout = MatrixLayout(state: state, table: MatrixTable(state: state), matrix: matrix, listCount: 0)
            #expect(layout.columns.contains { $0.article == step }, "cursor column \(step) off screen")
        }
        let lines = render(state).trimmedLines
        #expect(lines[1].contains("050") && !lines[1].contains("001"))
        #expect(lines[1].contains("‹") && !lines[1].contains("›"))
        #expect(lines[1].contains("total"), "totals stay pinned at the right")
        #expect(lines[0].contains("of 50"))
        // Going back left moves the view only once the cursor reaches its left edge.
        let first = try #require(state.matrix?.firstColumn)
        state = state.afterKeys(.left)
        #expect(state.matrix?.firstColumn == first)
        state = state.afterKeys(.home)
        #expect(state.matrix?.firstColumn == 0)
        #expect(render(state).trimmedLines[1].contains("›"))
    }

    @Test func aResizeNeverLeavesTheCursorOffScreen() throws {
        var state = try ReaderFixture.wideState(articles: 50, width: 160, height: 30).after(.openMatrix).pressing("$")
        state = state.after(.resize(width: 60, height: 12))
        let matrix = try #require(state.matrix)
        let layout = MatrixLayout(state: state, table: MatrixTable(state: state), matrix: matrix, listCount: 0)
        #expect(layout.columns.contains { $0.article == 49 })
        #expect(render(state).trimmedLines[1].contains("050"))
    }

    @Test(arguments: [(40, 10), (41, 11), (52, 12), (60, 14)])
    func smallTerminalsDegradeWithoutDrawingOutside(size: (Int, Int)) throws {
        // Each opens a cell holding arguments: markets × 050, and economy × 002 (b1).
        for (state, keys) in [(try ReaderFixture.wideState(articles: 50, width: size.0, height: size.1), "jj$"),
                              (try ReaderFixture.state(width: size.0, height: size.1), "jjl")] {
            let opened = state.after(.openMatrix).pressing(keys).afterKeys(.enter)
            for shown in [opened, opened.afterKeys(.escape)] {
                let buffer = render(shown)
                #expect(buffer.width == size.0 && buffer.height == size.1)
                for line in buffer.lines { #expect(DisplayWidth.of(line) == size.0) }
                #expect(buffer.trimmedLines[0].hasPrefix("┌─ Stance matrix"))
            }
            // The cell list wins the room on a short screen: its selected argument is always drawn.
            #expect(render(opened).trimmedLines.contains { $0.contains("▸ −") || $0.contains("▸ +") })
        }
    }
}
