import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore

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
        } else if case .editor(let editor) = state.mode {
            drawEditor(editor, into: &buffer)
        } else if case .stancePrompt(let prompt) = state.mode {
            buffer.put(" Stance of \(prompt.argumentID): f feasible · i infeasible · n not an argument · Esc keep", x: 0,
                       y: geometry.statusRow, style: Style(bold: true, reverse: true))
        } else {
            buffer.put(" " + currentArgumentLine(), x: 0, y: geometry.statusRow, style: Style(reverse: true))
        }
        if let message = state.message, !isSearching {
            buffer.put(" " + message, x: 0, y: geometry.hintsRow, style: theme.message)
        } else if case .normal = state.mode, let note = state.noteUnderCursor {
            let tags = note.note.tags.isEmpty ? "" : "  " + note.note.tags.map { "#" + $0 }.joined(separator: " ")
            buffer.put(" * " + Tags.strip(note.note.text) + tags, x: 0, y: geometry.hintsRow, style: theme.noteMark)
        } else {
            buffer.put(hints(), x: 0, y: geometry.hintsRow, style: theme.muted)
        }
        if state.storeReadOnly {
            let badge = " read-only notes "
            buffer.put(badge, x: max(0, width - DisplayWidth.of(badge)), y: geometry.hintsRow, style: theme.message)
        }
    }

    /// The note being typed, scrolled horizontally so the cursor stays visible.
    private func drawEditor(_ editor: NoteEditor, into buffer: inout ScreenBuffer) {
        let row = geometry.statusRow
        buffer.fill(x: 0, y: row, width: state.width, height: 1)
        let label = " Note: "
        let start = buffer.put(label, x: 0, y: row, style: Style(bold: true))
        let room = max(1, state.width - start - 1)
        let widths = editor.text.map { DisplayWidth.of($0) }
        var first = 0
        while widths[first..<editor.cursor].reduce(0, +) >= room { first += 1 }
        var x = start
        for index in first..<editor.text.count {
            if index == editor.cursor { break }
            x += buffer.put(String(editor.text[index]), x: x, y: row, maxWidth: state.width - x)
        }
        let cursorCharacter = editor.cursor < editor.text.count ? String(editor.text[editor.cursor]) : " "
        x += buffer.put(cursorCharacter, x: x, y: row, style: Style(reverse: true), maxWidth: state.width - x)
        if editor.cursor + 1 < editor.text.count {
            for index in (editor.cursor + 1)..<editor.text.count where x < state.width {
                x += buffer.put(String(editor.text[index]), x: x, y: row, maxWidth: state.width - x)
            }
        }
    }

    private var isSearching: Bool {
        if case .search = state.mode { return true }
        return false
    }

    private func currentArgumentLine() -> String {
        let filter = state.filter == .all ? "" : "  [filter: \(state.filter.rawValue)]"
        guard let argument = state.currentArgument else {
            let count = state.visibleArguments(inPane: state.focusedPane).count
            return "\(count) arguments in this article: ] next, } next contested\(filter)"
        }
        let count = state.map.contradictionCount(of: argument.id)
        let contradicted = count == 0 ? "no contradicting view" : "contradicted by \(count)"
        return "[\(argument.id)] \(Theme.glyph(for: argument.stance)) \(stance(of: argument)) · \(contradicted) · "
            + "\(argument.theme) · \(argument.speaker) · \(argument.origin.rawValue)\(filter)"
    }

    /// An auto stance says how sure it is; a guess also gets a question mark.
    private func stance(of argument: Argument) -> String {
        guard argument.origin == .auto else { return argument.stance.rawValue }
        let sureness = argument.stanceSureness
        return "\(argument.stance)\(sureness == .guess ? "?" : "") (\(sureness.name))"
    }

    private func hints() -> String {
        switch state.mode {
        case .search: return " Enter accept · Esc cancel · Backspace erase"
        case .help: return " j/k scroll · q or Esc close"
        case .picker: return " j/k choose · Enter open · 1-9 open · Esc close"
        case .links: return " j/k choose · Enter follow · Esc back to text · l close panel"
        case .selecting: return " j/k, ]/[ extend by sentence · a annotate · Esc cancel"
        case .editor: return " Enter save · Esc cancel · #word adds a tag · ←/→ Home/End move · Ctrl-U clear"
        case .notesList: return NotesListView.hints
        case .stancePrompt: return " f feasible · i infeasible · n not an argument"
        case .matrix: return MatrixView.hints
        case .argumentList: return ArgumentListView.hints
        case .normal:
            return " ]/[ argument · Enter follow · c next view · Ctrl-O back · l links · / search · f filter · Tab pane · ? help · q quit"
        }
    }
}
