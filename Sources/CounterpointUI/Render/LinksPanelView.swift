import CounterpointAnalysis

/// The contradictions of the current argument, one per line, with the chosen one highlighted.
struct LinksPanelView {
    let state: ReaderState
    let theme: Theme
    let top: Int
    let height: Int

    func draw(into buffer: inout ScreenBuffer) {
        guard height > 0 else { return }
        buffer.fill(x: 0, y: top, width: state.width, height: height)
        let views = state.currentArgument.map { state.map.contradictions(of: $0.id) } ?? []
        let title: String
        if let argument = state.currentArgument {
            title = "── Views contradicting \(argument.id) (\(views.count)) "
        } else {
            title = "── Views contradicting the current argument: none selected (] selects one) "
        }
        buffer.put(title + String(repeating: "─", count: state.width), x: 0, y: top, style: theme.rule)
        var selection = -1
        if case .links(let chosen) = state.mode { selection = chosen }
        if views.isEmpty, state.currentArgument != nil {
            buffer.put("  No view contradicts this argument.", x: 0, y: top + 1, style: theme.muted)
        }
        for (index, view) in views.enumerated() where index < height - 1 {
            let chosen = index == selection
            let marker = chosen ? "▸ " : "  "
            let style = chosen ? theme.selection : Style(foreground: theme.monochrome ? nil : theme.role(for: view.stance))
            // Glyph, article, speaker when not the author, then the (memoised) first words.
            let speaker = view.speaker == "author" ? "" : " \(view.speaker):"
            let summary = "\(Theme.glyph(for: view.stance)) \(view.articleID)\(speaker) \(state.firstWords(of: view))"
            buffer.put(marker + summary, x: 0, y: top + 1 + index,
                       style: style, maxWidth: state.width)
        }
    }
}
