/// Cheap character classes for the cleaner and the segmenter. ASCII takes a fast path because
/// Unicode property lookups dominate the cost of scanning megabytes of mostly-ASCII prose.
enum ScalarClass {
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isDigit(scalar) }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return scalar.properties.isLowercase
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
    }

    /// Lowercase code point used for word hashing and comparisons (single-scalar mappings only).
    @inline(__always)
    static func lowercaseValue(_ scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) ? value | 0x20 : value }
        switch value {
        case 0xC0...0xDE where value != 0xD7: return value + 0x20
        case 0x391...0x3A9, 0x410...0x42F: return value + 0x20
        case 0x400...0x40F: return value + 0x50
        case 0x2019, 0x2018, 0x02BC: return 0x27   // curly apostrophes hash like '
        default:
            guard scalar.properties.isUppercase else { return value }
            return scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? value
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }

    /// Punctuation that may close a sentence after its terminator: quotes and brackets.
    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "}", "\u{BB}", "\u{203A}", "*", "_": return true
        default: return false
        }
    }

    /// Punctuation that may open a sentence before its first word.
    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{2018}", "(", "[", "{", "\u{AB}", "\u{2039}", "\u{201E}", "*", "_", "\u{BF}", "\u{A1}": return true
        default: return false
        }
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return true
        default: return false
        }
    }

    /// Characters used as list bullets at the start of a line or item.
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{2022}", "\u{25AA}", "\u{25E6}", "\u{2023}", "\u{25CF}", "\u{25A0}", "\u{2043}", "\u{00B7}": return true
        default: return false
        }
    }
}
