import CounterpointAnalysis
import CounterpointCore

/// Draws the whole screen for a state. Pure: the same state always gives the same buffer.
public func render(_ state: ReaderState) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    let geometry = state.geometry
    let theme = Theme(monochrome: state.monochrome)
    if geometry.isTooSmall {
        drawTooSmall(into: &buffer, width: state.width, height: state.height)
        return buffer
    }
    let query = state.activeQuery
    // The matrix and the argument list cover everything above the status line: no panes beneath.
    let panesHidden: Bool
    switch state.mode {
    case .matrix, .argumentList: panesHidden = true
    default: panesHidden = false
    }
    for (index, frame) in geometry.panes.enumerated() where !panesHidden {
        let matches = index == state.focusedPane ? (query.map { state.searchMatches(inPane: index, query: $0) } ?? []) : []
        let noted = state.notes(inArticle: state.article(inPane: index).id).compactMap(\.range)
        let selected = index == state.focusedPane && state.selection?.articleIndex == state.panes[index].articleIndex
            ? state.selectedRange : nil
        ArticlePaneView(state: state, index: index, frame: frame, theme: theme,
                        matches: matches, noted: noted, selected: selected)
            .draw(into: &buffer)
        if index < geometry.panes.count - 1 {
            for row in 0..<geometry.linksPanelTop {
                buffer.put("│", x: frame.x + frame.width, y: row, style: theme.rule, maxWidth: 1)
            }
        }
    }
    if state.linksPanelOpen && !panesHidden {
        LinksPanelView(state: state, theme: theme, top: geometry.linksPanelTop, height: geometry.linksPanelHeight)
            .draw(into: &buffer)
    }
    StatusBarView(state: state, theme: theme, geometry: geometry).draw(into: &buffer)
    switch state.mode {
    case .help(let scroll): HelpView(theme: theme, scroll: scroll).draw(into: &buffer)
    case .picker(let selection): PickerView(state: state, theme: theme, selection: selection).draw(into: &buffer)
    case .matrix(let matrix): MatrixView(state: state, theme: theme, matrix: matrix).draw(into: &buffer)
    case .argumentList(let list): ArgumentListView(state: state, theme: theme, list: list).draw(into: &buffer)
    case .notesList(let list): NotesListView(state: state, theme: theme, list: list).draw(into: &buffer)
    default: break
    }
    return buffer
}

private func drawTooSmall(into buffer: inout ScreenBuffer, width: Int, height: Int) {
    let lines = ["Terminal too small", "\(width)x\(height), need \(ScreenGeometry.minimumWidth)x\(ScreenGeometry.minimumHeight)", "q quits"]
    let top = max(0, (height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < height {
        let x = max(0, (width - DisplayWidth.of(line)) / 2)
        buffer.put(line, x: x, y: top + offset, style: Style(bold: offset == 0))
    }
}
