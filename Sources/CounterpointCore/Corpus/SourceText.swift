/// An article's decoded text with O(1) access by Unicode scalar offset.
public struct SourceText: Sendable {
    public let text: String
    public let scalars: [Unicode.Scalar]
    /// SHA-256 of the decoded text's UTF-8, hex: identifies this version of the article.
    public let contentHash: String

    public init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.contentHash = SHA256.hex(of: Array(text.utf8))
    }

    /// A transient text (a lexicon term, a phrase being tokenised) that is never stored or matched
    /// against notes, so it skips the hash: analysis builds thousands of these at start-up.
    package init(unhashed text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.contentHash = ""
    }

    // Inlinable: analysis reads text a scalar at a time from another module.
    @inlinable public var count: Int { scalars.count }

    @inlinable public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    public func slice(_ range: TextRange) -> String {
        let lower = max(0, min(range.start, scalars.count))
        let upper = max(lower, min(range.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    public func wordCount(in range: TextRange) -> Int {
        var count = 0
        var inWord = false
        for index in max(0, range.start)..<min(range.end, scalars.count) {
            let isWordScalar = scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar || (inWord && (scalars[index] == "'" || scalars[index] == "’" || scalars[index] == "-"))
        }
        return count
    }

    /// Lines as ranges, each without its terminator; CRLF, CR and LF all end a line.
    public func lineRanges() -> [TextRange] {
        var lines: [TextRange] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(TextRange(start, index))
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count { lines.append(TextRange(start, scalars.count)) }
        return lines
    }
}
