/// Turns what the terminal library reports into `Key`s. Pure: the backend supplies its own key
/// codes (`functionKeys`), so tests need no terminal.
struct KeyDecoder: Sendable {
    /// The terminal library's codes for named keys (arrows, pages, F-keys...).
    var functionKeys: [Int32: Key]

    init(functionKeys: [Int32: Key]) {
        self.functionKeys = functionKeys
    }

    /// A character read as text (wget_wch returned OK). Nil for input that means nothing to the
    /// reader (NUL, C1 controls, invalid code points).
    func decode(character value: UInt32) -> Key? {
        switch value {
        case 0x1B: return .escape
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x0D, 0x0A: return .enter
        case 0x01...0x1A:
            return .control(Character(Unicode.Scalar(UInt8(0x60 + value))))
        case 0x1C...0x1F:
            // Ctrl-\ Ctrl-] Ctrl-^ Ctrl-_
            return .control(Character(Unicode.Scalar(UInt8(0x40 + value))))
        case 0x00, 0x80...0x9F:
            return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A key the library recognised from an escape sequence (wget_wch returned KEY_CODE_YES).
    func decode(functionKey code: Int32) -> Key? {
        functionKeys[code]
    }

    /// A mouse report. Presses of button 1 (or clicks, where the terminal only reports those)
    /// become `.press`; buttons 4 and 5 are the wheel.
    static func decode(mouse report: MouseReport) -> Key? {
        let kind: MouseEvent.Kind
        if report.buttons.contains(.wheelUp) {
            kind = .wheelUp
        } else if report.buttons.contains(.wheelDown) {
            kind = .wheelDown
        } else if report.buttons.contains(.primaryPressed) || report.buttons.contains(.primaryClicked) {
            kind = .press
        } else if report.buttons.contains(.primaryReleased) {
            kind = .release
        } else {
            return nil
        }
        guard report.x >= 0, report.y >= 0 else { return nil }
        return .mouse(MouseEvent(kind: kind, x: report.x, y: report.y))
    }
}

/// A mouse event as the terminal library reported it, before interpretation.
struct MouseReport: Hashable, Sendable {
    struct Buttons: OptionSet, Hashable, Sendable {
        let rawValue: UInt8
        static let primaryPressed = Buttons(rawValue: 1 << 0)
        static let primaryReleased = Buttons(rawValue: 1 << 1)
        static let primaryClicked = Buttons(rawValue: 1 << 2)
        static let wheelUp = Buttons(rawValue: 1 << 3)
        static let wheelDown = Buttons(rawValue: 1 << 4)
    }

    var x: Int
    var y: Int
    var buttons: Buttons
}
