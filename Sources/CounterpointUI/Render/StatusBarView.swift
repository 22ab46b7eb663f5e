import CounterpointAnalysis

/// The status line (current argument, message or search prompt) and the key hints line.
struct StatusBarView {
    let state: ReaderState
    let theme: Theme
    let geometry: ScreenGeometry

    func draw(into buffer: inout ScreenBuffer) {
        let width = state.width
        buffer.fill(x: 0, y: geometry.statusRow, width: width, height: 1, style: Style(reverse: true))
        if case .search(let query, _) = state.mode {
            buffer.fill(x: 0, y: geometry.statusRow, width: width, height: 1)
            let used = buffer.put("/" + query, x: 0, y: geometry.statusRow, style: theme.status)
            buffer.put("█", x: min(width - 1, used), y: geometry.statusRow, style: Style(dim: true), maxWidth: 1)
            if let message = state.message {
                buffer.put("  " + message, x: used + 1, y: geometry.statusRow, style: theme.message)
            }
        } else if let message = state.message {
            buffer.put(" " + message, x: 0, y: geometry.statusRow, style: Style(bold: true, reverse: true))
        } else {
            buffer.put(" " + currentArgumentLine(), x: 0, y: geometry.statusRow, style: Style(reverse: true))
        }
        buffer.put(hints(), x: 0, y: geometry.hintsRow, style: theme.muted)
    }

    private func currentArgumentLine() -> String {
        let filter = state.filter == .all ? "" : "  [filter: \(state.filter.rawValue)]"
        guard let argument = state.currentArgument else {
            let count = state.visibleArguments(inPane: state.focusedPane).count
            return "\(count) arguments in this article: ] next, } next contested\(filter)"
        }
        let count = state.map.contradictionCount(of: argument.id)
        let contradicted = count == 0 ? "no contradicting view" : "contradicted by \(count)"
        return "\(Theme.glyph(for: argument.stance)) \(argument.stance) · \(argument.theme) · \(argument.speaker) · "
            + "\(contradicted) · \(argument.origin.rawValue) · \(argument.id)\(filter)"
    }

    private func hints() -> String {
        switch state.mode {
        case .search: return " Enter accept · Esc cancel · Backspace erase"
        case .help: return " j/k scroll · q or Esc close"
        case .picker: return " j/k choose · Enter open · 1-9 open · Esc close"
        case .links: return " j/k choose · Enter follow · Esc back to text · l close panel"
        case .normal:
            return " ]/[ argument · Enter follow · c next view · Ctrl-O back · l links · / search · f filter · Tab pane · ? help · q quit"
        }
    }
}
