import Foundation
import Testing

/// The real reader on the seeds in a real terminal (tmux): open, move to an argument, follow a link
/// and see the target in the other pane, go back, resize, quit with the shell intact.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderEndToEndTests {
    /// The status line starts with the current argument's id: " [004-07] − infeasible · …".
    private func currentID(_ screen: String) -> String? {
        for line in screen.split(separator: "\n") where line.hasPrefix(" [") {
            guard let close = line.firstIndex(of: "]") else { continue }
            let id = line[line.index(line.startIndex, offsetBy: 2)..<close]
            let after = line[line.index(after: close)...]
            if after.hasPrefix(" +") || after.hasPrefix(" −") { return String(id) }
        }
        return nil
    }

    /// All SGR parameters in captured escapes (`ESC[1;38;5;2m` gives 1, 38, 5, 2).
    private func sgrParameters(_ screen: String) -> Set<Int> {
        var parameters = Set<Int>()
        for chunk in screen.components(separatedBy: "\u{1B}[").dropFirst() {
            guard let end = chunk.firstIndex(of: "m") else { continue }
            let body = chunk[..<end]
            guard body.allSatisfy({ $0.isNumber || $0 == ";" }) else { continue }
            parameters.formUnion(body.split(separator: ";").compactMap { Int($0) })
        }
        return parameters
    }

    /// Foreground or background colours; 39 and 49 (the defaults) are not colours.
    private func isColour(_ parameter: Int) -> Bool {
        (30...38).contains(parameter) || (40...48).contains(parameter) || (90...97).contains(parameter) || (100...107).contains(parameter)
    }

    /// Every argument's id → (article, first words), from the non-interactive command.
    private func argumentTexts() throws -> [String: (article: String, words: String)] {
        let result = try CounterpointProcess.run(["arguments", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let arguments = try #require(json["arguments"] as? [[String: Any]])
        var texts: [String: (String, String)] = [:]
        for argument in arguments {
            guard let id = argument["id"] as? String, let article = argument["article"] as? String,
                  let text = argument["text"] as? String else { continue }
            texts[id] = (article, text.split(separator: " ").prefix(4).joined(separator: " "))
        }
        return texts
    }

    @Test func followALinkGoBackResizeAndQuit() throws {
        let texts = try argumentTexts()
        let session = try TmuxSession(width: 160, height: 48)
        try session.waitFor(text: "000 ")
        let opening = try session.capture()
        #expect(opening.contains("│"), "two or more panes side by side at 160 columns")
        #expect(opening.contains("001 ") && opening.contains("002 "), "three panes from 160 columns")

        // The first argument that has contradictions, then follow it.
        try session.send(keys: "}")
        let source = try #require(currentID(try session.waitUntil("a current argument") { currentID($0) != nil }))
        try session.send(keys: "Enter")
        let followed = try session.waitUntil("the followed view") { screen in
            currentID(screen).map { $0 != source } ?? false
        }
        let target = try #require(currentID(followed))
        let targetText = try #require(texts[target])
        // The target's words are on screen (in the other pane), joined across the pane's wrapping.
        let flat = followed.split(separator: "\n").joined(separator: " ")
        let firstWord = String(targetText.words.split(separator: " ").first ?? "")
        #expect(flat.contains(firstWord), "target \(target) not visible:\n\(followed)")

        // Back returns to the source argument.
        try session.send(keys: "C-o")
        try session.waitUntil("back at \(source)") { currentID($0) == source }

        // Resize to two panes, then one; the current argument stays in view and nothing crashes.
        try session.resize(width: 100, height: 30)
        let two = try session.waitUntil("relayout at 100x30") { $0.split(separator: "\n").first.map { $0.count <= 100 } ?? false }
        #expect(currentID(two) == source)
        try session.resize(width: 60, height: 20)
        let one = try session.waitUntil("relayout at 60x20") { !$0.contains("│") }
        #expect(currentID(one) == source)
        try session.resize(width: 20, height: 5)
        try session.waitFor(text: "too small")
        try session.resize(width: 120, height: 40)
        try session.waitUntil("relayout at 120x40") { currentID($0) == source }

        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.modes == .shell)
        #expect(try session.shellWorks())
    }

    @Test func stanceIsColouredAndReadsWithoutColour() throws {
        let colour = try TmuxSession(width: 120, height: 30)
        try colour.waitFor(text: "000 ")
        try colour.send(keys: "]")
        try colour.waitUntil("a current argument") { currentID($0) != nil }
        let escapes = try colour.capture(escapes: true)
        #expect(sgrParameters(escapes).contains(7), "current argument in reverse video")
        #expect(!sgrParameters(escapes).filter(isColour).isEmpty, "stance colours")
        try colour.send(keys: "q")
        _ = try colour.waitForExit()

        let plain = try TmuxSession(width: 120, height: 30, environment: ["NO_COLOR": "1"])
        try plain.waitFor(text: "000 ")
        try plain.send(keys: "]")
        let screen = try plain.waitUntil("a current argument") { currentID($0) != nil }
        let mono = try plain.capture(escapes: true)
        #expect(sgrParameters(mono).filter(isColour).isEmpty, "no colours under NO_COLOR")
        #expect(screen.contains("+") && screen.contains("−"), "stance glyphs in the gutter")
        try plain.send(keys: "q")
        #expect(try plain.waitForExit() == 0)
    }

    @Test func searchHelpAndPickerRespondAndQuitWithoutDamage() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor(text: "000 ")
        try session.send(text: "/Kremlin")
        try session.waitFor(text: "/Kremlin")
        try session.send(keys: "Escape")
        try session.send(keys: "?")
        try session.waitFor(text: "Help (q closes)")
        try session.send(keys: "q")
        try session.send(keys: "o")
        try session.waitFor(text: "Open article in this pane")
        try session.send(keys: "G", "Enter")
        try session.waitUntil("article 004 in the focused pane") { $0.split(separator: "\n").first?.hasPrefix(" 004") ?? false }
        try session.send(keys: "q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.shellWorks())
    }
}
