import CounterpointAnnotations

/// The notes list overlay: one note per row with its place, quote and text; orphans marked.
struct NotesListView {
    static let hints = " j/k choose · Enter jump · e edit · d delete · u undo · a this article/all · t tag · Esc close"
    let state: ReaderState
    let theme: Theme
    let list: NotesListState

    func draw(into buffer: inout ScreenBuffer) {
        let notes = state.listedNotes(list)
        let boxWidth = min(buffer.width - 2, 110)
        let boxHeight = min(buffer.height - 2, max(4, notes.count + 3))
        let x = max(0, (buffer.width - boxWidth) / 2)
        let y = max(0, (buffer.height - boxHeight) / 2)
        let scope = list.allArticles ? "all articles" : "article \(state.article(inPane: state.focusedPane).id)"
        let tag = list.tag.map { ", #\($0)" } ?? ""
        drawBox(into: &buffer, x: x, y: y, width: boxWidth, height: boxHeight, title: " Notes: \(scope)\(tag) (\(notes.count)) ")
        if notes.isEmpty {
            buffer.put("No notes here. v selects sentences, a writes a note.", x: x + 2, y: y + 1, style: theme.muted,
                       maxWidth: boxWidth - 3)
            return
        }
        let visible = max(1, boxHeight - 2)
        let start = max(0, min(list.selection - visible + 1, notes.count - visible))
        for row in 0..<visible where start + row < notes.count {
            let index = start + row
            let placed = notes[index]
            let status: String
            switch placed.status {
            case .orphaned: status = "?"
            case .moved: status = "~"
            default: status = " "
            }
            let quote = placed.note.target.quote.exact.split(whereSeparator: \.isWhitespace).prefix(6).joined(separator: " ")
            let text = placed.note.text.isEmpty ? "(highlight)" : placed.note.text
            let line = "\(status) \(placed.displayArticleID)  \(text)  — “\(quote)…”"
            let style = index == list.selection ? theme.selection : (placed.status == .orphaned ? theme.muted : .plain)
            buffer.put(line, x: x + 1, y: y + 1 + row, style: style, maxWidth: boxWidth - 2)
        }
    }
}
