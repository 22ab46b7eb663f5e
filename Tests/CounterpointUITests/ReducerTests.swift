import CounterpointAnalysis
import Testing
@testable import CounterpointUI

@Suite struct ReducerTests {
    @Test func nextAndPreviousArgumentWalkThePaneInTextOrder() throws {
        var state = try ReaderFixture.state()
        state = state.after(.nextArgument)
        #expect(state.panes[0].currentArgumentID == "a1")
        state = state.after(.nextArgument, .nextArgument)
        #expect(state.panes[0].currentArgumentID == "a3")
        state = state.after(.nextArgument)
        #expect(state.panes[0].currentArgumentID == "a3")
        #expect(state.message?.contains("No more arguments below") == true)
        state = state.after(.previousArgument)
        #expect(state.panes[0].currentArgumentID == "a2")
    }

    @Test func contestedNavigationSkipsArgumentsWithoutContradictions() throws {
        let state = try ReaderFixture.state().after(.nextContested, .nextContested, .nextContested)
        #expect(state.panes[0].currentArgumentID == "a2")
        #expect(state.message?.contains("No more contested") == true)
    }

    @Test func followOpensBestContradictionInAnotherPaneAndBackReturns() throws {
        var state = try ReaderFixture.state(width: 120)
        #expect(state.visiblePaneCount == 2)
        state = state.after(.nextArgument, .follow)
        // a1's best contradiction is b3 (score 0.9), in article 002, shown in pane 1, which gets focus.
        #expect(state.focusedPane == 1)
        #expect(state.panes[1].currentArgumentID == "b3")
        #expect(state.article(inPane: 1).id == "002")
        #expect(state.panes[0].currentArgumentID == "a1")
        state = state.after(.jumpBack)
        #expect(state.focusedPane == 0)
        #expect(state.currentArgument?.id == "a1")
        state = state.after(.jumpForward)
        #expect(state.focusedPane == 1)
        #expect(state.currentArgument?.id == "b3")
    }

    @Test func cycleShowsTheOtherContradictionsInTheSamePane() throws {
        var state = try ReaderFixture.state(width: 120).after(.nextArgument, .follow)
        state = state.after(.cycleContradiction)
        #expect(state.focusedPane == 1)
        #expect(state.panes[1].currentArgumentID == "c1")
        #expect(state.article(inPane: 1).id == "003")
        state = state.after(.cycleContradiction)
        #expect(state.panes[1].currentArgumentID == "b3")
        // Back still returns to where the follow started.
        state = state.after(.jumpBack)
        #expect(state.focusedPane == 0 && state.currentArgument?.id == "a1")
    }

    @Test func followWithoutContradictionsSaysSo() throws {
        let state = try ReaderFixture.state().after(.nextArgument, .nextArgument, .nextArgument, .follow)
        #expect(state.currentArgument?.id == "a3")
        #expect(state.message == "No view contradicts this argument")
        #expect(state.focusedPane == 0)
    }

    @Test func singlePaneFollowReplacesTheArticleAndBackRestoresIt() throws {
        var state = try ReaderFixture.state(width: 80)
        #expect(state.visiblePaneCount == 1)
        state = state.after(.nextArgument, .follow)
        #expect(state.article(inPane: 0).id == "002")
        #expect(state.currentArgument?.id == "b3")
        state = state.after(.jumpBack)
        #expect(state.article(inPane: 0).id == "001")
        #expect(state.currentArgument?.id == "a1")
    }

    @Test func stanceFilterCyclesAndNavigationRespectsIt() throws {
        var state = try ReaderFixture.state().after(.cycleFilter)
        #expect(state.filter == .feasible)
        state = state.after(.nextArgument, .nextArgument, .nextArgument)
        #expect(state.currentArgument?.id == "a2")
        state = state.after(.cycleFilter)
        #expect(state.filter == .infeasible)
        #expect(state.currentArgument == nil)
        state = state.after(.nextArgument)
        #expect(state.currentArgument?.id == "a3")
        state = state.after(.cycleFilter)
        #expect(state.filter == .all)
    }

