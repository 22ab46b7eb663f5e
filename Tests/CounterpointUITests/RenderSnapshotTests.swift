import CounterpointAnalysis
import CounterpointCore
import Testing
@testable import CounterpointUI

/// Snapshot tests of the screen buffer: text and styles, never escape bytes.
@Suite struct RenderSnapshotTests {
    private func expectLines(_ buffer: ScreenBuffer, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = buffer.trimmedLines
        #expect(lines == expected, Comment(rawValue: "\n" + lines.joined(separator: "\n")), sourceLocation: sourceLocation)
    }

    @Test func twoPanesAt120x16() throws {
        let state = try ReaderFixture.state(width: 120, height: 16).after(.nextArgument)
        expectLines(render(state), [
            " 001 Alpha on the split                                Top │ 002 Beta replies                                       All",
            "    Alpha on the split                                     │    Beta replies",
            "                                                           │",
            "    Washington hopes to pull Moscow away from Beijing.     │−1  Russia depends on China for trade and will not risk",
            "+2  Russia resents being the junior partner of China.      │−   it. Putin and Xi are close friends who meet often.",
            "+1  Officials in Moscow welcomed the overtures from the    │",
            "+   new administration.                                    │−1  The junior partner worry is overstated because Moscow",
            "                                                           │−   has nowhere else to go.",
            "−   Trade between the two reached a record last year.      │",
            "    Background about a meeting in Riyadh follows here.     │    Reader comments follow the article in some places, but",
            "                                                           │    not here.",
            "    Some closing words that are not an argument at all,    │",
            "    just a long sentence to fill the pane with text so     │",
            "    that scrolling has something to do when the pane is    │",
            " [a1] + feasible · contradicted by 2 · asymmetry · author · curated",
            " ]/[ argument · Enter follow · c next view · Ctrl-O back · l links · / search · f filter · Tab pane · ? help · q quit",
        ])
    }

    @Test func statusLineSaysHowSureAnAutoStanceIs() throws {
        let state = try ReaderFixture.state(width: 120, height: 16)
        let curated = render(state.after(.nextArgument)).trimmedLines[14]
        #expect(curated == " [a1] + feasible · contradicted by 2 · asymmetry · author · curated")
        // a3 was detected, on weak evidence: its stance is shown as a guess.
        let detected = render(state.after(.nextArgument, .nextArgument, .nextArgument)).trimmedLines[14]
        #expect(detected == " [a3] − infeasible? (a guess) · no contradicting view · economy · author · auto")
    }

    @Test func currentArgumentIsReverseAndStanceColoured() throws {
        let state = try ReaderFixture.state(width: 120, height: 16).after(.nextArgument)
        let buffer = render(state)
        // Row 4 holds a1 (current, curated, feasible): gutter and text in reverse video, stance colour.
        #expect(buffer[0, 4].style == Style(foreground: .feasible, bold: true, reverse: true))
        #expect(buffer[4, 4].style == Style(foreground: .feasible, reverse: true))
        // a2 is not current: coloured, not reversed. a3 is auto-detected: dim.
        #expect(buffer[4, 5].style == Style(foreground: .feasible))
        #expect(buffer[4, 8].style == Style(foreground: .infeasible, dim: true))
        // Plain text stays plain; the focused pane's header stands out.
        #expect(buffer[4, 3].style == .plain)
        #expect(buffer[1, 0].style.reverse)
        #expect(!buffer[62, 0].style.reverse)
    }

    @Test func monochromeKeepsStanceReadableWithoutColour() throws {
        var state = try ReaderFixture.state(width: 120, height: 16)
        state.monochrome = true
        let buffer = render(state.after(.nextArgument))
        for row in 0..<buffer.height {
            for column in 0..<buffer.width {
                #expect(buffer[column, row].style.foreground == nil && buffer[column, row].style.background == nil)
            }
        }
        // Stance reads from the glyph on every line of an argument; current argument in reverse.
        #expect(buffer[0, 6].text == "+")
        #expect(buffer[0, 8].text == "−")
        #expect(buffer[4, 4].style == Style(bold: true, reverse: true))
        #expect(buffer[4, 8].style == Style(dim: true))
    }

