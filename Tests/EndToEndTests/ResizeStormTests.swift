import CounterpointCore
import Foundation
import Testing

/// The reader under a resize storm and on the terminals people use (issue 7): no crash, a normal
/// screen afterwards, keys still work, `q` exits 0 with the terminal as the shell needs it.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ResizeStormTests {
    /// The status line starts with the current argument's id: " [004-07] − infeasible · …".
    static func hasCurrentArgument(_ screen: String) -> Bool {
        screen.split(separator: "\n").contains { line in
            guard line.hasPrefix(" ["), let close = line.firstIndex(of: "]") else { return false }
            let after = line[line.index(after: close)...]
            // " −" for infeasible; " -" where the locale is not UTF-8 (the reader's ASCII fallback).
            return after.hasPrefix(" +") || after.hasPrefix(" −") || after.hasPrefix(" -")
        }
    }

    static let stormSize = 1_000
    static let largest = (width: 500, height: 200)

    @Test(arguments: [UInt64(7), 2026])
    func aThousandResizesUpTo500x200ThenANormalScreen(seed: UInt64) throws {
        let session = try TmuxSession(width: 120, height: 40)
        try session.waitForFullScreen()
        // tmux must really make the largest size, or the storm would test less than it says.
        try session.resize(width: Self.largest.width, height: Self.largest.height)
        #expect(try session.format("#{pane_width}x#{pane_height}") == "\(Self.largest.width)x\(Self.largest.height)")
        try session.waitUntil("a frame drawn at 500x200") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= Self.largest.height && (lines.first?.count ?? 0) > 400 && lines[0].hasPrefix(" 000 ")
        }
        var generator = SplitMix64(seed: seed)
        // Both ends of the range and the thin extremes on purpose, then random sizes in between.
        var sizes = [(1, 1), (500, 200), (500, 1), (1, 200), (2, 2), (500, 200), (1, 1)]
        while sizes.count < Self.stormSize {
            sizes.append((Int.random(in: 1...Self.largest.width, using: &generator),
                          Int.random(in: 1...Self.largest.height, using: &generator)))
        }
        // Ten resizes per tmux call: a thousand take a few seconds, not a client start each.
        for start in stride(from: 0, to: sizes.count, by: 10) {
            try session.resize(through: sizes[start..<min(sizes.count, start + 10)].map { (width: $0.0, height: $0.1) })
        }
        #expect(try session.programPID() != nil, "the reader died during the storm (seed \(seed))")

        try session.resize(width: 120, height: 40)
        // Waits for the frame drawn for 120x40 itself (a frame for an earlier, smaller size can
        // still be on screen for a moment): two panes whose headers span the width.
        try session.waitUntil("the normal two-pane screen at 120x40 (seed \(seed))") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            guard let header = lines.first, header.count > 100 else { return false }
            return header.hasPrefix(" 000 ") && header.contains("│") && lines.allSatisfy { $0.count <= 120 }
                && screen.contains("arguments in this article")
        }

        try session.send(keys: "]")
        try session.waitUntil("a current argument after ] (seed \(seed))") { Self.hasCurrentArgument($0) }

        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux", "vt100"])
    func startsDrawsAndQuitsOn(term: String) throws {
        let hasAlternateScreen = !["linux", "vt100"].contains(term)
        let session = try TmuxSession(width: 120, height: 40, term: term)
        try session.waitForFullScreen(alternateScreen: hasAlternateScreen)
        try session.waitFor(text: " 000 ")
        try session.send(keys: "]")
        try session.waitUntil("a current argument on \(term)") { Self.hasCurrentArgument($0) }
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }

    /// No UTF-8 locale: the reader still starts and quits cleanly.
    @Test func startsAndQuitsWithoutAUTF8Locale() throws {
        let session = try TmuxSession(width: 120, height: 40, environment: ["LANG": "C", "LC_ALL": "C"])
        try session.waitForFullScreen()
        try session.waitFor(text: " 000 ")
        try session.send(keys: "]")
        try session.waitUntil("a current argument with LANG=C") { Self.hasCurrentArgument($0) }
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }
}
