/// Splits a block's raw range into sentences that survive news prose: abbreviations, initials,
/// decimals, closing quotes, ellipses, list bullets, and sentences glued without a space
/// ("America.As"), which are split and get a display space.
public enum Segmenter {
    public static func sentences(in source: SourceText, range: TextRange, edits: inout DisplayEdits) -> [Sentence] {
        guard !range.isEmpty else { return [] }
        let text = VisibleScalars(source: source, range: range, edits: edits)
        var scanner = SentenceScanner(text: text)
        let spans = scanner.scan()
        for index in scanner.commaSpaces { edits.insertSpace(before: text.raw(index)) }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(spans.count)
        for span in spans {
            let start = text.raw(span.range.lowerBound)
            if span.glued { edits.insertSpace(before: start) }
            sentences.append(Sentence(range: TextRange(start, text.rawEnd(span.range.upperBound - 1))))
        }
        return sentences
    }
}

/// One pass over the visible scalars of a block, deciding at each terminator whether a sentence ends.
struct SentenceScanner {
    struct Span {
        var range: Range<Int>
        /// The sentence follows the previous one without any space between them.
        var glued: Bool
    }

    let text: VisibleScalars
    private var spans: [Span] = []
    /// Visible indices of words glued to a comma ("Union,have"), which display after a space.
    private(set) var commaSpaces: [Int] = []

    init(text: VisibleScalars) { self.text = text }

    mutating func scan() -> [Span] {
        let count = text.count
        var start = skipLeading(0)
        var glued = false
        var index = start
        while index < count {
            let scalar = text[index]
            if (scalar == "h" || scalar == "w") && startsURL(at: index) {
                // Periods inside an address end nothing; punctuation after it still may.
                var end = index
                while end < count && !ScalarClass.isSpace(text[end]) { end += 1 }
                while end > index + 1 && (isTerminator(text[end - 1]) || ScalarClass.isCloser(text[end - 1])
                                          || text[end - 1] == "," || text[end - 1] == ";" || text[end - 1] == ":") { end -= 1 }
                index = end
                continue
            }
            if isTerminator(scalar) {
                let decision = decide(at: index, sentenceStart: start)
                if let next = decision.nextStart {
                    emit(start, decision.end, glued: glued)
                    glued = decision.glued
                    start = skipLeading(next)
                    index = start
                } else {
                    index = max(decision.end, index + 1)
                }
                continue
            }
            if scalar == ",", index > 0, index + 1 < count, ScalarClass.isLetter(text[index - 1]),
               ScalarClass.isLetter(text[index + 1]) {
                commaSpaces.append(index + 1)
            }
            if ScalarClass.isBullet(scalar), index > start, ScalarClass.isSpace(text[index - 1]),
               index + 1 == count || ScalarClass.isSpace(text[index + 1]) {
                emit(start, index, glued: glued)
                glued = false
                start = skipLeading(index)
                index = start
                continue
            }
            index += 1
        }
        emit(start, count, glued: glued)
        return spans
    }

    private mutating func emit(_ start: Int, _ end: Int, glued: Bool) {
        var last = end
        while last > start && ScalarClass.isSpace(text[last - 1]) { last -= 1 }
        guard last > start else { return }
        spans.append(Span(range: start..<last, glued: glued && !spans.isEmpty))
    }

    // MARK: - Where sentences start

    /// Skips whitespace and list markers (bullets, "1.", a quote-reply ">") before a sentence.
    private func skipLeading(_ from: Int) -> Int {
        let count = text.count
        var index = from
        while true {
            while index < count && ScalarClass.isSpace(text[index]) { index += 1 }
            guard index < count else { return index }
            let scalar = text[index]
            let followedBySpace = index + 1 < count && ScalarClass.isSpace(text[index + 1])
            if followedBySpace && (ScalarClass.isBullet(scalar) || scalar == ">" ||
                                   ((scalar == "-" || scalar == "*" || scalar == "+") && atLineStart(index))) {
                index += 1
                continue
            }
            if ScalarClass.isDigit(scalar) {
                var end = index
                while end < count && end - index < 3 && ScalarClass.isDigit(text[end]) { end += 1 }
                if end < count - 1, text[end] == "." || text[end] == ")", ScalarClass.isSpace(text[end + 1]),
                   end + 2 < count, !ScalarClass.isLowercase(text[end + 2]) {
                    index = end + 1
                    continue
                }
            }
            return index
        }
    }

    private func atLineStart(_ index: Int) -> Bool {
        var back = index - 1
        while back >= 0 && (text[back] == " " || text[back] == "\t") { back -= 1 }
        return back < 0 || ScalarClass.isLineBreak(text[back])
    }