    @Test func singlePaneAt80x24() throws {
        let state = try ReaderFixture.state(width: 80, height: 24)
        let lines = render(state).trimmedLines
        #expect(lines.count == 24)
        #expect(lines[0].hasPrefix(" 001 Alpha on the split"))
        #expect(!lines[0].contains("│"))
        // a1 starts mid-line: the gutter marks the line where it starts, and every line it covers.
        #expect(lines[3] == "+2  Washington hopes to pull Moscow away from Beijing. Russia resents being")
        #expect(lines[4] == "+   the junior partner of China. Officials in Moscow welcomed the overtures")
        #expect(lines[22].hasPrefix(" 3 arguments in this article"))
        for line in lines { #expect(DisplayWidth.of(line) <= 80) }
    }

    @Test func threePanesFrom160Columns() throws {
        let lines = render(try ReaderFixture.state(width: 160, height: 20)).trimmedLines
        #expect(lines[0].contains("001 Alpha") && lines[0].contains("002 Beta") && lines[0].contains("003 Gamma"))
        #expect(lines[0].filter { $0 == "│" }.count == 2)
    }

    @Test(arguments: [(1, 1), (2, 1), (10, 3), (39, 24), (120, 9), (30, 8)])
    func tooSmallTerminalsShowAMessageAndNeverCrash(size: (Int, Int)) throws {
        let state = try ReaderFixture.state(width: size.0, height: size.1).after(.nextArgument, .follow, .pageDown)
        let buffer = render(state)
        #expect(buffer.width == size.0 && buffer.height == size.1)
        if size.0 >= 18 && size.1 >= 3 {
            #expect(buffer.trimmedLines.contains { $0.contains("Terminal too small") })
        }
    }

    @Test func tinyButUsableSizeRenders() throws {
        let state = try ReaderFixture.state(width: 40, height: 10).after(.nextArgument, .follow)
        let lines = render(state).trimmedLines
        #expect(lines[0].hasPrefix(" 002 Beta replies"))
        // Messages go to the bottom line; the status line keeps describing the current argument.
        #expect(lines[9].contains("Contradiction 1 of 2"))
        #expect(lines[8].contains("[b3] − infeasible"))
    }

    @Test func helpListsEveryActionFromTheTable() throws {
        let lines = HelpView.lines(keyMap: .standard)
        for info in ReaderAction.all {
            #expect(lines.contains { $0.contains(info.help) }, "help misses \(info.name)")
        }
        #expect(lines.contains { $0.contains("Ctrl-O") && $0.contains("jump list") })
        let buffer = render(try ReaderFixture.state(width: 100, height: 40).after(.help))
        #expect(buffer.trimmedLines.contains { $0.contains("Help (q closes)") })
    }

    @Test func linksPanelListsContradictionsWithArticleAndFirstWords() throws {
        let state = try ReaderFixture.state(width: 120, height: 24).after(.nextArgument, .toggleLinksPanel)
        let lines = render(state).trimmedLines
        let top = state.geometry.linksPanelTop
        #expect(lines[top].hasPrefix("── Views contradicting a1 (2)"))
        #expect(lines[top + 1].hasPrefix("▸ − 002 The junior partner worry is overstated"))
        #expect(lines[top + 2].hasPrefix("  − 003 Washington cannot be trusted"))
    }

    @Test func searchMatchesAreHighlightedAndPromptShown() throws {
        let state = try ReaderFixture.state(width: 120, height: 16).afterKeys([.character("/"), .character("m"), .character("o"), .character("s")])
        let buffer = render(state)
        #expect(buffer.trimmedLines[14].hasPrefix("/mos"))
        // "Moscow" on row 3 of the focused pane: its first three letters carry the match background.
        let row = buffer.trimmedLines[3]
        let column = Array(row).firstIndex(of: "M")!
        #expect(buffer[column, 3].style.background == .selection)
        #expect(buffer[column + 3, 3].style.background == nil)
    }
}