    @Test func incrementalSearchMovesAndEscapeReturnsToOrigin() throws {
        var state = try ReaderFixture.state(width: 80, height: 12)
        let origin = state.panes[0]
        state = state.afterKeys([.character("/"), .character("C"), .character("L"), .character("O")])
        if case .search(let query, _) = state.mode { #expect(query == "CLO") } else { Issue.record("not searching") }
        #expect(state.panes[0].scroll > origin.scroll)
        state = state.afterKeys([.escape])
        #expect(state.mode == .normal)
        #expect(state.panes[0] == origin)
        #expect(state.lastSearch == nil)
    }

    @Test func acceptedSearchRepeatsWithNAndIsInTheJumpList() throws {
        var state = try ReaderFixture.state(width: 80, height: 12)
        state = state.afterKeys([.character("/")] + "the".map { Key.character($0) } + [.enter])
        #expect(state.lastSearch == "the")
        let first = state.panes[0].scroll
        state = state.afterKeys([.character("n")])
        #expect(state.panes[0].scroll > first)
        state = state.afterKeys([.character("N")])
        #expect(state.panes[0].scroll == first)
        // n and N are jumps, as in vim: back returns to the n position, then the first match, then the start.
        let afterN = state.after(.jumpBack)
        #expect(afterN.panes[0].scroll > first)
        #expect(afterN.after(.jumpBack).panes[0].scroll == first)
        #expect(afterN.after(.jumpBack, .jumpBack).panes[0].scroll == 0)
    }

    @Test func searchNotFoundSaysSoAndStays() throws {
        let state = try ReaderFixture.state().afterKeys([.character("/")] + "zzzz".map { Key.character($0) })
        #expect(state.message == "Pattern not found: zzzz")
        #expect(state.panes[0].scroll == 0)
    }

    @Test func focusCyclesThroughVisiblePanesOnly() throws {
        var state = try ReaderFixture.state(width: 120)
        state = state.after(.focusNextPane)
        #expect(state.focusedPane == 1)
        state = state.after(.focusNextPane)
        #expect(state.focusedPane == 0)
        state = state.after(.focusPreviousPane)
        #expect(state.focusedPane == 1)
        state = state.after(.resize(width: 80, height: 30))
        #expect(state.focusedPane == 0)
    }

    @Test func openArticleByNumberAndPicker() throws {
        var state = try ReaderFixture.state().after(.openArticle(3))
        #expect(state.article(inPane: 0).id == "003")
        state = state.after(.openArticle(9))
        #expect(state.message?.contains("No article 9") == true)
        state = state.afterKeys([.character("o"), .character("k"), .character("k"), .enter])
        #expect(state.article(inPane: 0).id == "001")
        state = state.after(.jumpBack)
        #expect(state.article(inPane: 0).id == "003")
    }

    @Test func resizeKeepsTheCurrentArgumentInView() throws {
        var state = try ReaderFixture.state(width: 120, height: 12).after(.nextArgument, .nextArgument, .nextArgument)
        #expect(state.currentArgument?.id == "a3")
        for (width, height) in [(60, 10), (45, 11), (200, 60), (41, 10)] {
            state = state.after(.resize(width: width, height: height))
            #expect(state.isInView(state.currentArgument!.range, pane: 0), "a3 out of view at \(width)x\(height)")
        }
    }

    @Test func linksPanelChoosesAContradiction() throws {
        var state = try ReaderFixture.state(width: 120).after(.nextArgument, .toggleLinksPanel)
        #expect(state.mode == .links(selection: 0))
        state = state.afterKeys([.character("j"), .enter])
        #expect(state.focusedPane == 1)
        #expect(state.currentArgument?.id == "c1")
        #expect(state.linksPanelOpen)
    }

    @Test func quitAndOverlaysClose() throws {
        var state = try ReaderFixture.state().after(.help)
        state = state.afterKeys([.character("q")])
        #expect(state.mode == .normal)
        #expect(!state.shouldQuit)
        let (_, effects) = reduce(state, .quit)
        #expect(effects == [.quit])
    }
}
