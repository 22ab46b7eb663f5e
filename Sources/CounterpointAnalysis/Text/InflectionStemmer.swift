/// Strips English inflections (plural, past, gerund, final -y) with step 1 of Porter's algorithm,
/// and a silent final "e" with its step 5a, so a word and its inflections share one stem.
///
/// Only inflections: derivational suffixes stay, so "unlikely" and "unlike", "realistic" and
/// "realism" remain different words, which matters for cue vocabulary. Profile terms and article
/// words go through the same function, so they meet in the same form ("deepened", "deepening",
/// "deepens" → "deepen"; "countries" → "countri"; "making" → "make"; "undermines", "undermining" →
/// "undermin").
enum InflectionStemmer {
    static func stem(_ word: String) -> String {
        let letters = Array(word.utf8)
        guard letters.count > 2, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
        var stemmer = Buffer(letters)
        stemmer.stripInflection()
        if stemmer.last == letters.count - 1 && stemmer.letters == letters { return word }
        return String(decoding: stemmer.letters[0...stemmer.last], as: UTF8.self)
    }

    /// Porter's working buffer: `letters[0...last]` is the current word.
    private struct Buffer {
        var letters: [UInt8]
        var last: Int
        /// End of the stem left after a matched suffix.
        var stemEnd = 0

        init(_ letters: [UInt8]) {
            self.letters = letters
            self.last = letters.count - 1
        }

        private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
        private static let o = UInt8(ascii: "o"), u = UInt8(ascii: "u"), y = UInt8(ascii: "y")
        private static let s = UInt8(ascii: "s"), l = UInt8(ascii: "l"), z = UInt8(ascii: "z")
        private static let w = UInt8(ascii: "w"), x = UInt8(ascii: "x")

        func isConsonant(_ index: Int) -> Bool {
            switch letters[index] {
            case Self.a, Self.e, Self.i, Self.o, Self.u: return false
            case Self.y: return index == 0 ? true : !isConsonant(index - 1)
            default: return true
            }
        }

        /// Porter's m: the number of vowel-consonant sequences in `letters[0...stemEnd]`.
        func measure() -> Int {
            var count = 0
            var index = 0
            while index <= stemEnd, isConsonant(index) { index += 1 }
            while index <= stemEnd {
                while index <= stemEnd, !isConsonant(index) { index += 1 }
                guard index <= stemEnd else { break }
                count += 1
                while index <= stemEnd, isConsonant(index) { index += 1 }
            }
            return count
        }

        func stemHasVowel() -> Bool {
            stemEnd >= 0 && (0...stemEnd).contains { !isConsonant($0) }
        }

        func endsWithDoubleConsonant(_ index: Int) -> Bool {
            index >= 1 && letters[index] == letters[index - 1] && isConsonant(index)
        }

        /// consonant-vowel-consonant ending at `index`, the last not w, x or y ("hop", not "bow").
        func endsConsonantVowelConsonant(_ index: Int) -> Bool {
            guard index >= 2, isConsonant(index), !isConsonant(index - 1), isConsonant(index - 2) else { return false }
            let final = letters[index]
            return final != Self.w && final != Self.x && final != Self.y
        }

        // StaticString and an in-place comparison: every word of every article passes through
        // here several times, and an array per comparison made stemming the profile's cost.
        mutating func ends(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard count <= last + 1 else { return false }
            let start = last - count + 1
            let matches = suffix.withUTF8Buffer { bytes in
                bytes.indices.allSatisfy { letters[start + $0] == bytes[$0] }
            }
            guard matches else { return false }
            stemEnd = start - 1
            return true
        }

        mutating func replaceSuffix(with replacement: StaticString) {
            replacement.withUTF8Buffer { bytes in
                letters.replaceSubrange((stemEnd + 1)..., with: bytes)
                last = stemEnd + bytes.count
            }
        }

        mutating func stripInflection() {
            if letters[last] == Self.s {
                if ends("sses") {
                    last -= 2
                } else if ends("ies") {
                    // "ties" → "tie" (Porter would give "ti"), "countries" → "countri".
                    replaceSuffix(with: last <= 3 ? "ie" : "i")
                } else if last >= 1, letters[last - 1] != Self.s, letters[last - 1] != Self.u, letters[last - 1] != Self.i {
                    // Not "ss", "us", "is": "thus", "this", "crisis" are not plurals.
                    last -= 1
                }
            }
            if ends("eed") {
                if measure() > 0 { last -= 1 }
            } else if (ends("ed") || ends("ing")) && stemHasVowel() {
                last = stemEnd
                if ends("at") { replaceSuffix(with: "ate") }
                else if ends("bl") { replaceSuffix(with: "ble") }
                else if ends("iz") { replaceSuffix(with: "ize") }
                else if endsWithDoubleConsonant(last) {
                    let final = letters[last]
                    if final != Self.l && final != Self.s && final != Self.z { last -= 1 }
                } else {
                    stemEnd = last
                    if measure() == 1 && endsConsonantVowelConsonant(last) {
                        letters.replaceSubrange((last + 1)..., with: [Self.e])
                        last += 1
                    }
                }
            }
            if ends("y") && stemHasVowel() {
                letters[last] = Self.i
            }
            stripFinalE()
        }

        /// Porter's step 5a: a final "e" goes where step 1 would have removed it before a suffix,
        /// so "undermine" meets "undermining" and "welcome" meets "welcoming"; it stays after a
        /// short stem ending consonant-vowel-consonant ("make", "hope"), which step 1 restores.
        mutating func stripFinalE() {
            guard ends("e") else { return }
            let measured = measure()
            if measured > 1 || (measured == 1 && !endsConsonantVowelConsonant(stemEnd)) { last = stemEnd }
        }
    }
}
