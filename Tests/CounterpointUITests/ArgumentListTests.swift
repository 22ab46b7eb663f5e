import CounterpointAnalysis
import Testing
@testable import CounterpointUI

/// The argument list (`A`): grouping, filters, moving, opening, and what it looks like.
@Suite struct ArgumentListTests {
    private func ids(_ state: ReaderState) throws -> [String] {
        let list = try #require(state.argumentList)
        return ArgumentListContent(state: state, origin: list.origin).arguments.map(\.id)
    }

    private func selectedID(_ state: ReaderState) throws -> String {
        let list = try #require(state.argumentList)
        return ArgumentListContent(state: state, origin: list.origin).arguments[list.selection].id
    }

    @Test func groupsByThemeWithHeadingsInArticleThenTextOrder() throws {
        let state = try ReaderFixture.state()
        let content = ArgumentListContent(state: state, origin: .all)
        let rows = content.rows.map { row -> String in
            switch row {
            case .theme(let name, _): return "# " + name
            case .argument(let argument): return argument.id
            }
        }
        #expect(rows == ["# asymmetry", "a1", "b3", "# diplomacy", "a2", "# economy", "a3", "b1",
                         "# personal-ties", "b2", "# trust", "c1"])
        #expect(content.rows[0] == .theme("asymmetry", StanceCounts(feasible: 1, infeasible: 1)))
        #expect(content.rowOfArgument == [1, 2, 4, 6, 7, 9, 11])
    }

    @Test func opensOnTheCurrentArgumentElseTheFirst() throws {
        #expect(try selectedID(try ReaderFixture.state().after(.openArgumentList)) == "a1")
        #expect(try selectedID(try ReaderFixture.state().after(.nextArgument, .nextArgument, .nextArgument, .openArgumentList)) == "a3")
    }

    @Test func movesWithJkAndEndsAndStopsAtTheEdges() throws {
        var state = try ReaderFixture.state().after(.openArgumentList)
        state = state.pressing("k").afterKeys(.up)
        #expect(state.argumentList?.selection == 0)
        state = state.pressing("jj").afterKeys(.down)
        #expect(try selectedID(state) == "a3")
        state = state.pressing("G")
        #expect(try selectedID(state) == "c1")
        state = state.pressing("j")
        #expect(try selectedID(state) == "c1")
        state = state.afterKeys(.home)
        #expect(try selectedID(state) == "a1")
    }

    @Test func fFiltersByStanceThroughTheReadersFilter() throws {
        var state = try ReaderFixture.state().after(.openArgumentList)
        state = state.pressing("f")
        #expect(state.filter == .feasible)
        #expect(try ids(state) == ["a1", "a2"])
        state = state.pressing("f")
        #expect(try ids(state) == ["b3", "a3", "b1", "b2", "c1"])
        state = state.pressing("f")
        #expect(state.filter == .all)
        #expect(try ids(state).count == 7)
    }

    @Test func oFiltersByOriginInsideTheListOnly() throws {
        var state = try ReaderFixture.state().after(.openArgumentList)
        state = state.pressing("o")
        #expect(state.argumentList?.origin == .curated)
        #expect(try !ids(state).contains("a3"))
        #expect(try ids(state).count == 6)
        #expect(state.message == "Listing curated arguments")
        state = state.pressing("o")
        #expect(try ids(state) == ["a3"])
        state = state.pressing("o")
        #expect(state.argumentList?.origin == .all)
        // Both filters at once: auto-detected and feasible leaves nothing, and says so.
        let empty = state.pressing("oof")
        #expect(try ids(empty).isEmpty)
        #expect(render(empty).trimmedLines[1].contains("No arguments match these filters"))
        #expect(empty.afterKeys(.enter).argumentList != nil, "Enter on an empty list keeps it open")
    }

    @Test func aFilterChangeKeepsTheSelectedArgumentWhenItIsStillListed() throws {
        // b1 is curated and infeasible, so it survives each filter below, at a new index each time.
        var state = try ReaderFixture.state().after(.cycleFilter, .cycleFilter, .openArgumentList).pressing("jj")
        #expect(try ids(state) == ["b3", "a3", "b1", "b2", "c1"])
        #expect(try selectedID(state) == "b1")
        state = state.pressing("o")
        #expect(state.argumentList?.selection == 1)
        #expect(try selectedID(state) == "b1")
        state = state.pressing("f")
        #expect(state.filter == .all && state.argumentList?.selection == 3)
        #expect(try selectedID(state) == "b1")
    }

    @Test func enterOpensTheSelectedArgumentInTheFocusedPaneAndCtrlOReturns() throws {
        var state = try ReaderFixture.state(width: 120).after(.openArgumentList)
        #expect(state.focusedPane == 0)
        state = state.pressing("G").afterKeys(.enter)
        #expect(state.mode == .normal)
        #expect(state.article(inPane: 0).id == "003")
        #expect(state.currentArgument?.id == "c1")
        #expect(state.panes[1].articleIndex == 1, "the other pane is left alone")
        state = state.afterKeys(.control("o"))
        #expect(state.article(inPane: 0).id == "001")
        #expect(state.currentArgument == nil)
        #expect(state.panes[0].scroll == 0)
    }

    @Test func qEscAndACloseWithoutOpeningAnything() throws {
        let open = try ReaderFixture.state().after(.openArgumentList).pressing("jj")
        for key in [Key.character("q"), .escape, .character("A")] {
            let closed = open.afterKeys(key)
            #expect(closed.mode == .normal)
            #expect(closed.currentArgument == nil)
        }
    }

    @Test func pagingTurnsTheViewAndKeepsTheSelectionOnScreen() throws {
        var state = try ReaderFixture.wideState(articles: 50, width: 80, height: 24).after(.openArgumentList)
        let visible = ArgumentListView.bodyRows(for: state)
        #expect(visible == 19)
        state = state.afterKeys(.pageDown)
        let list = try #require(state.argumentList)
        #expect(list.scroll == visible - 1)
        let content = ArgumentListContent(state: state, origin: list.origin)
        let row = content.rowOfArgument[list.selection]
        #expect(row >= list.scroll && row < list.scroll + visible)
        #expect(row - list.scroll == 1, "the selection keeps its place on screen")
        state = state.afterKeys(.pageUp)
        #expect(state.argumentList?.scroll == 0 && state.argumentList?.selection == 0)
        // From the end, every step up keeps the selection (and its theme's heading) in view.
        state = state.pressing("G")
        for _ in 0..<160 {
            state = state.pressing("k")
            let current = try #require(state.argumentList)
            let shown = ArgumentListContent(state: state, origin: current.origin)
            let selectedRow = shown.rowOfArgument[current.selection]
            #expect(selectedRow >= current.scroll && selectedRow < current.scroll + visible)
        }
        #expect(state.argumentList?.scroll == 0, "the first heading shows again at the top")
    }

    @Test func listAt120x30() throws {
        let state = try ReaderFixture.state(width: 120, height: 30).after(.nextArgument, .nextArgument, .openArgumentList)
        expectOverlay(state, [
            "┌─ Arguments by theme: 7 shown · stance: all · origin: all ────────────────────────────────────────────────────────────┐",
            "│     article  speaker  contra  first words                                                                            │",
            "│ asymmetry +1 −1                                                                                                      │",
            "│   + 001      author        2  Russia resents being the junior partner of China.                                      │",
            "│   − 002      author        1  The junior partner worry is overstated because Moscow has nowhere else to go.          │",
            "│ diplomacy +1                                                                                                         │",
            "│ ▸ + 001      author        1  Officials in Moscow welcomed the overtures from the new administration.                │",
            "│ economy −2                                                                                                           │",
            "│   − 001      author        ·  Trade between the two reached a record last year.                                      │",
            "│   − 002      author        1  Russia depends on China for trade and will not risk it.                                │",
            "│ personal-ties −1                                                                                                     │",
            "│   − 002      author        ·  Putin and Xi are close friends who meet often.                                         │",
            "│ trust −1                                                                                                             │",
            "│   − 003      author        1  Washington cannot be trusted to keep its word.                                         │",
        ], bottom: "└─ 3 of 7 ─────────────────────────────────────────────────────────────────────────────────────────────────────────────┘")
        #expect(render(state).trimmedLines[29] == ArgumentListView.hints)
    }

    @Test func curatedOnlyAt80x24() throws {
        let state = try ReaderFixture.state(width: 80, height: 24).after(.openArgumentList).pressing("jo")
        expectOverlay(state, [
            "┌─ Arguments by theme: 6 shown · stance: all · origin: curated ────────────────┐",
            "│     article  speaker  contra  first words                                    │",
            "│ asymmetry +1 −1                                                              │",
            "│   + 001      author        2  Russia resents being the junior partner of Ch… │",
            "│ ▸ − 002      author        1  The junior partner worry is overstated becaus… │",
            "│ diplomacy +1                                                                 │",
            "│   + 001      author        1  Officials in Moscow welcomed the overtures fr… │",
            "│ economy −1                                                                   │",
            "│   − 002      author        1  Russia depends on China for trade and will no… │",
            "│ personal-ties −1                                                             │",
            "│   − 002      author        ·  Putin and Xi are close friends who meet often. │",
            "│ trust −1                                                                     │",
            "│   − 003      author        1  Washington cannot be trusted to keep its word. │",
        ], bottom: "└─ 2 of 6 ─────────────────────────────────────────────────────────────────────┘")
    }

    @Test func stylesInColourAndInMonochrome() throws {
        let colour = render(try ReaderFixture.state(width: 120, height: 30).after(.openArgumentList))
        // Row 3: a1, selected (reverse); row 8: a3, auto-detected (dim); headings in the heading colour.
        #expect(colour[4, 3].text == "+" && colour[4, 3].style == Style(foreground: .feasible, bold: true, reverse: true))
        #expect(colour[32, 3].style == Style(foreground: .feasible, reverse: true))
        #expect(colour[4, 8].style == Style(foreground: .infeasible, bold: true))
        #expect(colour[32, 8].style == Style(foreground: .infeasible, dim: true))
        #expect(colour[2, 2].style == Style(foreground: .heading, bold: true))

        var state = try ReaderFixture.state(width: 120, height: 30)
        state.monochrome = true
        let opened = state.after(.openArgumentList)
        let mono = render(opened)
        for row in 0..<opened.geometry.statusRow {
            for column in 0..<mono.width {
                #expect(mono[column, row].style.foreground == nil && mono[column, row].style.background == nil)
            }
        }
        // Stance reads from the glyph; curated text is bold, auto-detected dim, the selection reversed.
        #expect(mono[4, 8].text == "−")
        #expect(mono[32, 3].style == Style(bold: true, reverse: true))
        #expect(mono[32, 4].style == Style(bold: true))
        #expect(mono[32, 8].style == Style(dim: true))
    }
}
