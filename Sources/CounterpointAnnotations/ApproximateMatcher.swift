/// Approximate string search over Unicode scalars: bit-parallel Levenshtein matching (Myers 1999,
/// with Hyyrö's blocks so patterns of any length work), as the approx-string-match library that
/// Hypothesis uses for fuzzy anchoring does.
public enum ApproximateMatcher {
    public struct Match: Hashable, Sendable {
        /// Offsets into the searched text, half-open.
        public var start: Int
        public var end: Int
        public var errors: Int
    }

    /// Where `pattern` occurs in `text` with at most `maxErrors` edits. Neighbouring end positions
    /// of one occurrence form a run. Each run yields not only its fewest-error end but every end
    /// within half the budget of it: the fewest edits often cut a reworded passage short ("met
    /// frequ|ently"), and the caller's suffix scoring finds the real boundary among them.
    public static func search(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], maxErrors: Int) -> [Match] {
        guard !pattern.isEmpty, !text.isEmpty else { return [] }
        let budget = max(0, min(maxErrors, pattern.count))
        let ends = Automaton(pattern).ends(in: text[...], maxErrors: budget)
        var best: [(end: Int, errors: Int)] = []
        var run: [(end: Int, errors: Int)] = []
        func closeRun() {
            guard let fewest = run.map(\.errors).min() else { return }
            best += run.filter { $0.errors <= fewest + max(1, budget / 2) }
            run.removeAll()
        }
        for candidate in ends {
            if let last = run.last, candidate.end != last.end + 1 { closeRun() }
            run.append(candidate)
        }
        closeRun()
        let reversedPattern = Automaton(pattern.reversed())
        return best.map { candidate in
            Match(start: start(of: candidate, pattern: pattern, reversed: reversedPattern, text: text),
                  end: candidate.end, errors: candidate.errors)
        }
    }

    /// Fewest edits needed to turn `pattern` into some substring of `text`.
    public static func bestErrors(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int {
        guard !pattern.isEmpty else { return 0 }
        guard !text.isEmpty else { return pattern.count }
        return Automaton(pattern).ends(in: text[...], maxErrors: pattern.count).map(\.errors).min() ?? pattern.count
    }

    /// Searches the reversed pattern backwards from the match end: the start is where the reverse
    /// search reaches the same error count, taking the length closest to the pattern's.
    private static func start(of candidate: (end: Int, errors: Int), pattern: [Unicode.Scalar],
                              reversed: Automaton, text: [Unicode.Scalar]) -> Int {
        let windowStart = max(0, candidate.end - pattern.count - candidate.errors)
        let window = Array(text[windowStart..<candidate.end].reversed())
        let reverseEnds = reversed.ends(in: window[...], maxErrors: candidate.errors)
        guard let fewest = reverseEnds.map(\.errors).min() else { return max(0, candidate.end - pattern.count) }
        let lengths = reverseEnds.filter { $0.errors == fewest }.map(\.end)
        let length = lengths.min { abs($0 - pattern.count) < abs($1 - pattern.count) } ?? pattern.count
        return candidate.end - length
    }

    /// The pattern's match bit vectors, one 64-bit word per block of 64 pattern positions.
    private struct Automaton {
        let length: Int
        let blockCount: Int
        /// Row 0 is all zeros (a scalar absent from the pattern); other rows by `rowOf`.
        var table: [UInt64]
        var asciiRow = [Int](repeating: 0, count: 128)
        var otherRow: [UInt32: Int] = [:]

        init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
            let pattern = Array(scalars)
            length = pattern.count
            blockCount = (pattern.count + 63) / 64
            table = [UInt64](repeating: 0, count: blockCount)
            for (index, scalar) in pattern.enumerated() {
                var row = rowOf(scalar.value)
                if row == 0 {
                    row = table.count / blockCount
                    table.append(contentsOf: [UInt64](repeating: 0, count: blockCount))
                    if scalar.value < 128 { asciiRow[Int(scalar.value)] = row } else { otherRow[scalar.value] = row }
                }
                table[row * blockCount + index / 64] |= UInt64(1) << UInt64(index % 64)
            }
        }

        func rowOf(_ value: UInt32) -> Int { value < 128 ? asciiRow[Int(value)] : otherRow[value] ?? 0 }

        /// Every end offset (exclusive) in `text` where the pattern matches with ≤ `maxErrors` edits.
        func ends(in text: ArraySlice<Unicode.Scalar>, maxErrors: Int) -> [(end: Int, errors: Int)] {
            guard length > 0 else { return [] }
            var positive = [UInt64](repeating: ~0, count: blockCount)
            var negative = [UInt64](repeating: 0, count: blockCount)
            let lastRowBit = UInt64(1) << UInt64((length - 1) % 64)
            var score = length
            var found: [(end: Int, errors: Int)] = []
            for (offset, scalar) in text.enumerated() {
                let row = rowOf(scalar.value) * blockCount
                var carry = 0
                for block in 0..<blockCount {
                    let high = block == blockCount - 1 ? lastRowBit : UInt64(1) << 63
                    carry = Automaton.advance(&positive[block], &negative[block], table[row + block], carry, high)
                }
                score += carry
                if score <= maxErrors { found.append((offset + 1, score)) }
            }
            return found
        }

        /// One column step of one block; returns the horizontal delta leaving its last row.
        @inline(__always)
        static func advance(_ pv: inout UInt64, _ mv: inout UInt64, _ match: UInt64, _ carryIn: Int, _ high: UInt64) -> Int {
            let eq = carryIn < 0 ? match | 1 : match
            let xv = eq | mv
            let xh = (((eq & pv) &+ pv) ^ pv) | eq
            var ph = mv | ~(xh | pv)
            var mh = pv & xh
            let carryOut = ph & high != 0 ? 1 : (mh & high != 0 ? -1 : 0)
            ph <<= 1
            mh <<= 1
            if carryIn < 0 { mh |= 1 } else if carryIn > 0 { ph |= 1 }
            pv = mh | ~(xv | ph)
            mv = ph & xv
            return carryOut
        }
    }
}
