import Foundation
import Testing

/// Issue 7: the reader renders hostile articles and file names without writing any raw control
/// sequence to the terminal. The bytes are captured under a pseudo-terminal (not through tmux,
/// which interprets them first) and every escape sequence must be one ncurses sends for
/// xterm-256color; see `TerminalOutputScanner` for the allowed set.
@Suite(.enabled(if: PseudoTerminalCapture.isAvailable, "needs util-linux script and /dev/ptmx"))
struct TerminalBytesTests {
    static let placeholder: [UInt8] = Array("\u{241B}".utf8)   // ␛, E2 90 9B

    /// The hostile corpus of HostileInputTests plus files whose names are escape sequences (empty,
    /// so the loader warns about them on stderr, which is the same terminal).
    static func makeCorpus(at folder: URL) throws {
        try HostileInputTests.makeCorpus(at: folder)
        for name in ["\u{1B}]0;pwned\u{07}.txt", "\u{1B}]52;c;cHduZWQ=\u{07}.txt", "\u{1B}[2J\u{9B}31m.txt", "\u{202E}txt.md"] {
            FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data())
        }
    }

    static func offsets(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    @Test func hostileArticlesAndNamesWriteOnlyNcursesSequences() throws {
        let scratch = TmuxSession.newScratch()
        let corpus = scratch.appendingPathComponent("corpus")
        try Self.makeCorpus(at: corpus)
        let terminal = try PseudoTerminalCapture(arguments: [corpus.path], width: 120, height: 40, scratch: scratch)

        // Articles in file order: 000, 001, ansi, bidi, … — `3` opens the escape article.
        try terminal.waitUntil("the first frame") { $0.range(of: Data("\u{1B}[?1049h".utf8)) != nil }
        var seen = terminal.bytes().count
        try terminal.send("3")
        try terminal.waitUntil("the escape article's placeholders") { $0.range(of: Data("\u{241B}]0;pwned".utf8)) != nil }
        for key in ["]", "G", "g", "4", "]", "G", "2", "3", "]"] {
            seen = terminal.bytes().count
            try terminal.send(key)
            // A key that changes nothing draws nothing; the wait only paces the keys.
            try? terminal.waitForOutput(beyond: seen, "a frame after \(key)", timeout: .seconds(3))
        }
        try terminal.send("q")
        #expect(terminal.waitForExit() == 0, "the reader did not quit with status 0")

        let bytes = [UInt8](terminal.bytes())
        let scan = TerminalOutputScanner(bytes)
        print("pty capture: \(bytes.count) bytes, \(scan.csiCount) CSI sequences, \(scan.findings.count) foreign")
        #expect(scan.findings.isEmpty, "\(scan.findings.count) foreign sequences, first: \(scan.findings.prefix(5))")
        // The loader's warnings about the hostile names went to the same terminal, as placeholders.
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("warning: \u{241B}]0;pwned\u{2407}.txt: skipped"), "the file-name warning is not in the capture")
        #expect(scan.csiCount > 100, "too few CSI sequences (\(scan.csiCount)): was the screen drawn?")

        // The payloads show only as text: right after their ␛, or where ncurses moved the cursor
        // onto the middle of a line it redraws (after a complete CSI sequence). `[2J` and `[31m`
        // right after a raw ESC are ncurses' own clear and colour, which the scanner vetted.
        for payload in ["]0;pwned", "]52;c;", "[31m", "[2J"] {
            let found = Self.offsets(of: Array(payload.utf8), in: bytes).filter { $0 == 0 || bytes[$0 - 1] != 0x1B }
            let afterPlaceholder = found.filter { $0 >= 3 && Array(bytes[($0 - 3)..<$0]) == Self.placeholder }
            #expect(!afterPlaceholder.isEmpty, "\(payload) never shown after its ␛ placeholder")
            for offset in found where !afterPlaceholder.contains(offset) {
                let context = String(decoding: bytes[max(0, offset - 40)..<min(bytes.count, offset + 20)], as: UTF8.self)
                let afterMotion = scan.csiEnds.contains(offset)
                #expect(afterMotion, "\(payload) at byte \(offset) follows neither ␛ nor cursor motion: \(context.debugDescription)")
            }
        }
    }

    /// The checker itself: it must flag what it is there to catch.
    @Test func theScannerFlagsForeignSequences() {
        let esc = "\u{1B}"
        let foreign = ["\(esc)]0;pwned\u{07}", "\(esc)]52;c;eA==\u{07}", "\(esc)P+q\(esc)\\", "\(esc)_x\(esc)\\", "\u{07}",
                       "\u{9B}31m", "\u{202E}", "\(esc)[21t", "\(esc)[6n", "\(esc)[?2026h", "\(esc)[2 q", "\(esc)[>c", "\(esc)c",
                       "\(esc)(K", "\u{0E}"]
        for text in foreign {
            var bytes = [UInt8](text.utf8)
            if text == "\u{9B}31m" { bytes = [0x9B] + Array("31m".utf8) }
            #expect(!TerminalOutputScanner(bytes).findings.isEmpty, "not flagged: \(text.debugDescription)")
        }
        let ncurses = "\(esc)[?1049h\(esc)[22;0;0t\(esc)[1;40r\(esc)[m\(esc)(B\(esc)[0;1;7m\(esc)[38;5;161mtext ␛]0;pwned\r\n"
            + "\(esc)[39;2H\(esc)[K\(esc)[5d\(esc)[?1006;1000h\(esc)[?25l\(esc)=\(esc)[?1l\(esc)>\(esc)[?1049l\(esc)[23;0;0t"
        #expect(TerminalOutputScanner(Array(ncurses.utf8)).findings.isEmpty)
    }
}
