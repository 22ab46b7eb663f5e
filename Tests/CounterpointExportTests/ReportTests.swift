import CounterpointAnalysis
import Foundation
import Testing
@testable import CounterpointExport

@Suite("Markdown report")
struct ReportTests {
    private func report(_ debate: Debate, perSide: Int = 4) -> String {
        DebateReport(argumentsPerSide: perSide).document(corpus: debate.corpus, map: debate.map, profile: debate.profile, notes: debate.notes)
    }

    /// The lines of each `## Theme: …` section, by theme id.
    private func themeSections(_ text: String) -> [(theme: String, lines: [String])] {
        var sections: [(String, [String])] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("## Theme: ") {
                sections.append((String(line.dropFirst("## Theme: ".count)).replacingOccurrences(of: "\\", with: ""), []))
            } else if line.hasPrefix("## ") {
                sections.append(("", []))
            } else if !sections.isEmpty {
                sections[sections.count - 1].1.append(line)
            }
        }
        return sections.filter { !$0.0.isEmpty }
    }

    @Test("every theme of the profile appears, in profile order, and every linked pair once", arguments: ["seeds", "awkward"])
    func themesAndPairs(_ fixture: String) throws {
        let debate = fixture == "seeds" ? ExportFixtures.seeds : try ExportFixtures.awkward()
        let text = report(debate)
        let sections = themeSections(text)
        let profileThemes = debate.profile.themes.map(\.id)
        #expect(Array(sections.map(\.theme).prefix(profileThemes.count)) == profileThemes)
        let pairLines = text.split(separator: "\n").filter { $0.hasPrefix("- ") && $0.contains(" ⟷ ") }
        #expect(pairLines.count == debate.pairs.count)
        for (a, b) in debate.pairs {
            let matching = pairLines.filter { $0.contains(MarkdownText.code(a) + " ") && $0.contains(MarkdownText.code(b) + " ") }
            #expect(matching.count == 1, "pair \(a) ⟷ \(b)")
            // Listed under the theme of the end whose theme the profile names first.
            let themes = sections.map(\.theme)
            let home = [a, b].compactMap { debate.map.argument(id: $0)?.theme }.min { (themes.firstIndex(of: $0) ?? .max) < (themes.firstIndex(of: $1) ?? .max) }
            let section = sections.first { $0.theme == home }
            #expect(section?.lines.contains { $0.contains(MarkdownText.code(a) + " ") && $0.contains(" ⟷ ") && $0.contains(MarkdownText.code(b) + " ") } == true)
        }
    }

    @Test("each side shows its strongest arguments with quote, speaker and source")
    func strongestArguments() throws {
        let seeds = ExportFixtures.seeds
        let text = report(seeds, perSide: 3)
        let sections = themeSections(text)
        let strength = ArgumentStrength(map: seeds.map)
        for theme in seeds.profile.themes {
            let lines = try #require(sections.first { $0.theme == theme.id }?.lines)
            let arguments = seeds.map.arguments.filter { $0.theme == theme.id }
            if arguments.isEmpty {
                #expect(lines.contains("No arguments on this theme."))
                continue
            }
            for stance in seeds.profile.stances {
                let expected = strength.ranked(arguments.filter { $0.stance == stance }).prefix(3)
                for argument in expected {
                    let head = lines.firstIndex { $0.hasPrefix("- **") && $0.contains(MarkdownText.code(argument.id)) }
                    let index = try #require(head, "\(argument.id) shown under \(theme.id)")
                    #expect(lines[index + 2].hasPrefix("  > "), "quote under \(argument.id)")
                    #expect(lines[index].contains("article \(argument.articleID), “"), "source of \(argument.id)")
                }
            }
        }
        #expect(text.contains("Linggong Kong"), "author of 003 named")
        #expect(text.hasPrefix("# Can Washington pull Russia away from China"))
    }

    @Test("curated arguments rank above detected ones, then confidence, then contradictions")
    func ranking() throws {
        let debate = try ExportFixtures.awkward()
        let strength = ArgumentStrength(map: debate.map)
        let ids = strength.ranked(debate.map.arguments).map(\.id)
        #expect(ids == ["A-1", "B 1\"q", "B-3", "A-2", "B-2"])
    }

    /// The lines of one argument's entry: from its `- **…**` head to the next head or heading.
    private func entry(_ id: String, in lines: [String]) -> [String]? {
        guard let head = lines.firstIndex(where: { $0.hasPrefix("- **") && $0.contains(MarkdownText.code(id)) }) else { return nil }
        let end = lines[(head + 1)...].firstIndex { $0.hasPrefix("- ") || $0.hasPrefix("#") || $0.hasPrefix("*") } ?? lines.endIndex
        return Array(lines[head..<end])
    }

    @Test("the user's notes appear under the arguments they overlap, an empty theme says so")
    func notesAndEmptyTheme() throws {
        let debate = try ExportFixtures.awkward()
        let text = report(debate)
        let sections = themeSections(text)
        let economy = try #require(sections.first { $0.theme == "economy" }?.lines)
        let a1 = try #require(entry("A-1", in: economy))
        #expect(a1.contains("  *Your note* (#source): Check \\*this\\* #source"))
        #expect(a1.contains("  second line"))
        #expect(a1.contains("  Contradicted by `A-2`, `B 1\"q`."), "each opponent once")
        let a2 = try #require(entry("A-2", in: economy))
        #expect(a2.contains("  *Your note* (#doubt)."))
        #expect(!a2.contains { $0.contains("#source") })
        #expect(a2[0].contains("*detected, confidence 62%*"))
        #expect(sections.first { $0.theme == "empty-theme" }?.lines.contains("No arguments on this theme.") == true)
        let mystery = try #require(sections.first { $0.theme == "mystery" }?.lines)
        #expect(mystery.contains("*Not a theme of the question profile.*"))
        #expect(mystery.contains("### ? undecided"))
        #expect(text.hasPrefix(#"# Can "quotes" = \[brackets\] \\ survive #export?"#))
        #expect(text.contains(#"  > Brackets \[like this\] and #hash and \*stars\* matter "a lot" \\ here."#))
        #expect(text.contains("  > \\- Perhaps \\| maybe."), "a quote starting with a list marker stays a quote")
        #expect(text.contains("  > 1\\. It cannot work"), "so does one starting with a number")
    }

    @Test("an argument past the per-side limit still shows when the user noted it")
    func notedArgumentBeyondLimit() throws {
        var debate = try ExportFixtures.awkward()
        let arguments = debate.map.arguments.map { argument -> Argument in
            var changed = argument
            if argument.id == "A-2" { changed.stance = .feasible }   // now A-1 and A-2 share a side
            return changed
        }
        debate.map = ArgumentMap(arguments: arguments, links: [])
        let economy = try #require(themeSections(report(debate, perSide: 1)).first { $0.theme == "economy" }?.lines)
        #expect(entry("A-1", in: economy)?.first?.contains("shown for your notes") == false)
        #expect(entry("A-2", in: economy)?.first?.contains("shown for your notes") == true)
        let withoutNotes = Debate(corpus: debate.corpus, map: debate.map, profile: debate.profile)
        let bare = try #require(themeSections(report(withoutNotes, perSide: 1)).first { $0.theme == "economy" }?.lines)
        #expect(entry("A-2", in: bare) == nil)
        #expect(bare.contains("*1 more feasible argument on this theme.*"))
    }

    @Test("Markdown helpers escape what would change the meaning")
    func markdownHelpers() {
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.lineStart("# x") == "\\# x")
        #expect(MarkdownText.lineStart("12) x") == "12\\) x")
        #expect(MarkdownText.inline("a_b*c") == "a\\_b\\*c")
    }
}
