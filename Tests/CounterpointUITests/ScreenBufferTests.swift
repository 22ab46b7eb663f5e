import Testing
import CounterpointCore
@testable import CounterpointUI

@Suite struct ScreenBufferTests {
    @Test func putWritesTextAndReturnsColumnsUsed() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        #expect(buffer.put("hello", x: 2, y: 1) == 5)
        #expect(buffer.trimmedLines == ["", "  hello"])
        #expect(buffer[2, 1].text == "h")
        #expect(buffer[6, 1].text == "o")
    }

    @Test func putClipsAtMaxWidthAndTheRightEdge() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        #expect(buffer.put("abcdefgh", x: 1, y: 0, maxWidth: 3) == 3)
        #expect(buffer.put("abcdefgh", x: 5, y: 1) == 3)
        #expect(buffer.trimmedLines == [" abc", "     abc"])
        #expect(buffer.put("zzz", x: 8, y: 0) == 0)
        #expect(buffer.put("zzz", x: 0, y: 2) == 0)
        #expect(buffer.put("zzz", x: 0, y: -1) == 0)
        #expect(buffer.put("zzz", x: 0, y: 0, maxWidth: -4) == 0)
        #expect(buffer.trimmedLines == [" abc", "     abc"])
    }

    @Test func wideCharactersTakeACellAndAContinuation() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.put("中a文", x: 0, y: 0) == 5)
        #expect(buffer[0, 0] == Cell(text: "中", width: 2))
        #expect(buffer[1, 0].width == 0)
        #expect(buffer[2, 0].text == "a")
        #expect(buffer[3, 0].text == "文")
        #expect(buffer[4, 0].width == 0)
        #expect(buffer.lines == ["中a文 "])
    }

    @Test func aWideCharacterAtTheEdgeIsNeverSplit() {
        var buffer = ScreenBuffer(width: 5, height: 2)
        #expect(buffer.put("abcd中", x: 0, y: 0) == 4)
        #expect(buffer[4, 0] == Cell(text: " ", width: 1))
        #expect(buffer.put("ab中文", x: 0, y: 1, maxWidth: 3) == 2)
        #expect(buffer[2, 1].text == " ")
        #expect(buffer[3, 1] == .blank)
        assertInvariants(buffer)
    }

    @Test func aWideCharacterCutByTheLeftEdgeLeavesASpace() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.fill(x: 0, y: 0, width: 4, height: 1, character: "#")
        buffer.put("中ab", x: -1, y: 0)
        #expect(buffer.lines == [" ab#"])
        assertInvariants(buffer)
    }

    @Test func combiningMarksAttachToThePreviousCell() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(buffer[0, 0].text == "e\u{301}")
        #expect(buffer[1, 0].text == "x")
        // A mark that starts the text has nothing to attach to in this call, and is dropped.
        #expect(buffer.put("\u{301}y", x: 3, y: 0) == 1)
        #expect(buffer[3, 0].text == "y")
    }

    @Test func aCombiningMarkFloodIsCappedPerCell() {
        var buffer = ScreenBuffer(width: 3, height: 1)
        buffer.put("a" + String(repeating: "\u{301}", count: 5000) + "b", x: 0, y: 0)
        #expect(buffer[0, 0].text.unicodeScalars.count == ScreenBuffer.maximumScalarsPerCell)
        #expect(buffer[1, 0].text == "b")
    }

    @Test func emojiSequencesAreOneWideCell() {
        var buffer = ScreenBuffer(width: 8, height: 1)
        #expect(buffer.put("👨\u{200D}👩\u{200D}👧🇫🇷!", x: 0, y: 0) == 5)
        #expect(buffer[0, 0].text == "👨\u{200D}👩\u{200D}👧")
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[2, 0].text == "🇫🇷")
        #expect(buffer[4, 0].text == "!")
        assertInvariants(buffer)
    }

    @Test func controlCharactersNeverReachACell() {
        var buffer = ScreenBuffer(width: 20, height: 1)
        buffer.put("a\u{1B}[31mb\u{9B}c\r\n\u{7}", x: 0, y: 0)
        #expect(buffer.trimmedLines == ["a\u{FFFD}[31mb\u{FFFD}c\u{FFFD}\u{FFFD}"])
        buffer.fill(x: 15, y: 0, width: 5, height: 1, character: "\u{1B}")
        assertInvariants(buffer)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines == [" x文"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines == [" xy "])
        buffer.put("字", x: 1, y: 0)
        #expect(buffer.lines == [" 字 "])
        assertInvariants(buffer)
    }

    @Test func fillClipsAndNeverTraps() {
        var buffer = ScreenBuffer(width: 5, height: 3)
        buffer.fill(x: -2, y: -1, width: 4, height: 3, character: "─")
        #expect(buffer.trimmedLines == ["──", "──", ""])
        buffer.fill(x: 9, y: 9, width: 3, height: 3, character: "x")
        buffer.fill(x: 2, y: 1, width: -3, height: 5, character: "x")
        buffer.fill(x: 0, y: 2, width: Int.max, height: Int.max, character: "=")
        #expect(buffer.trimmedLines == ["──", "──", "====="])
    }

    @Test func fillWithAWideCharacterPairsColumns() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        buffer.fill(x: 0, y: 0, width: 5, height: 1, character: "中")
        #expect(buffer.lines == ["中中 "])
        assertInvariants(buffer)
    }

    @Test func restyleChangesStylesInRangeOnly() {
        var buffer = ScreenBuffer(width: 6, height: 2)
        buffer.put("abcdef", x: 0, y: 0)
        buffer.restyle(x: 2, y: 0, width: 2) { $0.reverse = true }
        #expect(buffer.styleCodes(row: 0) == ["plain", "plain", "reverse", "reverse", "plain", "plain"])
        buffer.restyle(x: 4, y: 0, width: 100) { $0.foreground = .feasible }
        #expect(buffer.styleCodes(row: 0).suffix(2) == ["feasible", "feasible"])
        buffer.restyle(x: 10, y: 0, width: 3) { $0.bold = true }
        buffer.restyle(x: -5, y: 1, width: 2) { $0.bold = true }
        buffer.restyle(x: 0, y: 7, width: 2) { $0.bold = true }
        #expect(buffer.styleCodes(row: 1) == Array(repeating: "plain", count: 6))
        #expect(buffer.lines[0] == "abcdef")
    }

    @Test func readingOutsideTheBufferGivesBlanks() {
        let buffer = ScreenBuffer(width: 2, height: 2)
        #expect(buffer[-1, 0] == .blank)
        #expect(buffer[2, 0] == .blank)
        #expect(buffer[0, 5] == .blank)
        #expect(buffer.styleCodes(row: 9).isEmpty)
        #expect(ScreenBuffer(width: -3, height: -1).lines.isEmpty)
    }

    /// A header and a mixed-script line, the way panes draw, at a few widths down to nothing.
    @Test(arguments: [
        (24, ["Nixon · 尼克松 — 1972", "+ “Détente” 外交 works"]),
        (12, ["Nixon · 尼克", "+ “Détente”"]),
        (5, ["Nixon", "+ “Dé"]),
        (3, ["Nix", "+ “"]),
        (1, ["N", "+"]),
        (0, ["", ""]),
    ] as [(Int, [String])])
    func trimmedSnapshotsAtSeveralWidths(width: Int, expected: [String]) {
        var buffer = ScreenBuffer(width: width, height: 2)
        buffer.put("Nixon · 尼克松 — 1972", x: 0, y: 0, style: Style(foreground: .heading, bold: true))
        buffer.put("+ “Détente” 外交 works", x: 0, y: 1)
        #expect(buffer.trimmedLines == expected)
        assertInvariants(buffer)
    }

    @Test func randomEditsKeepTheInvariants() {
        let samples = ["a", "中文", "e\u{301}", "👨\u{200D}👩\u{200D}👧", "\u{1B}[2J", "x字y", "🇫🇷", "\u{301}", "──"]
        var generator = SplitMix64(seed: 0x5EED)
        for size in [(1, 1), (2, 1), (7, 3), (13, 4)] {
            var buffer = ScreenBuffer(width: size.0, height: size.1)
            for _ in 0..<400 {
                let x = Int.random(in: -3...size.0 + 1, using: &generator)
                let y = Int.random(in: -1...size.1, using: &generator)
                let text = samples.randomElement(using: &generator)!
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: buffer.put(text, x: x, y: y, maxWidth: Int.random(in: -1...6, using: &generator))
                case 1: buffer.fill(x: x, y: y, width: Int.random(in: -1...5, using: &generator), height: 2, character: text.first!)
                default: buffer.restyle(x: x, y: y, width: 3) { $0.underline.toggle() }
                }
                assertInvariants(buffer)
            }
        }
    }

    private func assertInvariants(_ buffer: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                #expect((0...2).contains(cell.width), sourceLocation: sourceLocation)
                if cell.width == 2 {
                    #expect(x + 1 < buffer.width && buffer[x + 1, y].width == 0, "wide at \(x),\(y)", sourceLocation: sourceLocation)
                }
                if cell.width == 0 {
                    #expect(x > 0 && buffer[x - 1, y].width == 2, "orphan at \(x),\(y)", sourceLocation: sourceLocation)
                }
                let control = cell.text.unicodeScalars.contains { ScreenBuffer.isControl($0) }
                #expect(!control, "control at \(x),\(y)", sourceLocation: sourceLocation)
            }
        }
    }
}

