/// Finds the malformed TOML that toml++ (under TOMLKit) does not report but aborts on. toml++
/// checks these spots with assertions, which SwiftPM builds keep, so one bad `corpus.toml` or
/// `map.toml` would stop the whole program. Found by fuzzing (docs/fuzzing.md):
/// - a table header whose `[` or `[[` is not followed by a key: `[:x]`, `[[ #]]`, `[` at a line end;
/// - an array element that starts with `}` or a Unicode line separator: `a = [1, }`;
/// - a date-time value whose time does not start with a digit: `a = 1979-05-27Tx`.
///
/// The scan follows TOML's lexical structure only as far as needed to know where a statement or
/// an array element starts: strings, comments and the brackets of array and inline-table values.
/// Anything else wrong is left to toml++, which reports it.
enum TOMLAbortCheck {
    struct Problem: Equatable {
        enum Kind: Equatable { case tableHeader, arrayElement, dateTime }
        var kind: Kind
        /// 1-based, in lines and Unicode scalars, as toml++ reports positions.
        var line: Int
        var column: Int
        var found: Unicode.Scalar

        var description: String {
            let expected: String
            switch kind {
            case .tableHeader: expected = "table header must start with a key (a bare key or a quoted string)"
            case .arrayElement: expected = "array element must be a value"
            case .dateTime: expected = "the time of a date-time must start with a digit"
            }
            return "\(expected), saw '\(DisplayText.visible(found))'"
        }
    }

    static func firstProblem(in text: String) -> Problem? {
        var scanner = Scanner(Array(text.unicodeScalars))
        return scanner.run()
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// Open `[` and `{` of the value being read; empty between statements.
        var open: [Unicode.Scalar] = []
        var atStatementStart = true
        /// Between a statement start, `{` or an inline table's `,` and the `=`: bare keys may look like dates.
        var readingKey = true

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            if scalars.first == "\u{FEFF}" { index = 1 }
        }

        mutating func run() -> Problem? {
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "\n":
                    if open.isEmpty {
                        atStatementStart = true
                        readingKey = true
                    }
                    index += 1
                case " ", "\t", "\r":
                    index += 1
                case "#":
                    skipToLineEnd()
                case "\"", "'":
                    skipString(delimiter: scalar)
                    atStatementStart = false
                case "[" where atStatementStart:
                    if let problem = checkHeader() { return problem }
                    skipToLineEnd()
                case "[", ",":
                    if scalar == "[" { open.append("[") }
                    index += 1
                    atStatementStart = false
                    readingKey = open.last == "{"
                    if open.last == "[", let problem = checkArrayElement() { return problem }
                case "{":
                    open.append("{")
                    index += 1
                    atStatementStart = false
                    readingKey = true
                case "=":
                    index += 1
                    atStatementStart = false
                    readingKey = false
                case "0"..."9" where !readingKey:
                    if let problem = checkDateTime() { return problem }
                    index += 1
                    atStatementStart = false
                case "]", "}":
                    if !open.isEmpty { open.removeLast() }
                    index += 1
                    atStatementStart = false
                default:
                    index += 1
                    atStatementStart = false
                }
            }
            return nil
        }

        /// At the `[` of a header: what follows the brackets and blanks must be able to start a key.
        private func checkHeader() -> Problem? {
            var cursor = index + 1
            let hadBlank = skipBlanks(&cursor)
            // `[ [` is an error toml++ reports itself.
            if cursor < scalars.count, scalars[cursor] == "[", !hadBlank {
                cursor += 1
                _ = skipBlanks(&cursor)
            }
            guard cursor < scalars.count else { return nil }
            let next = scalars[cursor]
            if next == "]" || next == "\"" || next == "'" || Self.isBareKeyScalar(next) { return nil }
            return problem(.tableHeader, at: cursor)
        }

        /// After an array's `[` or a `,` in it: toml++ skips blanks, line breaks and comments, handles
        /// `,` and `]`, and asserts that anything else is not a value terminator.
        private func checkArrayElement() -> Problem? {
            var cursor = index
            while cursor < scalars.count {
                switch scalars[cursor] {
                case " ", "\t", "\n", "\r":
                    cursor += 1
                case "#":
                    while cursor < scalars.count, scalars[cursor] != "\n" { cursor += 1 }
                case "}", "\u{85}", "\u{2028}", "\u{2029}":
                    return problem(.arrayElement, at: cursor)
                default:
                    return nil
                }
            }
            return nil
        }

        /// At a digit in a value: toml++ takes `YYYY-MM-DD` plus `T` or `t` for a date-time and then
        /// asserts that the time starts with a digit.
        private func checkDateTime() -> Problem? {
            if index > 0, ("0"..."9").contains(scalars[index - 1]) { return nil }
            let shape = Array("dddd-dd-ddT".unicodeScalars)
            guard index + shape.count < scalars.count else { return nil }
            for (offset, expected) in shape.enumerated() {
                let scalar = scalars[index + offset]
                switch expected {
                case "d": guard ("0"..."9").contains(scalar) else { return nil }
                case "T": guard scalar == "T" || scalar == "t" else { return nil }
                default: guard scalar == expected else { return nil }
                }
            }
            let afterSeparator = index + shape.count
            return ("0"..."9").contains(scalars[afterSeparator]) ? nil : problem(.dateTime, at: afterSeparator)
        }

        private func skipBlanks(_ cursor: inout Int) -> Bool {
            let start = cursor
            while cursor < scalars.count, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor += 1 }
            return cursor > start
        }

        /// TOML 1.0 bare keys, the only kind toml++ accepts without its unreleased features.
        static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
            default: return false
            }
        }

        private func problem(_ kind: Problem.Kind, at offset: Int) -> Problem {
            var line = 1
            var lineStart = 0
            for position in 0..<offset where scalars[position] == "\n" {
                line += 1
                lineStart = position + 1
            }
            return Problem(kind: kind, line: line, column: offset - lineStart + 1, found: scalars[offset])
        }

        private mutating func skipToLineEnd() {
            while index < scalars.count, scalars[index] != "\n" { index += 1 }
        }

        /// Past a basic or literal string, single- or multi-line; an unterminated one runs to the end
        /// of its line (toml++ reports that error itself).
        private mutating func skipString(delimiter: Unicode.Scalar) {
            let isMultiline = index + 2 < scalars.count && scalars[index + 1] == delimiter && scalars[index + 2] == delimiter
            index += isMultiline ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\" && delimiter == "\"" {
                    index += 2
                    continue
                }
                if scalar == "\n" && !isMultiline { return }
                if scalar == delimiter {
                    if !isMultiline {
                        index += 1
                        return
                    }
                    if index + 2 < scalars.count && scalars[index + 1] == delimiter && scalars[index + 2] == delimiter {
                        index += 3
                        // Up to two more quotes right before the closing three belong to the string.
                        var extra = 0
                        while extra < 2, index < scalars.count, scalars[index] == delimiter {
                            index += 1
                            extra += 1
                        }
                        return
                    }
                }
                index += 1
            }
        }
    }
}
