import Testing
@testable import CounterpointAnnotations

@Suite struct ApproximateMatcherTests {
    /// Plain dynamic programming: fewest edits turning `pattern` into a substring of `text` ending at each offset.
    static func naiveEnds(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> [Int] {
        var column = Array(0...pattern.count)
        var lastRow: [Int] = []
        for scalar in text {
            var next = [0]
            for i in 1...pattern.count {
                let substitute = column[i - 1] + (pattern[i - 1] == scalar ? 0 : 1)
                next.append(min(substitute, column[i] + 1, next[i - 1] + 1))
            }
            column = next
            lastRow.append(column[pattern.count])
        }
        return lastRow
    }

    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j] + (x == y ? 0 : 1), previous[j + 1] + 1, current[j] + 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// A small deterministic generator so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func text(_ length: Int, alphabet: [Unicode.Scalar]) -> [Unicode.Scalar] {
            (0..<length).map { _ in alphabet[next(alphabet.count)] }
        }
    }

    @Test(arguments: [1, 5, 63, 64, 65, 130, 200])
    func bestErrorsAgreesWithDynamicProgramming(patternLength: Int) {
        var generator = Generator(state: UInt64(patternLength))
        let alphabet: [Unicode.Scalar] = ["a", "b", "c", "é", "😀"]
        for _ in 0..<20 {
            let pattern = generator.text(patternLength, alphabet: alphabet)
            let text = generator.text(generator.next(300) + 1, alphabet: alphabet)
            let expected = Self.naiveEnds(pattern, text).min()!
            #expect(ApproximateMatcher.bestErrors(pattern, in: text) == expected)
        }
    }

    @Test(arguments: [10, 70, 150])
    func everyMatchSpanIsWithinItsErrorCount(patternLength: Int) {
        var generator = Generator(state: UInt64(patternLength) * 7)
        let alphabet: [Unicode.Scalar] = ["x", "y", "z", "w"]
        for _ in 0..<10 {
            let pattern = generator.text(patternLength, alphabet: alphabet)
            var text = generator.text(400, alphabet: alphabet)
            // Plant a copy with a few edits.
            var planted = pattern
            planted.remove(at: patternLength / 2)
            planted[0] = "q"
            text.insert(contentsOf: planted, at: 100)
            let budget = patternLength / 4
            let matches = ApproximateMatcher.search(pattern, in: text, maxErrors: budget)
            #expect(matches.contains { abs($0.start - 100) <= 2 && $0.errors <= 2 })
            let naive = Self.naiveEnds(pattern, text)
            for match in matches {
                #expect(match.errors <= budget)
                #expect(naive[match.end - 1] == match.errors)
                #expect(Self.levenshtein(pattern, Array(text[match.start..<match.end])) == match.errors)
            }
        }
    }

    @Test func findsNothingBeyondTheBudget() {
        let pattern = Array("abcdefgh".unicodeScalars)
        let text = Array("zzzzzzzzzzzzzzzz".unicodeScalars)
        #expect(ApproximateMatcher.search(pattern, in: text, maxErrors: 2).isEmpty)
        #expect(ApproximateMatcher.search([], in: text, maxErrors: 2).isEmpty)
    }
}
