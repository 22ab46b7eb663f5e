import CounterpointCore

/// Where a stored target was found in an article's current text.
public enum AnchorStatus: String, Codable, Sendable, CaseIterable {
    /// At its stored position (the text there is unchanged).
    case anchored
    /// Found elsewhere, by exact or fuzzy quote match, after the text changed.
    case moved
    /// Not found: kept with its quote, never dropped.
    case orphaned
}

public struct Anchor: Hashable, Sendable {
    public var status: AnchorStatus
    /// The passage now; nil when orphaned.
    public var range: TextRange?

    public init(status: AnchorStatus, range: TextRange?) {
        self.status = status
        self.range = range
    }

    public static let orphan = Anchor(status: .orphaned, range: nil)
}

/// Re-anchoring as Hypothesis does it: position, then exact quote, then fuzzy quote, each candidate
/// scored on the quote, its prefix and suffix, and its distance from the old position.
public enum Anchoring {
    // Hypothesis' weights (match-quote.js): the quote counts most, context next, position least.
    static let quoteWeight = 50.0
    static let prefixWeight = 20.0
    static let suffixWeight = 20.0
    static let positionWeight = 2.0
    /// Quotes shorter than this need their context to agree before a fuzzy match is trusted.
    static let shortQuote = 16

    public static func locate(_ target: TextTarget, in source: SourceText) -> Anchor {
        let position = target.position
        let inBounds = position.start >= 0 && position.start <= position.end && position.end <= source.count
        if inBounds && target.article.contentHash == source.contentHash {
            return Anchor(status: .anchored, range: position.range)
        }
        let quote = Array(target.quote.exact.unicodeScalars)
        if inBounds && source.scalars[position.start..<position.end].elementsEqual(quote) {
            return Anchor(status: .anchored, range: position.range)
        }
        guard !quote.isEmpty else { return .orphan }

        let context = Context(target: target, text: source.scalars)
        let exact = exactOccurrences(of: quote, in: source.scalars)
        if let best = exact.max(by: { context.score($0, quoteLength: quote.count) < context.score($1, quoteLength: quote.count) }) {
            return Anchor(status: .moved, range: TextRange(best.start, best.end))
        }

        let budget = quote.count / 4
        guard budget > 0 else { return .orphan }
        let candidates = ApproximateMatcher.search(quote, in: source.scalars, maxErrors: budget).filter {
            quote.count >= shortQuote || context.contextScore($0) >= 0.5
        }
        if let best = candidates.max(by: { context.score($0, quoteLength: quote.count) < context.score($1, quoteLength: quote.count) }) {
            return Anchor(status: .moved, range: TextRange(best.start, best.end))
        }
        return .orphan
    }

    static func exactOccurrences(of quote: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [ApproximateMatcher.Match] {
        guard !quote.isEmpty, quote.count <= text.count else { return [] }
        var found: [ApproximateMatcher.Match] = []
        let first = quote[0]
        var index = 0
        let last = text.count - quote.count
        while index <= last {
            if text[index] == first && text[index..<index + quote.count].elementsEqual(quote) {
                found.append(.init(start: index, end: index + quote.count, errors: 0))
            }
            index += 1
        }
        return found
    }

    /// What a candidate is compared with: the stored prefix, suffix and old position.
    struct Context {
        let prefix: [Unicode.Scalar]
        let suffix: [Unicode.Scalar]
        let hint: Int
        let text: [Unicode.Scalar]

        init(target: TextTarget, text: [Unicode.Scalar]) {
            prefix = Array(target.quote.prefix.unicodeScalars)
            suffix = Array(target.quote.suffix.unicodeScalars)
            hint = target.position.start
            self.text = text
        }

        func score(_ match: ApproximateMatcher.Match, quoteLength: Int) -> Double {
            let quoteScore = 1 - Double(match.errors) / Double(max(1, quoteLength))
            let positionScore = text.isEmpty ? 1 : 1 - Double(abs(match.start - hint)) / Double(text.count)
            let total = quoteWeight * quoteScore + prefixWeight * prefixScore(match) + suffixWeight * suffixScore(match)
                + positionWeight * positionScore
            return total / (quoteWeight + prefixWeight + suffixWeight + positionWeight)
        }

        func contextScore(_ match: ApproximateMatcher.Match) -> Double {
            (prefixScore(match) + suffixScore(match)) / 2
        }

        func prefixScore(_ match: ApproximateMatcher.Match) -> Double {
            guard !prefix.isEmpty else { return 1 }
            let window = Array(text[max(0, match.start - prefix.count)..<match.start])
            return similarity(prefix, window)
        }

        func suffixScore(_ match: ApproximateMatcher.Match) -> Double {
            guard !suffix.isEmpty else { return 1 }
            let window = Array(text[match.end..<min(text.count, match.end + suffix.count)])
            return similarity(suffix, window)
        }

        private func similarity(_ stored: [Unicode.Scalar], _ window: [Unicode.Scalar]) -> Double {
            guard !window.isEmpty else { return 0 }
            return 1 - Double(ApproximateMatcher.bestErrors(stored, in: window)) / Double(stored.count)
        }
    }
}
