import CounterpointAnalysis
import CounterpointCore

/// The reader's state machine: the next state (and effects to perform) for an action.
public func reduce(_ state: ReaderState, _ action: ReaderAction) -> (ReaderState, [ReaderEffect]) {
    var next = state
    let effects = next.apply(action)
    return (next, effects)
}

extension ReaderState {
    /// Applies an action in place. Kept as one switch so every action's meaning is in one place.
    mutating func apply(_ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .resize, .mouse, .storeReplied: break
        default: message = nil
        }
        switch action {
        case .lineDown: scroll(by: 1)
        case .lineUp: scroll(by: -1)
        case .pageDown: scroll(by: max(1, pageHeight - 2))
        case .pageUp: scroll(by: -max(1, pageHeight - 2))
        case .top: recordJump(); panes[focusedPane].scroll = 0
        case .bottom: recordJump(); panes[focusedPane].scroll = maxScroll(pane: focusedPane)
        case .nextArgument: moveToArgument(forward: true, contestedOnly: false)
        case .previousArgument: moveToArgument(forward: false, contestedOnly: false)
        case .nextContested: moveToArgument(forward: true, contestedOnly: true)
        case .previousContested: moveToArgument(forward: false, contestedOnly: true)
        case .focusNextPane: focusedPane = (focusedPane + 1) % visiblePaneCount
        case .focusPreviousPane: focusedPane = (focusedPane + visiblePaneCount - 1) % visiblePaneCount
        case .openArticle(let number): openArticle(number: number)
        case .openPicker: mode = .picker(selection: panes[focusedPane].articleIndex)
        case .follow: followContradiction(cycling: false)
        case .cycleContradiction: followContradiction(cycling: true)
        case .jumpBack: jumpBack()
        case .jumpForward: jumpForward()
        case .startSearch: mode = .search(query: "", origin: panes[focusedPane])
        case .nextMatch: repeatSearch(forward: true)
        case .previousMatch: repeatSearch(forward: false)
        case .cycleFilter:
            filter = filter.next
            message = "Showing \(filter == .all ? "all arguments" : "\(filter.rawValue) arguments only")"
            if let current = currentArgument, !filter.admits(current.stance) { panes[focusedPane].currentArgumentID = nil }
        case .toggleBoilerplate: toggleBoilerplate()
        case .toggleLinksPanel: toggleLinksPanel()
        case .openMatrix: mode = .matrix(MatrixState(state: self))
        case .openArgumentList: mode = .argumentList(ArgumentListState(state: self))
        case .help: mode = .help(scroll: 0)
        case .startSelection: startSelection()
        case .annotate: annotateCurrentArgument()
        case .openNotesList: mode = .notesList(NotesListState())
        case .setStance: startStancePrompt()
        case .rejectArgument: return rejectCurrentArgument()
        case .linkArguments: return linkStep()
        case .cancel:
            if pendingLink != nil { message = "Linking cancelled" }
            pendingLink = nil
        case .storeReplied(let reply):
            if let newNotes = reply.notes { notes = newNotes }
            if let newMap = reply.map { replaceMap(newMap) }
            if let text = reply.message { message = text }
        case .redraw: return [.fullRedraw]
        case .quit:
            shouldQuit = true
            return [.quit]
        case .mouse(let event): handleMouse(event)
        case .resize(let newWidth, let newHeight): resize(width: newWidth, height: newHeight)
        case .input(let key): return handleInput(key)
        }
        clampFocus()
        return []
    }

    var pageHeight: Int { geometry.panes[min(focusedPane, geometry.panes.count - 1)].bodyHeight }

    func maxScroll(pane index: Int) -> Int {
        let frame = geometry.panes[min(index, geometry.panes.count - 1)]
        return max(0, layout(forPane: index).lines.count - frame.bodyHeight)
    }

    mutating func scroll(by lines: Int) {
        panes[focusedPane].scroll = min(max(0, panes[focusedPane].scroll + lines), maxScroll(pane: focusedPane))
    }

    /// Scrolls a pane so a raw range is in view, a third from the top when it has to move.
    mutating func scrollToShow(_ range: TextRange, pane index: Int) {
        let layout = layout(forPane: index)
        guard let span = layout.lineSpan(of: range) else { return }
        let height = geometry.panes[min(index, geometry.panes.count - 1)].bodyHeight
        let top = panes[index].scroll
        if span.lowerBound >= top && span.upperBound < top + height { return }
        let spanHeight = span.upperBound - span.lowerBound + 1
        let target = spanHeight >= height ? span.lowerBound : span.lowerBound - (height - spanHeight) / 3
        panes[index].scroll = min(max(0, target), maxScroll(pane: index))
    }

    /// Raw offset of the first text shown in a pane: where "next" searches start when nothing is current.
    func topOffset(pane index: Int) -> Int {
        let lines = layout(forPane: index).lines
        var line = panes[index].scroll
        while line < lines.count {
            if let first = lines[line].offsets.first { return first }
            line += 1
        }
        return Int.max
    }

    mutating func clampFocus() {
        if focusedPane >= visiblePaneCount { focusedPane = visiblePaneCount - 1 }
        if focusedPane < 0 { focusedPane = 0 }
    }

    mutating func openArticle(number: Int) {
        guard number >= 1, number <= corpus.articles.count else {
            message = "No article \(number): there are \(corpus.articles.count)"
            return
        }
        show(articleIndex: number - 1, inPane: focusedPane)
    }

    /// Puts an article in a pane (a jump), keeping the pane's own place if it already shows it.
    mutating func show(articleIndex: Int, inPane index: Int) {
        guard panes[index].articleIndex != articleIndex else { return }
        recordJump()
        panes[index] = PaneState(articleIndex: articleIndex)
    }

    mutating func toggleBoilerplate() {
        let tops = panes.indices.map { topOffset(pane: $0) }
        showBoilerplate.toggle()
        for index in panes.indices { restoreTop(tops[index], pane: index) }
        message = showBoilerplate ? "Boilerplate shown (dimmed)" : "Boilerplate hidden"
    }

    mutating func toggleLinksPanel() {
        if linksPanelOpen {
            linksPanelOpen = false
        } else {
            linksPanelOpen = true
            mode = .links(selection: 0)
        }
        if let current = currentArgument { scrollToShow(current.range, pane: focusedPane) }
    }

    mutating func restoreTop(_ offset: Int, pane index: Int) {
        guard offset != Int.max, let line = layout(forPane: index).lineIndex(containing: offset) else {
            panes[index].scroll = min(panes[index].scroll, maxScroll(pane: index))
            return
        }
        panes[index].scroll = min(line, maxScroll(pane: index))
    }

    /// A new map after curation: keep each pane's current argument when it still exists.
    mutating func replaceMap(_ newMap: ArgumentMap) {
        map = newMap
        for index in panes.indices {
            if let id = panes[index].currentArgumentID, map.argument(id: id) == nil { panes[index].currentArgumentID = nil }
        }
        if let pending = pendingLink, map.argument(id: pending) == nil { pendingLink = nil }
    }

    mutating func resize(width newWidth: Int, height newHeight: Int) {
        let tops = panes.indices.map { topOffset(pane: $0) }
        width = max(0, newWidth)
        height = max(0, newHeight)
        clampFocus()
        guard !geometry.isTooSmall else { return }
        for index in 0..<visiblePaneCount {
            restoreTop(tops[index], pane: index)
            if let id = panes[index].currentArgumentID, let argument = map.argument(id: id) {
                scrollToShow(argument.range, pane: index)
            }
        }
    }
}
