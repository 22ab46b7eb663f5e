/// 64-bit FNV-1a over lowercased scalars, curly apostrophes folded to '. Words are compared by
/// hash so scanning megabytes of text allocates no strings.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func mix(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(ScalarClass.lowercaseValue(scalar))) &* prime
    }

    static func of(_ word: String) -> UInt64 {
        var hash = seed
        for scalar in word.unicodeScalars { hash = mix(hash, scalar) }
        return hash
    }

    /// Hash of two consecutive words, for word-sequence comparisons.
    @inline(__always)
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ (second &+ 0x632B_E59B_D9B4_E019)
    }

    static func set(_ words: [String]) -> Set<UInt64> { Set(words.map(of)) }
}
