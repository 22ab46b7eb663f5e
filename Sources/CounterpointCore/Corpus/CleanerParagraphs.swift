/// A paragraph before classification: one raw range that becomes one block.
struct Paragraph {
    var range: TextRange
    var lineCount = 1
    /// Set by Markdown heading syntax (`#`, setext underline).
    var headingLevel: Int?
    /// Set when syntax alone decides the kind (a fenced code block is never argument text).
    var forcedKind: BlockKind?
    var isListItem = false
}

/// Plain-text paragraphs. Scraped text usually puts one paragraph per line; hard-wrapped text
/// (lines broken near a fixed width) is recognised by its shape and unwrapped. Lines are also
/// joined when the next one plainly continues the previous (a word broken across the line break,
/// or a line starting in lowercase after a line that did not finish its sentence).
enum PlainParagraphs {
    static func split(_ source: SourceText, edits: inout DisplayEdits) -> [Paragraph] {
        let lines = source.lineRanges().map { Cleaner.trim($0, in: source) }
        let wrapWidth = hardWrapWidth(lines)
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        var previousLine: TextRange?
        for line in lines {
            guard !line.isEmpty else {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = nil
                previousLine = nil
                continue
            }
            if var paragraph = current, let previous = previousLine,
               let join = joining(previous, line, wrapWidth: wrapWidth, in: source) {
                if join == .brokenWord { edits.hide(TextRange(previous.end, line.start)) }
                paragraph.range = TextRange(paragraph.range.start, line.end)
                paragraph.lineCount += 1
                current = paragraph
            } else {
                if let paragraph = current { paragraphs.append(paragraph) }
                current = Paragraph(range: line, isListItem: startsListItem(line, in: source))
            }
            previousLine = line
        }
        if let paragraph = current { paragraphs.append(paragraph) }
        return paragraphs
    }

    enum Join { case continuation, brokenWord }

    /// Whether `next` continues the paragraph whose last line is `previous`.
    static func joining(_ previous: TextRange, _ next: TextRange, wrapWidth: Int?, in source: SourceText) -> Join? {
        if startsListItem(next, in: source) || source[next.start] == ">" { return nil }
        let last = source[previous.end - 1]
        let nextStartsLower = firstLetterIsLowercase(next, in: source)
        if nextStartsLower && ScalarClass.isLetter(last) && ScalarClass.isLetter(source[next.start]),
           endsWithWordFragment(previous, in: source) {
            return .brokenWord
        }
        if nextStartsLower && last == "-" && previous.length >= 2 && ScalarClass.isLetter(source[previous.end - 2])
            && ScalarClass.isLetter(source[next.start]) {
            return .brokenWord
        }
        if nextStartsLower && !endsSentence(previous, in: source) && !looksLikeURL(next, in: source) { return .continuation }
        if let width = wrapWidth {
            let firstWord = wordLength(at: next.start, limit: next.end, in: source)
            if previous.length + 1 + firstWord >= width * 9 / 10 { return .continuation }
        }
        return nil
    }

    /// The width plain text was hard-wrapped at, or nil when lines are paragraphs. In wrapped text
    /// most lines come close to one maximum width, and that width is a terminal or e-mail one.
    static func hardWrapWidth(_ lines: [TextRange]) -> Int? {
        let lengths = lines.filter { !$0.isEmpty }.map(\.length)
        guard lengths.count >= 6, let width = lengths.max(), (40...110).contains(width) else { return nil }
        let full = lengths.filter { $0 * 5 >= width * 4 }.count
        var adjacent = 0
        for index in 1..<lines.count where !lines[index].isEmpty && !lines[index - 1].isEmpty { adjacent += 1 }
        guard full * 5 >= lengths.count * 3, adjacent * 2 >= lengths.count else { return nil }
        return width
    }

    static func startsListItem(_ line: TextRange, in source: SourceText) -> Bool {
        guard line.length >= 2 else { return false }
        let first = source[line.start]
        let second = source[line.start + 1]
        if ScalarClass.isBullet(first) { return true }
        if (first == "-" || first == "*" || first == "+") && second == " " { return true }
        var index = line.start
        while index < line.end && index - line.start < 3 && ScalarClass.isDigit(source[index]) { index += 1 }
        return index > line.start && index + 1 < line.end && (source[index] == "." || source[index] == ")")
            && source[index + 1] == " "
    }

    private static func firstLetterIsLowercase(_ line: TextRange, in source: SourceText) -> Bool {
        var index = line.start
        while index < line.end {
            let scalar = source[index]
            if ScalarClass.isLetter(scalar) { return ScalarClass.isLowercase(scalar) }
            if ScalarClass.isDigit(scalar) { return false }
            if !(ScalarClass.isOpener(scalar) || ScalarClass.isDash(scalar) || scalar == " " || scalar == "\u{2026}"
                 || scalar == ".") { return false }
            index += 1
        }
        return false
    }

    /// Whether a line's text ends a sentence (terminator, possibly followed by closing quotes).
    static func endsSentence(_ line: TextRange, in source: SourceText) -> Bool {
        var index = line.end - 1
        while index > line.start && ScalarClass.isCloser(source[index]) { index -= 1 }
        switch source[index] {
        case ".", "!", "?", "\u{2026}", ":", ";": return true
        default: return false
        }
    }

    /// "…States. O" before "ver the past": the line ends in a fragment too short to be a word
    /// on its own (one to three letters that are not a common short word).
    private static func endsWithWordFragment(_ line: TextRange, in source: SourceText) -> Bool {
        var start = line.end
        while start > line.start && ScalarClass.isLetter(source[start - 1]) { start -= 1 }
        let length = line.end - start
        guard (1...3).contains(length) else { return false }
        if start > line.start {
            let before = source[start - 1]
            guard before == " " || before == "\t" else { return false }
        }
        let fragment = source.slice(TextRange(start, line.end))
        if length >= 2 && fragment.unicodeScalars.allSatisfy(ScalarClass.isUppercase) { return false }
        return !shortWords.contains(WordHash.of(fragment))
    }

    private static let shortWords: Set<UInt64> = WordHash.set([
        "a", "an", "i", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "is", "it", "as", "be",
        "we", "he", "she", "us", "my", "me", "no", "so", "do", "if", "up", "our", "its", "his", "her", "you", "not",
        "are", "was", "has", "had", "can", "may", "all", "any", "who", "how", "why", "few", "per", "via", "yet",
        "nor", "off", "out", "own", "due", "too", "one", "two", "new", "old", "mr", "dr", "st", "vs", "oh", "ok",
        "did", "get", "got", "let", "see", "say", "far", "now", "way", "day", "war", "man", "men", "law", "end",
        "set", "put", "use", "top", "key", "big", "low", "bad", "red", "age", "eu", "un", "uk",
    ])

    private static func wordLength(at start: Int, limit: Int, in source: SourceText) -> Int {
        var index = start
        while index < limit && !ScalarClass.isSpace(source[index]) { index += 1 }
        return index - start
    }

    static func looksLikeURL(_ line: TextRange, in source: SourceText) -> Bool {
        let prefix = source.slice(TextRange(line.start, min(line.end, line.start + 8))).lowercased()
        return prefix.hasPrefix("http://") || prefix.hasPrefix("https://") || prefix.hasPrefix("www.")
    }
}
