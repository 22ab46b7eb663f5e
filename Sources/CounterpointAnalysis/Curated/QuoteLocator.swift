import CounterpointCore

/// Finds a curated quote in an article's raw text, in Unicode scalar offsets.
enum QuoteLocator {
    enum Outcome: Equatable {
        case found(TextRange)
        case notFound
        /// More than one occurrence and prefix/suffix do not pick one; the count of candidates.
        case ambiguous(Int)
        /// The quote occurs, but never with the given prefix/suffix.
        case contextMismatch
    }

    /// Exact match first; when that fails, any run of whitespace in the quote may match any run of
    /// whitespace in the text (a quote copied from the reflowed display still finds its raw place).
    static func locate(_ quote: String, prefix: String?, suffix: String?, in source: SourceText) -> Outcome {
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty else { return .notFound }
        var occurrences = exactOccurrences(needle, in: source.scalars)
        if occurrences.isEmpty { occurrences = whitespaceTolerantOccurrences(needle, in: source.scalars) }
        guard !occurrences.isEmpty else { return .notFound }
        let prefixScalars = prefix.map { Array($0.unicodeScalars) } ?? []
        let suffixScalars = suffix.map { Array($0.unicodeScalars) } ?? []
        let fitting = occurrences.filter { range in
            hasPrefix(prefixScalars, before: range.start, in: source.scalars)
                && hasSuffix(suffixScalars, after: range.end, in: source.scalars)
        }
        switch fitting.count {
        case 1: return .found(fitting[0])
        case 0: return .contextMismatch
        default: return .ambiguous(fitting.count)
        }
    }

    private static func exactOccurrences(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [TextRange] {
        guard needle.count <= haystack.count else { return [] }
        var result: [TextRange] = []
        let first = needle[0]
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) {
                result.append(TextRange(start, start + needle.count))
            }
            start += 1
        }
        return result
    }

    private static func whitespaceTolerantOccurrences(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [TextRange] {
        let pieces = needle.split(whereSeparator: isSpace).map(Array.init)
        guard let first = pieces.first else { return [] }
        var result: [TextRange] = []
        for candidate in exactOccurrences(first, in: haystack) {
            var position = candidate.end
            var matched = true
            for piece in pieces.dropFirst() {
                var next = position
                while next < haystack.count, isSpace(haystack[next]) { next += 1 }
                guard next + piece.count <= haystack.count,
                      haystack[next..<(next + piece.count)].elementsEqual(piece) else { matched = false; break }
                position = next + piece.count
            }
            if matched { result.append(TextRange(candidate.start, position)) }
        }
        return result
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func hasPrefix(_ prefix: [Unicode.Scalar], before offset: Int, in haystack: [Unicode.Scalar]) -> Bool {
        guard !prefix.isEmpty else { return true }
        guard offset >= prefix.count else { return false }
        return haystack[(offset - prefix.count)..<offset].elementsEqual(prefix)
    }

    private static func hasSuffix(_ suffix: [Unicode.Scalar], after offset: Int, in haystack: [Unicode.Scalar]) -> Bool {
        guard !suffix.isEmpty else { return true }
        guard offset + suffix.count <= haystack.count else { return false }
        return haystack[offset..<(offset + suffix.count)].elementsEqual(suffix)
    }
}
