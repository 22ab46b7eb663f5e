import Foundation

/// Splits the bytes a program wrote to a terminal into text, controls and escape sequences, and
/// reports everything that is not one of the sequences ncurses sends for xterm-256color.
///
/// The allowed set is taken from `infocmp -1 -x xterm-256color` (ncurses 6): the cursor, erase,
/// scroll-region and insert/delete strings, SGR (`sgr`, `sgr0`, `setaf`/`setab`), `smcup`/`rmcup`
/// (`?1049h` plus the title-stack push/pop `22;0;0t`/`23;0;0t`), keypad (`?1h ESC=`), cursor
/// visibility (`?25`, `?12`), meta (`?1034`), auto-margins (`?7`), mouse (`?1000`, `?1006`, …)
/// and the G0 charset switch `ESC ( B` / `ESC ( 0`. Anything else — an OSC (title, clipboard,
/// colours), DCS/APC/PM/SOS strings, other window operations, a raw BEL or other C0/C1 control, a
/// bidi override — means a byte sequence reached the terminal that ncurses did not make.
struct TerminalOutputScanner {
    struct Finding: CustomStringConvertible {
        var offset: Int
        var problem: String
        var description: String { "byte \(offset): \(problem)" }
    }

    /// CSI final bytes (no private prefix, no intermediate) xterm-256color's terminfo uses for drawing.
    static let plainCSIFinals: Set<UInt8> = Set("mHJKABCDGdrLMP@XSTbZgt".utf8).union(Set("hl".utf8))
    /// DEC private modes (`CSI ? n h/l`) ncurses sets and resets for xterm-256color.
    static let privateModes: Set<Int> = [1, 5, 7, 12, 25, 1000, 1002, 1003, 1005, 1006, 1015, 1034, 1049, 2004]
    /// `ESC x` sequences of two bytes: keypad on/off, save/restore cursor, reverse index.
    static let twoByteEscapes: Set<UInt8> = Set("=>78M".utf8)
    static let bidiControls: [ClosedRange<UInt32>] = [0x202A...0x202E, 0x2066...0x2069]

    private(set) var findings: [Finding] = []
    /// Offsets just past each complete CSI sequence, to tell cursor motion from text.
    private(set) var csiEnds: Set<Int> = []
    private(set) var csiCount = 0

    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x1B: index = escape(bytes, at: index)
            case 0x0A, 0x0D, 0x08, 0x09: index += 1
            case 0x00..<0x20, 0x7F:
                findings.append(Finding(offset: index, problem: String(format: "control byte 0x%02X", byte)))
                index += 1
            case 0x80...: index = utf8(bytes, at: index)
            default: index += 1
            }
        }
    }

    private mutating func escape(_ bytes: [UInt8], at start: Int) -> Int {
        guard start + 1 < bytes.count else {
            findings.append(Finding(offset: start, problem: "ESC at the end of the output"))
            return start + 1
        }
        let kind = bytes[start + 1]
        switch kind {
        case UInt8(ascii: "["): return csi(bytes, at: start)
        case UInt8(ascii: "("), UInt8(ascii: ")"):
            let set = start + 2 < bytes.count ? bytes[start + 2] : 0
            if kind != UInt8(ascii: "(") || (set != UInt8(ascii: "B") && set != UInt8(ascii: "0")) {
                findings.append(Finding(offset: start, problem: "charset designation ESC \(Character(UnicodeScalar(kind)))\(Character(UnicodeScalar(set)))"))
            }
            return start + 3
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"):
            let names: [UInt8: String] = [0x5D: "OSC", 0x50: "DCS", 0x5F: "APC", 0x5E: "PM", 0x58: "SOS"]
            let payload = String(decoding: bytes[(start + 1)..<min(bytes.count, start + 24)], as: UTF8.self)
            findings.append(Finding(offset: start, problem: "\(names[kind] ?? "string") sequence: ESC\(payload.debugDescription)"))
            return start + 2
        default:
            if !Self.twoByteEscapes.contains(kind) {
                findings.append(Finding(offset: start, problem: String(format: "escape ESC 0x%02X", kind)))
            }
            return start + 2
        }
    }

    /// `ESC [ parameters intermediates final`, as ECMA-48 defines it.
    private mutating func csi(_ bytes: [UInt8], at start: Int) -> Int {
        var index = start + 2
        var parameters: [UInt8] = []
        var intermediates: [UInt8] = []
        while index < bytes.count, (0x30...0x3F).contains(bytes[index]) { parameters.append(bytes[index]); index += 1 }
        while index < bytes.count, (0x20...0x2F).contains(bytes[index]) { intermediates.append(bytes[index]); index += 1 }
        guard index < bytes.count, (0x40...0x7E).contains(bytes[index]) else {
            findings.append(Finding(offset: start, problem: "unterminated or malformed CSI"))
            return index
        }
        let final = bytes[index]
        let text = "CSI \(String(decoding: parameters + intermediates, as: UTF8.self))\(Character(UnicodeScalar(final)))"
        csiCount += 1
        csiEnds.insert(index + 1)
        if !intermediates.isEmpty {
            findings.append(Finding(offset: start, problem: "\(text): intermediate bytes"))
        } else if parameters.first == UInt8(ascii: "?") {
            let modes = String(decoding: parameters.dropFirst(), as: UTF8.self).split(separator: ";").map { Int($0) ?? -1 }
            if !(final == UInt8(ascii: "h") || final == UInt8(ascii: "l")) || !modes.allSatisfy(Self.privateModes.contains) {
                findings.append(Finding(offset: start, problem: "\(text): private mode"))
            }
        } else if let first = parameters.first, (0x3C...0x3F).contains(first) {
            findings.append(Finding(offset: start, problem: "\(text): private parameter"))
        } else if !Self.plainCSIFinals.contains(final) {
            findings.append(Finding(offset: start, problem: "\(text): final byte"))
        } else if final == UInt8(ascii: "t") {
            // Window operations can report the title back as input; only smcup/rmcup's push and
            // pop of the title stack are sent by ncurses.
            let value = String(decoding: parameters, as: UTF8.self)
            if value != "22;0;0" && value != "23;0;0" { findings.append(Finding(offset: start, problem: "\(text): window operation")) }
        }
        return index + 1
    }

    /// One UTF-8 sequence; a lone byte 0x80–0x9F is a raw C1 control, which xterm obeys.
    private mutating func utf8(_ bytes: [UInt8], at start: Int) -> Int {
        let lead = bytes[start]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
        guard length > 0, start + length <= bytes.count,
              bytes[(start + 1)..<(start + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
              let scalar = String(decoding: bytes[start..<(start + length)], as: UTF8.self).unicodeScalars.first,
              scalar != "\u{FFFD}" || bytes[start..<(start + length)].elementsEqual([0xEF, 0xBF, 0xBD]) else {
            findings.append(Finding(offset: start, problem: String(format: "byte 0x%02X outside a UTF-8 sequence (raw C1 or invalid)", lead)))
            return start + 1
        }
        if (0x80...0x9F).contains(scalar.value) {
            findings.append(Finding(offset: start, problem: String(format: "C1 control U+%04X", scalar.value)))
        } else if Self.bidiControls.contains(where: { $0.contains(scalar.value) }) {
            findings.append(Finding(offset: start, problem: String(format: "bidi control U+%04X", scalar.value)))
        }
        return start + length
    }
}
