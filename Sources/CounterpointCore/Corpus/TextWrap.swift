/// Greedy word wrap by terminal display width, for the non-interactive `text` command: a wide
/// CJK character or emoji takes two columns, a combining mark none, so the output lines up in a
/// terminal the way the reader's panes do. A word wider than the line is cut between characters,
/// never inside one.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 || !current.isEmpty { lines.append(current) }
            current = ""
            currentWidth = 0
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > width && currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
