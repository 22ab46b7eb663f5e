import Testing
@testable import CounterpointUI

@Suite struct KeyDecoderTests {
    /// Made-up codes: the decoder must use the table the backend gives it, not ncurses' numbers.
    let decoder = KeyDecoder(functionKeys: [1000: .up, 1001: .pageDown, 1002: .backTab, 1003: .function(5), 1004: .backspace])

    @Test(arguments: [
        (0x1B, Key.escape), (0x7F, .backspace), (0x08, .backspace), (0x09, .tab), (0x0D, .enter), (0x0A, .enter),
        (0x0F, .control("o")), (0x0C, .control("l")), (0x01, .control("a")), (0x1A, .control("z")),
        (0x1C, .control("\\")), (0x1D, .control("]")), (0x1F, .control("_")),
        (0x6A, .character("j")), (0x5D, .character("]")), (0x20, .character(" ")), (0x3F, .character("?")),
        (0xE9, .character("é")), (0x4E2D, .character("中")), (0x1F600, .character("😀")),
    ] as [(UInt32, Key)])
    func characters(value: UInt32, key: Key) {
        #expect(decoder.decode(character: value) == key)
    }

    @Test(arguments: [0x00, 0x80, 0x9B, 0x9F, 0xD800, 0xDFFF, 0x110000, UInt32.max] as [UInt32])
    func meaninglessInputIsIgnored(value: UInt32) {
        #expect(decoder.decode(character: value) == nil)
    }

    @Test func functionKeysComeFromTheBackendTable() {
        #expect(decoder.decode(functionKey: 1000) == .up)
        #expect(decoder.decode(functionKey: 1001) == .pageDown)
        #expect(decoder.decode(functionKey: 1002) == .backTab)
        #expect(decoder.decode(functionKey: 1003) == .function(5))
        #expect(decoder.decode(functionKey: 1004) == .backspace)
        #expect(decoder.decode(functionKey: 999) == nil)
    }

    @Test(arguments: [
        (MouseReport.Buttons.primaryPressed, MouseEvent.Kind.press),
        (.primaryClicked, .press),
        (.primaryReleased, .release),
        (.wheelUp, .wheelUp),
        (.wheelDown, .wheelDown),
        ([.wheelUp, .primaryPressed], .wheelUp),
    ] as [(MouseReport.Buttons, MouseEvent.Kind)])
    func mouseReports(buttons: MouseReport.Buttons, kind: MouseEvent.Kind) {
        let key = KeyDecoder.decode(mouse: MouseReport(x: 12, y: 3, buttons: buttons))
        #expect(key == .mouse(MouseEvent(kind: kind, x: 12, y: 3)))
    }

    @Test func mouseReportsWithoutAButtonOrOffScreenAreIgnored() {
        #expect(KeyDecoder.decode(mouse: MouseReport(x: 1, y: 1, buttons: [])) == nil)
        #expect(KeyDecoder.decode(mouse: MouseReport(x: -1, y: 1, buttons: .primaryPressed)) == nil)
        #expect(KeyDecoder.decode(mouse: MouseReport(x: 1, y: -1, buttons: .wheelUp)) == nil)
    }
}
