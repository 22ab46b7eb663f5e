/// The help screen, generated from the action table and the key map.
struct HelpView {
    let theme: Theme
    let scroll: Int
    var keyMap = KeyMap.standard

    static func lines(keyMap: KeyMap) -> [String] {
        var lines = ["Counterpoint keys", ""]
        for info in ReaderAction.all {
            var keys = keyMap.keys(for: info.action).map(KeyMap.label)
            if case .openArticle = info.action { keys = ["1-9"] }
            let label = keys.joined(separator: ", ")
            lines.append("  " + label.padding(toLength: max(22, label.count), withPad: " ", startingAt: 0) + "  " + info.help)
        }
        lines += ["", "In the article picker, the links panel and help: j/k move, Enter choose, Esc close.",
                  "In the matrix: hjkl or arrows move, Enter lists a cell's arguments, Enter opens one, Esc goes back.",
                  "In the argument list: j/k move, f stance filter, o origin filter, Enter opens.",
                  "In a selection (v): j/k or ]/[ extend by sentence, a annotates. In the note editor: Enter saves, Esc cancels.",
                  "Tab is Ctrl-I in a terminal, so jump-forward is Ctrl-N.",
                  "Gutter: + feasible, − infeasible; the digit counts contradicting views."]
        return lines
    }

    func draw(into buffer: inout ScreenBuffer) {
        let lines = HelpView.lines(keyMap: keyMap)
        let boxWidth = min(buffer.width - 2, 84)
        let boxHeight = min(buffer.height - 2, lines.count + 2)
        let x = max(0, (buffer.width - boxWidth) / 2)
        let y = max(0, (buffer.height - boxHeight) / 2)
        drawBox(into: &buffer, x: x, y: y, width: boxWidth, height: boxHeight, title: " Help (q closes) ")
        let visible = max(0, boxHeight - 2)
        let start = min(scroll, max(0, lines.count - visible))
        for row in 0..<visible where start + row < lines.count {
            buffer.put(lines[start + row], x: x + 2, y: y + 1 + row, style: row + start == 0 ? Style(bold: true) : .plain,
                       maxWidth: boxWidth - 3)
        }
    }
}

/// The article picker: every article of the corpus with its id and title.
struct PickerView {
    let state: ReaderState
    let theme: Theme
    let selection: Int

    func draw(into buffer: inout ScreenBuffer) {
        let articles = state.corpus.articles
        let boxWidth = min(buffer.width - 2, 90)
        let boxHeight = min(buffer.height - 2, articles.count + 2)
        let x = max(0, (buffer.width - boxWidth) / 2)
        let y = max(0, (buffer.height - boxHeight) / 2)
        drawBox(into: &buffer, x: x, y: y, width: boxWidth, height: boxHeight, title: " Open article in this pane ")
        let visible = max(0, boxHeight - 2)
        let start = max(0, min(selection - visible + 1, articles.count - visible))
        for row in 0..<visible where start + row < articles.count {
            let index = start + row
            let article = articles[index]
            let number = index < 9 ? "\(index + 1)" : " "
            let counts = state.map.arguments(inArticle: article.id).count
            let text = " \(number) \(article.id)  \(article.title)  (\(counts) arguments)"
            buffer.put(text, x: x + 1, y: y + 1 + row, style: index == selection ? theme.selection : .plain, maxWidth: boxWidth - 2)
        }
    }
}

func drawBox(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, height: Int, title: String) {
    guard width >= 2, height >= 2 else { return }
    buffer.fill(x: x, y: y, width: width, height: height)
    buffer.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y)
    for row in 1..<(height - 1) {
        buffer.put("│", x: x, y: y + row)
        buffer.put("│", x: x + width - 1, y: y + row)
    }
    buffer.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1)
    buffer.put(title, x: x + 2, y: y, style: Style(bold: true), maxWidth: width - 4)
}
