import CounterpointAnalysis
import Testing
@testable import CounterpointUI

/// Compares the overlay's rows (everything above the status line, which other features share)
/// with the expected text: the listed rows first, then empty box rows, then the bottom border.
func expectOverlay(_ state: ReaderState, _ expected: [String], bottom: String,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let lines = render(state).trimmedLines
    let boxBottom = state.geometry.statusRow - 1
    let blank = "│" + String(repeating: " ", count: max(0, state.width - 2)) + "│"
    let wanted = expected + Array(repeating: blank, count: max(0, boxBottom - expected.count)) + [bottom]
    let shown = Array(lines.prefix(boxBottom + 1))
    #expect(shown == wanted, Comment(rawValue: "\n" + shown.joined(separator: "\n")), sourceLocation: sourceLocation)
}

@Suite struct MatrixSnapshotTests {
    @Test func matrixAt120x30() throws {
        let state = try ReaderFixture.state(width: 120, height: 30).after(.openMatrix)
        expectOverlay(state, [
            "┌─ Stance matrix ──────────────────────────────────────────────────────────────────────────────────────────────────────┐",
            "│ theme          001    002  003  total                                                                                │",
            "│ asymmetry      +1     −1   ·    +1 −1                                                                                │",
            "│ diplomacy      +1     ·    ·    +1                                                                                   │",
            "│ economy           −1  −1   ·       −2                                                                                │",
            "│ personal-ties  ·      −1   ·       −1                                                                                │",
            "│ trust          ·      ·    −1      −1                                                                                │",
            "│ total          +2 −1  −3   −1   +2 −5                                                                                │",
        ], bottom: "└─ + feasible  − infeasible  · none ───────────────────────────────────────────────────────────────────────────────────┘")
        #expect(render(state).trimmedLines[29] == MatrixView.hints)
    }

    @Test func matrixWithACellListAt80x24() throws {
        let state = try ReaderFixture.state(width: 80, height: 24).after(.openMatrix).pressing("jjl").afterKeys(.enter)
        expectOverlay(state, [
            "┌─ Stance matrix ──────────────────────────────────────────────────────────────┐",
            "│ theme          001    002  003  total                                        │",
            "│ asymmetry      +1     −1   ·    +1 −1                                        │",
            "│ diplomacy      +1     ·    ·    +1                                           │",
            "│ economy           −1  −1   ·       −2                                        │",
            "│ personal-ties  ·      −1   ·       −1                                        │",
            "│ trust          ·      ·    −1      −1                                        │",
            "│ total          +2 −1  −3   −1   +2 −5                                        │",
            "│ ── economy in 002: 1 argument ────────────────────────────────────────────── │",
            "│ ▸ − b1  author  Russia depends on China for trade and will not risk it.      │",
        ], bottom: "└─ + feasible  − infeasible  · none ───────────────────────────────────────────┘")
    }

    @Test func fiftyArticlesAt80x24ScrolledToTheLast() throws {
        let state = try ReaderFixture.wideState(articles: 50, width: 80, height: 24).after(.openMatrix).pressing("$")
        expectOverlay(state, [
            "┌─ Stance matrix · articles 43–50 of 50 ───────────────────────────────────────┐",
            "│ theme    ‹ 043    044    045    046    047    048    049    050    total     │",
            "│ alliances  ·         −2  +1     ·      ·         −2  +1     ·      +13  −24  │",
            "│ energy     ·      ·         −2  +1     ·      ·         −2  +1     +13  −26  │",
            "│ markets    +1     ·      ·         −2  +1     ·      ·         −2  +12  −26  │",
            "│ sanctions     −2  +1     ·      ·         −2  +1     ·      ·      +12  −24  │",
            "│ total      +1 −2  +1 −2  +1 −2  +1 −2  +1 −2  +1 −2  +1 −2  +1 −2  +50 −100  │",
        ], bottom: "└─ + feasible  − infeasible  · none ───────────────────────────────────────────┘")
    }

    @Test func cellsCarryStanceColoursAndTheCursorIsReversed() throws {
        let buffer = render(try ReaderFixture.state(width: 120, height: 30).after(.openMatrix))
        // Column 001 starts at x 17 (box, padding, 13-wide theme names, gap); the cursor is on asymmetry × 001.
        #expect(buffer[17, 2].text == "+")
        #expect(buffer[17, 2].style == Style(foreground: .feasible, reverse: true))
        #expect(buffer[21, 2].style.reverse, "the whole cell width is reversed")
        #expect(buffer[20, 4].text == "−" && buffer[20, 4].style == Style(foreground: .infeasible))
        #expect(buffer[17, 5].text == "·" && buffer[17, 5].style == Theme(monochrome: false).muted)
        // Totals are bold; the cursor's theme and article are underlined.
        #expect(buffer[17, 7].style == Style(foreground: .feasible, bold: true))
        #expect(buffer[2, 2].style.underline && buffer[17, 1].style.underline)
        #expect(!buffer[2, 3].style.underline && !buffer[24, 1].style.underline)
    }

    @Test func monochromeMatrixReadsFromGlyphsAlone() throws {
        var state = try ReaderFixture.state(width: 120, height: 30)
        state.monochrome = true
        let opened = state.after(.openMatrix)
        for shown in [opened, opened.pressing("jjl").afterKeys(.enter)] {
            let buffer = render(shown)
            for row in 0..<shown.geometry.statusRow {
                for column in 0..<buffer.width {
                    #expect(buffer[column, row].style.foreground == nil && buffer[column, row].style.background == nil)
                }
            }
        }
        let buffer = render(opened)
        #expect(buffer.trimmedLines[2].contains("+1     −1"))
        #expect(buffer[17, 2].style == Style(reverse: true))
        #expect(buffer[20, 4].style == .plain)
    }
}