    private func startsURL(at index: Int) -> Bool {
        if index > 0 {
            let before = text[index - 1]
            guard ScalarClass.isSpace(before) || ScalarClass.isOpener(before) || before == "<" else { return false }
        }
        return matches("https://", at: index) || matches("http://", at: index) || matches("www.", at: index)
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard position < text.count, ScalarClass.lowercaseValue(text[position]) == scalar.value else { return false }
            position += 1
        }
        return true
    }

    // MARK: - Whether a terminator ends a sentence

    private func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "?", "!", "\u{2026}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}", "\u{3002}", "\u{FF1F}", "\u{FF01}": return true
        default: return false
        }
    }

    private struct Decision {
        /// Visible index just after the terminators and closing quotes/brackets.
        var end: Int
        /// Where the next sentence starts, or nil when the sentence goes on.
        var nextStart: Int?
        var glued = false
    }

    private func decide(at index: Int, sentenceStart: Int) -> Decision {
        let count = text.count
        var position = index
        var dots = 0
        var otherMarks = false
        var ellipsisMark = false
        while position < count {
            let scalar = text[position]
            if scalar == "." {
                dots += 1
            } else if scalar == "\u{2026}" {
                ellipsisMark = true
            } else if isTerminator(scalar) {
                otherMarks = true
            } else if scalar == " ", dots >= 1, position + 1 < count, text[position + 1] == ".",
                      position + 2 == count || text[position + 2] == " " || text[position + 2] == "."
                          || ScalarClass.isCloser(text[position + 2]) {
                // a spaced ellipsis ". . ."
                ellipsisMark = true
            } else {
                break
            }
            position += 1
        }
        while position < count && ScalarClass.isCloser(text[position]) { position += 1 }
        let end = position
        var next = end
        while next < count && ScalarClass.isSpace(text[next]) { next += 1 }
        guard next < count, containsWord(sentenceStart..<index) else { return Decision(end: end) }

        let glued = next == end
        let nextScalar = text[next]
        let isEllipsis = ellipsisMark || dots >= 2
        let hasClosers = end > index && !isTerminator(text[end - 1])

        if glued {
            guard ScalarClass.isUppercase(nextScalar), gluedWordStartsSentence(at: next) else { return Decision(end: end) }
            if !hasClosers && !otherMarks && !isEllipsis && !previousWordAllowsGlue(before: index) {
                return Decision(end: end)
            }
            return Decision(end: end, nextStart: next, glued: true)
        }
        if ScalarClass.isLowercase(nextScalar) { return Decision(end: end) }
        if otherMarks || isEllipsis { return Decision(end: end, nextStart: next) }

        let word = previousWord(before: index)
        guard !word.isEmpty else { return Decision(end: end, nextStart: next) }
        let letters = text.text(word)
        if SegmenterAbbreviations.titles.contains(letters) { return Decision(end: end) }
        if SegmenterAbbreviations.beforeNumbers.contains(letters) && ScalarClass.isDigit(nextScalar) {
            return Decision(end: end)
        }
        let initialism = isInitialism(word)
        if initialism || SegmenterAbbreviations.common.contains(letters) {
            if ScalarClass.isDigit(nextScalar) { return Decision(end: end) }
            return startsWithSentenceOpener(at: next) ? Decision(end: end, nextStart: next) : Decision(end: end)
        }
        return Decision(end: end, nextStart: next)
    }

    private func containsWord(_ range: Range<Int>) -> Bool {
        for index in range where ScalarClass.isWordScalar(text[index]) { return true }
        return false
    }

    /// The letters and digits just before a period.
    private func previousWord(before index: Int) -> Range<Int> {
        var start = index
        while start > 0 && ScalarClass.isWordScalar(text[start - 1]) { start -= 1 }
        return start..<index
    }

    /// "J." or "U.S." or "Ph.D." or "e.g.": a single capital, or a short piece after another period.
    private func isInitialism(_ word: Range<Int>) -> Bool {
        guard word.count <= 2 else { return false }
        if word.lowerBound > 0 && text[word.lowerBound - 1] == "." {
            // the last piece of a chain of short pieces, not the end of a domain name ("example.org.")
            let before = previousWord(before: word.lowerBound - 1)
            return !before.isEmpty && before.count <= 2
        }
        return word.count == 1 && ScalarClass.isUppercase(text[word.lowerBound])
    }

    /// A period glued to the next word ends a sentence only after a real word, not inside
    /// "U.S." or "Ph.D." and not after an abbreviation.
    private func previousWordAllowsGlue(before index: Int) -> Bool {
        let word = previousWord(before: index)
        guard word.count >= 2, !isInitialism(word) else { return false }
        if word.lowerBound > 0 {
            let before = text[word.lowerBound - 1]
            if before == "/" || before == "@" || before == "." { return false }
        }
        let letters = text.text(word)
        return !SegmenterAbbreviations.titles.contains(letters) && !SegmenterAbbreviations.common.contains(letters)
    }

    /// "As" in "America.As": a capitalised word of two or more letters not followed by a period
    /// (which would make it part of an initialism like "U.S.A.").
    private func gluedWordStartsSentence(at index: Int) -> Bool {
        var end = index
        while end < text.count && ScalarClass.isLetter(text[end]) { end += 1 }
        let length = end - index
        let after: Unicode.Scalar? = end < text.count ? text[end] : nil
        if length == 1 {
            let letter = text[index]
            return (letter == "I" || letter == "A") && after.map(ScalarClass.isSpace) == true
        }
        guard length >= 2 else { return false }
        return after != "."
    }

    /// Whether the word at `index` (after any opening quote) is a capitalised function word such
    /// as "The", "It", "But": after an abbreviation, only these make a new sentence likely.
    private func startsWithSentenceOpener(at index: Int) -> Bool {
        var start = index
        while start < text.count && ScalarClass.isOpener(text[start]) { start += 1 }
        guard start < text.count, ScalarClass.isUppercase(text[start]) else { return false }
        var hash = WordHash.seed
        var end = start
        while end < text.count, ScalarClass.isLetter(text[end]) || (ScalarClass.isApostrophe(text[end]) && end > start) {
            hash = WordHash.mix(hash, text[end])
            end += 1
        }
        return end > start && Lexicon.isStopword(hash)
    }
}
