/// Escaping for CommonMark text built from article passages, titles and notes.
enum MarkdownText {
    /// Inline text: characters that would start emphasis, code, links, HTML or a table cell are
    /// backslash-escaped; whitespace is collapsed to one line.
    static func inline(_ raw: String) -> String {
        var out = ""
        for scalar in ClaimText.collapse(raw).unicodeScalars {
            if "\\`*_[]<>|".unicodeScalars.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// A line that starts a block: also escapes a leading heading, list, quote or rule marker.
    static func lineStart(_ raw: String) -> String {
        let text = inline(raw)
        guard let first = text.unicodeScalars.first else { return text }
        if "#+-=>".unicodeScalars.contains(first) { return "\\" + text }
        // "1. …" or "1) …" would start an ordered list.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = text.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }

    /// Inline code: a backtick fence longer than any run of backticks inside.
    static func code(_ raw: String) -> String {
        var longest = 0, run = 0
        for character in raw {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padded = raw.hasPrefix("`") || raw.hasSuffix("`") ? " \(raw) " : raw
        return fence + padded + fence
    }
}
