import CounterpointAnalysis
import CounterpointCore

/// Keys typed while an overlay or input line has the keyboard: search, picker, links panel, help.
extension ReaderState {
    mutating func handleInput(_ key: Key) -> [ReaderEffect] {
        switch mode {
        case .normal:
            return []
        case .search(let query, let origin):
            handleSearchKey(key, query: query, origin: origin)
        case .selecting:
            return handleSelectionKey(key)
        case .editor(let editor):
            return handleEditorKey(key, editor)
        case .notesList(let list):
            return handleNotesListKey(key, list)
        case .stancePrompt(let prompt):
            return handleStanceKey(key, prompt)
        case .matrix(let matrix):
            handleMatrixKey(key, matrix)
        case .argumentList(let list):
            handleArgumentListKey(key, list)
        case .help(let scroll):
            switch key {
            case .character("j"), .down, .enter: mode = .help(scroll: scroll + 1)
            case .character("k"), .up: mode = .help(scroll: max(0, scroll - 1))
            case .character(" "), .pageDown: mode = .help(scroll: scroll + max(1, height - 4))
            case .character("b"), .pageUp: mode = .help(scroll: max(0, scroll - max(1, height - 4)))
            case .character("q"), .character("?"), .escape, .function(1): mode = .normal
            default: break
            }
        case .picker(let selection):
            let count = corpus.articles.count
            switch key {
            case .character("j"), .down, .tab: mode = .picker(selection: min(count - 1, selection + 1))
            case .character("k"), .up, .backTab: mode = .picker(selection: max(0, selection - 1))
            case .character("g"), .home: mode = .picker(selection: 0)
            case .character("G"), .end: mode = .picker(selection: count - 1)
            case .enter:
                mode = .normal
                show(articleIndex: selection, inPane: focusedPane)
            case .character(let c) where c.isNumber:
                if let number = c.wholeNumberValue, number >= 1, number <= count {
                    mode = .normal
                    show(articleIndex: number - 1, inPane: focusedPane)
                }
            case .character("q"), .character("o"), .escape: mode = .normal
            default: break
            }
        case .links(let selection):
            let views = currentArgument.map { map.contradictions(of: $0.id) } ?? []
            switch key {
            case .character("j"), .down, .tab: mode = .links(selection: min(max(0, views.count - 1), selection + 1))
            case .character("k"), .up, .backTab: mode = .links(selection: max(0, selection - 1))
            case .enter:
                mode = .normal
                guard views.indices.contains(selection), let source = currentArgument else {
                    message = "No view contradicts this argument"
                    break
                }
                recordJump()
                let target = paneForFollowing(to: views[selection])
                open(views[selection], inPane: target)
                focusedPane = target
                follow = FollowContext(sourceArgumentID: source.id, index: selection, targetPane: target)
            case .character("l"):
                mode = .normal
                linksPanelOpen = false
            case .escape, .character("q"): mode = .normal
            default: break
            }
        }
        return []
    }

    private mutating func handleSearchKey(_ key: Key, query: String, origin: PaneState) {
        switch key {
        case .enter:
            mode = .normal
            if query.isEmpty { return }
            lastSearch = query
            if searchMatches(inPane: focusedPane, query: query).isEmpty { message = "Pattern not found: \(query)" }
            let landed = panes[focusedPane]
            panes[focusedPane] = origin
            recordJump()
            panes[focusedPane] = landed
        case .escape, .control("c"), .control("g"):
            mode = .normal
            panes[focusedPane] = origin
            message = nil
        case .backspace:
            if query.isEmpty {
                mode = .normal
                panes[focusedPane] = origin
            } else {
                updateIncrementalSearch(query: String(query.dropLast()), origin: origin)
            }
        case .control("u"):
            updateIncrementalSearch(query: "", origin: origin)
        case .character(let character):
            updateIncrementalSearch(query: query + String(character), origin: origin)
        default:
            break
        }
    }

    mutating func handleMouse(_ event: MouseEvent) {
        let geometry = self.geometry
        guard !geometry.isTooSmall,
              let index = geometry.panes.firstIndex(where: { event.x >= $0.x && event.x < $0.x + $0.width }),
              event.y < geometry.linksPanelTop else { return }
        let frame = geometry.panes[index]
        switch event.kind {
        case .wheelUp, .wheelDown:
            let saved = focusedPane
            focusedPane = index
            scroll(by: event.kind == .wheelUp ? -3 : 3)
            focusedPane = saved
        case .press:
            if case .normal = mode {} else { mode = .normal }
            focusedPane = index
            let row = event.y - frame.bodyTop
            guard row >= 0, row < frame.bodyHeight else { return }
            let lines = layout(forPane: index).lines
            let lineIndex = panes[index].scroll + row
            guard lineIndex < lines.count, let offset = offset(in: lines[lineIndex], column: event.x - frame.textX) else { return }
            if let argument = visibleArguments(inPane: index).first(where: { $0.range.contains(offset) }) {
                panes[index].currentArgumentID = argument.id
            }
        case .release:
            break
        }
    }

    /// The raw offset of the character drawn at a column of a laid-out line (nearest one at the edges).
    private func offset(in line: LayoutLine, column: Int) -> Int? {
        guard !line.offsets.isEmpty else { return nil }
        var x = DisplayWidth.of(line.prefix)
        for (index, width) in line.widths.enumerated() {
            if column < x + width { return line.offsets[index] }
            x += width
        }
        return line.offsets.last
    }
}
