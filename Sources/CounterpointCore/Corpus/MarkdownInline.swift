/// Hides Markdown inline syntax inside a block: emphasis and strike-through markers, code ticks,
/// link syntax (the link text stays), images, HTML tags and comments, backslash escapes.
enum MarkdownInline {
    static func collectMarkup(in range: TextRange, source: SourceText, into hidden: inout [TextRange]) {
        var scanner = Scanner(source: source, range: range)
        scanner.scan()
        hidden += scanner.hidden
    }

    private struct Delimiter {
        var marker: Unicode.Scalar
        var start: Int
        var length: Int
    }

    private struct Scanner {
        let source: SourceText
        let range: TextRange
        var hidden: [TextRange] = []
        private var openers: [Delimiter] = []
        /// The `](url)` tails of links whose text is being scanned: skipped when reached.
        private var linkTails: [TextRange] = []

        init(source: SourceText, range: TextRange) {
            self.source = source
            self.range = range
        }

        mutating func scan() {
            var index = range.start
            while index < range.end {
                if let tail = linkTails.last, index >= tail.start {
                    linkTails.removeLast()
                    index = max(index, tail.end)
                    continue
                }
                let scalar = source[index]
                switch scalar {
                case "\\":
                    if index + 1 < range.end, isEscapable(source[index + 1]) {
                        hidden.append(TextRange(index, index + 1))
                        index += 2
                        continue
                    }
                case "`":
                    index = codeSpan(at: index)
                    continue
                case "!":
                    if index + 1 < range.end, source[index + 1] == "[", let link = link(at: index + 1) {
                        hidden.append(TextRange(index, link.end))
                        index = link.end
                        continue
                    }
                case "[":
                    if let link = link(at: index) {
                        hidden.append(TextRange(index, index + 1))
                        hidden.append(link.tail)
                        linkTails.append(link.tail)
                    }
                case "<":
                    if let end = htmlEnd(at: index) {
                        index = end
                        continue
                    }
                case "*", "_", "~":
                    index = delimiterRun(at: index)
                    continue
                default:
                    break
                }
                index += 1
            }
        }

        private func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.isASCII && scalar.properties.isPunctuationLike) || ScalarClass.isLineBreak(scalar)
        }

        /// A backtick run closed by a run of the same length: hide both, keep the code inside.
        private mutating func codeSpan(at start: Int) -> Int {
            var length = 0
            while start + length < range.end && source[start + length] == "`" { length += 1 }
            var index = start + length
            while index < range.end {
                if source[index] == "`" {
                    var run = 0
                    while index + run < range.end && source[index + run] == "`" { run += 1 }
                    if run == length {
                        hidden.append(TextRange(start, start + length))
                        hidden.append(TextRange(index, index + run))
                        return index + run
                    }
                    index += run
                } else {
                    index += 1
                }
            }
            return start + length
        }

        /// `[text](url)` or `[text][ref]` starting at `[`: the tail to hide and where the link ends.
        private func link(at open: Int) -> (tail: TextRange, end: Int)? {
            guard let close = matching(open, "[", "]") else { return nil }
            let after = close + 1
            guard after < range.end else { return nil }
            if source[after] == "(", let end = matching(after, "(", ")") { return (TextRange(close, end + 1), end + 1) }
            if source[after] == "[", let end = matching(after, "[", "]") { return (TextRange(close, end + 1), end + 1) }
            return nil
        }

        private func matching(_ open: Int, _ opener: Unicode.Scalar, _ closer: Unicode.Scalar) -> Int? {
            var depth = 0
            var index = open
            while index < range.end && index - open < 2_000 {
                let scalar = source[index]
                if scalar == "\\" { index += 2; continue }
                if scalar == opener { depth += 1 }
                if scalar == closer {
                    depth -= 1
                    if depth == 0 { return index }
                }
                index += 1
            }
            return nil
        }

        /// `<!-- … -->`, `<tag …>`, `</tag>` are hidden; an autolink `<https://…>` keeps its address.
        private mutating func htmlEnd(at start: Int) -> Int? {
            guard start + 1 < range.end else { return nil }
            let next = source[start + 1]
            guard ScalarClass.isLetter(next) || next == "/" || next == "!" else { return nil }
            if next == "!", start + 3 < range.end, source[start + 2] == "-", source[start + 3] == "-" {
                var index = start + 4
                while index + 2 < range.end {
                    if source[index] == "-" && source[index + 1] == "-" && source[index + 2] == ">" {
                        hidden.append(TextRange(start, index + 3))
                        return index + 3
                    }
                    index += 1
                }
                return nil
            }
            var index = start + 1
            while index < range.end && index - start < 500 {
                let scalar = source[index]
                if scalar == "<" { return nil }
                if scalar == ">" {
                    let inner = source.slice(TextRange(start + 1, index))
                    if inner.contains("://") || inner.hasPrefix("mailto:") || (inner.contains("@") && !inner.contains(" ")) {
                        hidden.append(TextRange(start, start + 1))
                        hidden.append(TextRange(index, index + 1))
                    } else {
                        hidden.append(TextRange(start, index + 1))
                    }
                    return index + 1
                }
                index += 1
            }
            return nil
        }

        /// Emphasis: a run that can open is remembered; a run that can close pairs with the nearest
        /// opener of the same marker, and both lose the matched number of markers.
        private mutating func delimiterRun(at start: Int) -> Int {
            let marker = source[start]
            var length = 0
            while start + length < range.end && source[start + length] == marker { length += 1 }
            let end = start + length
            if marker == "~" && length != 2 { return end }
            let before: Unicode.Scalar? = start > range.start ? source[start - 1] : nil
            let after: Unicode.Scalar? = end < range.end ? source[end] : nil
            let leftFlanking = after.map { !ScalarClass.isSpace($0) && (!isPunctuation($0) || before.map { ScalarClass.isSpace($0) || isPunctuation($0) } ?? true) } ?? false
            let rightFlanking = before.map { !ScalarClass.isSpace($0) && (!isPunctuation($0) || after.map { ScalarClass.isSpace($0) || isPunctuation($0) } ?? true) } ?? false
            var canOpen = leftFlanking
            var canClose = rightFlanking
            if marker == "_" {
                // snake_case and file_names are not emphasis
                canOpen = leftFlanking && (!rightFlanking || before.map(isPunctuation) == true)
                canClose = rightFlanking && (!leftFlanking || after.map(isPunctuation) == true)
            }
            if canClose, let position = openers.lastIndex(where: { $0.marker == marker }) {
                var opener = openers[position]
                let matched = min(opener.length, length)
                hidden.append(TextRange(opener.start + opener.length - matched, opener.start + opener.length))
                hidden.append(TextRange(start, start + matched))
                opener.length -= matched
                openers.removeSubrange(position...)
                if opener.length > 0 { openers.append(opener) }
                return end
            }
            if canOpen { openers.append(Delimiter(marker: marker, start: start, length: length)) }
            return end
        }

        private func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isPunctuationLike
        }
    }
}

private extension Unicode.Scalar.Properties {
    /// Punctuation or symbol, the CommonMark notion used for flanking rules.
    var isPunctuationLike: Bool {
        switch generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
