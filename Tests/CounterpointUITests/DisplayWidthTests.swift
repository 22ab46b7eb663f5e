import Testing
@testable import CounterpointCore
@testable import CounterpointUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("~", 1), ("é", 1), ("e\u{301}", 1), ("\u{2019}", 1), ("\u{2014}", 1), ("\u{2026}", 1),
        ("中", 2), ("字", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2), ("Ａ", 2), ("ｱ", 1), ("\u{3000}", 2),
        ("😀", 2), ("👍🏽", 2), ("👨\u{200D}👩\u{200D}👧", 2), ("🇫🇷", 2), ("❤\u{FE0F}", 2), ("❤", 1),
        ("☺\u{FE0E}", 1), ("1\u{FE0F}\u{20E3}", 2), ("🥲", 2),
        ("\u{0}", 0), ("\u{1B}", 0), ("\u{7F}", 0), ("\u{85}", 0), ("\u{200B}", 0), ("\u{301}", 0), ("\u{202E}", 0),
    ] as [(String, Int)])
    func characterWidths(text: String, width: Int) {
        let character = Character(text)
        #expect(DisplayWidth.of(character) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthIsTheSumOverGraphemeClusters() {
        #expect(DisplayWidth.of("中文abc") == 7)
        #expect(DisplayWidth.of("") == 0)
        // Per code point the family would count 6 columns; terminals that join it draw 2.
        #expect(DisplayWidth.of("a👨\u{200D}👩\u{200D}👧b") == 4)
        #expect(DisplayWidth.of("“Nixon” — 尼克松") == 16)
    }

    @Test func scalarWidthsOfControlsAndMarks() {
        for value: UInt32 in [0x00, 0x09, 0x0A, 0x1B, 0x7F, 0x80, 0x9B, 0x9F] {
            #expect(DisplayWidth.of(Unicode.Scalar(value)!) == 0)
        }
        #expect(DisplayWidth.of(Unicode.Scalar(0xA0)!) == 1)
        #expect(DisplayWidth.of(Unicode.Scalar(0x300)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1160)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20000)!) == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0x10FFFD)!) == 1)
    }

    /// The lookup is a binary search, which is only right over sorted, disjoint ranges.
    @Test func wideRangesAreSortedAndDisjoint() {
        for (earlier, later) in zip(DisplayWidth.wideRanges, DisplayWidth.wideRanges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound, "\(earlier) before \(later)")
        }
    }

    @Test func binarySearchAgreesWithALinearScan() {
        var value: UInt32 = 0
        while value < 0x40000 {
            let linear = DisplayWidth.wideRanges.contains { $0.contains(value) }
            #expect(DisplayWidth.isEastAsianWide(value) == linear, "U+\(String(value, radix: 16))")
            value += 7
        }
        for range in DisplayWidth.wideRanges {
            #expect(DisplayWidth.isEastAsianWide(range.lowerBound))
            #expect(DisplayWidth.isEastAsianWide(range.upperBound))
            #expect(!DisplayWidth.isEastAsianWide(range.lowerBound - 1) || DisplayWidth.wideRanges.contains { $0.contains(range.lowerBound - 1) })
        }
    }
}
