import Testing
@testable import CounterpointCore
@testable import CounterpointUI

@Suite struct CellGlyphsTests {
    /// Widths as glibc reports them in C.UTF-8 for the characters used here.
    static func libcWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x301, 0x20E3, 0xFE0F, 0x200D, 0x1161, 0x11A8: return 0
        case 0x1F1E6...0x1F1FF, 0x2764: return 1
        case 0x1F3FB...0x1F3FF: return 2
        default: return DisplayWidth.of(scalar)
        }
    }

    func glyphs(_ text: String, width: Int, unicode: Bool = true) -> [CellGlyphs.Glyph] {
        CellGlyphs.glyphs(for: Cell(text: text, width: width), unicode: unicode, systemWidth: Self.libcWidth)
    }

    func glyph(_ scalars: [Unicode.Scalar], _ columns: Int) -> CellGlyphs.Glyph {
        CellGlyphs.Glyph(scalars: scalars, columns: columns)
    }

    @Test func plainAndWideCharactersPassThrough() {
        #expect(glyphs("a", width: 1) == [glyph(["a"], 1)])
        #expect(glyphs("中", width: 2) == [glyph(["中"], 2)])
        #expect(glyphs("e\u{301}", width: 1) == [glyph(["e", "\u{301}"], 1)])
        #expect(glyphs("", width: 1) == [glyph([" "], 1)])
        #expect(glyphs("", width: 0).isEmpty)
    }

    @Test func emojiSequencesAreCutToTheirFirstCharacter() {
        #expect(glyphs("👨\u{200D}👩\u{200D}👧", width: 2) == [glyph(["👨"], 2)])
        #expect(glyphs("👍🏽", width: 2) == [glyph(["👍"], 2)])
    }

    @Test func aCharacterTheLibraryFindsNarrowIsPaddedNotWidened() {
        #expect(glyphs("🇫🇷", width: 2) == [glyph(["🇫"], 1), glyph([" "], 1)])
        #expect(glyphs("❤\u{FE0F}", width: 2) == [glyph(["❤"], 1), glyph([" "], 1)])
        #expect(glyphs("1\u{FE0F}\u{20E3}", width: 2) == [glyph(["1", "\u{20E3}"], 1), glyph([" "], 1)])
    }

    @Test func aCharacterTooWideForItsCellIsReplaced() {
        #expect(glyphs("中", width: 1) == [glyph(["\u{FFFD}"], 1)])
    }

    @Test func controlsAndFormatsNeverGoOut() {
        #expect(glyphs("\u{1B}", width: 1) == [glyph(["\u{FFFD}"], 1)])
        #expect(glyphs("\u{9B}", width: 1) == [glyph(["\u{FFFD}"], 1)])
        #expect(glyphs("a\u{202E}\u{301}", width: 1) == [glyph(["a"], 1)])
        #expect(glyphs("\u{2028}", width: 1) == [glyph([" "], 1)])
        #expect(glyphs("\u{AD}", width: 1) == [glyph(["-"], 1)])
        #expect(glyphs("\u{200B}", width: 1) == [glyph(["\u{FFFD}"], 1)])
    }

    @Test func marksAreCappedAtWhatACellHolds() {
        let text = "a" + String(repeating: "\u{301}", count: 7)
        let result = glyphs(text, width: 1)
        #expect(result.count == 1)
        #expect(result[0].scalars.count == 1 + CellGlyphs.maximumMarks)
    }

    @Test func hangulJamoStayTogether() {
        #expect(glyphs("\u{1100}\u{1161}\u{11A8}", width: 2) == [glyph(["\u{1100}", "\u{1161}", "\u{11A8}"], 2)])
    }

    @Test func withoutUTF8EverythingIsASCII() {
        #expect(glyphs("\u{2019}", width: 1, unicode: false) == [glyph(["'"], 1)])
        #expect(glyphs("\u{201C}", width: 1, unicode: false) == [glyph(["\""], 1)])
        #expect(glyphs("\u{2014}", width: 1, unicode: false) == [glyph(["-"], 1)])
        #expect(glyphs("\u{2502}", width: 1, unicode: false) == [glyph(["|"], 1)])
        #expect(glyphs("e\u{301}", width: 1, unicode: false) == [glyph(["e"], 1)])
        #expect(glyphs("ß", width: 1, unicode: false) == [glyph(["?"], 1)])
        #expect(glyphs("中", width: 2, unicode: false) == [glyph(["?"], 1), glyph([" "], 1)])
        #expect(glyphs("\u{1B}", width: 1, unicode: false) == [glyph(["?"], 1)])
    }

    /// Whatever the cell holds, the glyphs cover exactly its columns and contain no control.
    @Test func glyphsAlwaysCoverTheCellExactly() {
        let texts = ["a", "中", "👨\u{200D}👩\u{200D}👧", "🇫🇷", "\u{1B}", "e\u{301}\u{302}", "\u{202E}", "ｱ", "\u{10FFFD}", ""]
        for text in texts {
            for width in 1...2 {
                for unicode in [true, false] {
                    let result = glyphs(text, width: width, unicode: unicode)
                    #expect(result.map(\.columns).reduce(0, +) == width, "\(text.unicodeScalars.map(\.value)) in \(width)")
                    for glyph in result {
                        #expect(!glyph.scalars.contains { ScreenBuffer.isControl($0) })
                        #expect(unicode || glyph.scalars.allSatisfy { $0.isASCII })
                    }
                }
            }
        }
    }
}
