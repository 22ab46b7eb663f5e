import Foundation
import Testing
@testable import CounterpointCore

/// A folder of adversarial files (issue 7), generated in a temporary folder: for each file, the
/// loader's decision (loaded, loaded with its display sanitised, or skipped with a one-line warning
/// naming the file), and the good files around them still load.
@Suite struct HostileCorpusTests {
    static let paragraph = "Russia and China have grown closer since the war began. Beijing now buys the oil Europe no longer takes."

    /// What the loader must decide for a file.
    enum Decision: Equatable {
        /// Loaded; every displayed scalar is free of control characters and bidi overrides.
        case loadedSanitised
        /// Skipped with one warning line that names the file and contains this reason.
        case skipped(String)
        /// Not an article at all (e.g. a folder named like one): neither loaded nor a crash.
        case ignored
    }

    /// The hostile files as bytes, with the decision expected for each.
    static let files: [(name: String, bytes: [UInt8], decision: Decision)] = {
        let esc = "\u{1B}"
        let bel = "\u{07}"
        let sentence = "Moscow and Beijing trade more every year and neither will turn on the other. "
        let longLine = String(repeating: sentence, count: 1_048_576 / sentence.utf8.count + 1)
        return [
            ("good.txt", Array(paragraph.utf8), .loadedSanitised),
            ("bad-utf8.txt", Array("Valid start ".utf8) + [0xC3, 0x28] + Array(" then garbage.".utf8), .skipped("not valid UTF-8 at byte 12")),
            ("overlong.txt", Array("A".utf8) + [0xC0, 0xAF] + Array(" overlong slash.".utf8), .skipped("not valid UTF-8 at byte 1")),
            ("nul.txt", Array("Before".utf8) + [0] + Array("after the NUL byte.".utf8), .skipped("NUL")),
            ("empty.txt", [], .skipped("empty")),
            ("long-line.txt", Array(longLine.utf8), .loadedSanitised),
            ("ansi.txt", Array(("Colour \(esc)[31mred\(esc)[0m text. Clear \(esc)[2J\(esc)[H home. "
                + "Title \(esc)]0;pwned\(bel) set. Clipboard \(esc)]52;c;cm0gLXJmIH4=\(bel) stolen. "
                + "C1 CSI \u{9B}31m and OSC \u{9D}0;pwned\u{9C} too. " + paragraph + "\n").utf8), .loadedSanitised),
            ("bidi.txt", Array(("Invoice \u{202E}fdp.exe\u{202C} and \u{2066}isolate\u{2069} \u{202A}embed\u{202C}. " + paragraph).utf8),
             .loadedSanitised),
            ("combining.txt", Array(("Zalgo a" + String(repeating: "\u{0301}", count: 10_000) + " and zero width "
                + String(repeating: "\u{200B}\u{200D}\u{FEFF}", count: 3_000) + " end. " + paragraph).utf8), .loadedSanitised),
            ("emoji.txt", Array(("Family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} flag \u{1F1FA}\u{1F1E6} "
                + "skin \u{1F44D}\u{1F3FD} keycap 1\u{FE0F}\u{20E3}. " + paragraph).utf8), .loadedSanitised),
            ("cr-only.txt", Array(("A Short Title\r" + paragraph + "\rSecond paragraph about Moscow and Beijing.\r").utf8), .loadedSanitised),
        ]
    }()

    /// Scalars that must never reach the screen: C0 and C1 controls, DEL, bidi embeddings,
    /// overrides and isolates.
    static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Builds the folder: the byte files, plus links, an unreadable file and a folder named like an article.
    static func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in files { try Data(file.bytes).write(to: folder.appendingPathComponent(file.name)) }
        let manager = FileManager.default
        // A link to itself (ELOOP when followed) and a link to a file that does not exist.
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("loop.txt").path, withDestinationPath: "loop.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "missing.txt")
        // A folder named like an article, with an article inside (not to be read).
        let subfolder = folder.appendingPathComponent("x.txt")
        try manager.createDirectory(at: subfolder, withIntermediateDirectories: true)
        try Data(paragraph.utf8).write(to: subfolder.appendingPathComponent("inner.txt"))
        // An unreadable file (root can still read it: see the test).
        let unreadable = folder.appendingPathComponent("unreadable.txt")
        try Data(paragraph.utf8).write(to: unreadable)
        try manager.setAttributes([.posixPermissions: 0o000], ofItemAtPath: unreadable.path)
        return folder
    }

    static func remove(_ folder: URL) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o600],
                                               ofItemAtPath: folder.appendingPathComponent("unreadable.txt").path)
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func eachHostileFileGetsItsDecisionAndTheGoodFilesLoad() throws {
        let folder = try Self.makeFolder()
        defer { Self.remove(folder) }
        let corpus = try CorpusLoader.load(folder: folder)
        let loaded = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.file, $0) })
        let warnings = Dictionary(grouping: corpus.warnings, by: \.file)

        for warning in corpus.warnings {
            #expect(!warning.description.contains("\n") && !warning.description.contains("\r"),
                    "a warning must be one line: \(warning.description.debugDescription)")
            #expect(warning.description.hasPrefix(warning.file + ": "), "the warning names its file: \(warning)")
        }

        for file in Self.files {
            switch file.decision {
            case .loadedSanitised:
                let article = try #require(loaded[file.name], "\(file.name) should load; warnings: \(corpus.warnings)")
                #expect(warnings[file.name] == nil, "\(file.name) loaded but warned: \(warnings[file.name] ?? [])")
                #expect(!article.blocks.isEmpty, "\(file.name) has no blocks")
                try expectSanitised(article)
            case .skipped(let reason):
                #expect(loaded[file.name] == nil, "\(file.name) should be skipped")
                let lines = warnings[file.name] ?? []
                #expect(lines.count == 1, "\(file.name): expected one warning, got \(lines)")
                #expect(lines.first?.reason.contains(reason) == true, "\(file.name): \(lines)")
            case .ignored:
                break
            }
        }

        // Links: a loop and a dangling link are skipped with a warning each, never followed forever.
        for name in ["loop.txt", "dangling.txt"] {
            #expect(loaded[name] == nil)
            let lines = warnings[name] ?? []
            #expect(lines.count == 1, "\(name): \(lines)")
            #expect(lines.first?.reason.contains("missing or a broken link") == true, "\(name): \(lines)")
        }

        // A folder named like an article is not read, nor is anything inside it. (Today it is
        // skipped silently, with no warning: recorded here, not required.)
        #expect(loaded["x.txt"] == nil)
        #expect(!corpus.articles.contains { $0.file.contains("inner") })

        // chmod 000 does not stop root (tests often run as root in containers): only check the
        // skip where the permission really denies reading.
        let unreadable = folder.appendingPathComponent("unreadable.txt").path
        if FileManager.default.isReadableFile(atPath: unreadable) {
            #expect(getuid() == 0, "only root should be able to read a chmod 000 file")
        } else {
            #expect(loaded["unreadable.txt"] == nil)
            #expect(warnings["unreadable.txt"]?.first?.reason.contains("cannot be read") == true, "\(corpus.warnings)")
        }

        // Every loaded article's title is safe to draw too.
        for article in corpus.articles {
            let unsafeTitle = article.title.unicodeScalars.contains(where: Self.isDangerous)
            #expect(!unsafeTitle, "\(article.file): title \(Self.escaped(article.title))")
        }
    }

    @Test func escapeSequencesAndOverridesShowAsPlaceholdersAndRawTextIsKept() throws {
        let folder = try Self.makeFolder()
        defer { Self.remove(folder) }
        let corpus = try CorpusLoader.load(folder: folder)
        let ansi = try #require(corpus.articles.first { $0.file == "ansi.txt" })
        let shown = ansi.blocks.map { ansi.displayText($0.range).text }.joined(separator: " ")
        // Booleans, not the text, in the expectations: on failure the raw text would act on the
        // terminal running the tests.
        let colourShown = shown.contains("\u{241B}[31mred")
        let titleShown = shown.contains("\u{241B}]0;pwned\u{2407}")
        let clipboardShown = shown.contains("\u{241B}]52;c;")
        #expect(colourShown, "ESC shows as ␛: \(Self.escaped(String(shown.prefix(200))))")
        #expect(titleShown, "the title sequence shows as text, BEL as ␇")
        #expect(clipboardShown)
        // Positions keep the raw scalars (notes anchor on the file as it is).
        #expect(ansi.text.unicodeScalars.contains("\u{1B}"))
        #expect(ansi.text.unicodeScalars.contains("\u{9B}"))

        let bidi = try #require(corpus.articles.first { $0.file == "bidi.txt" })
        let bidiShown = bidi.blocks.map { bidi.displayText($0.range).text }.joined()
        #expect(bidiShown.contains("\u{FFFD}fdp.exe\u{FFFD}"))

        let emoji = try #require(corpus.articles.first { $0.file == "emoji.txt" })
        let emojiShown = emoji.blocks.map { emoji.displayText($0.range).text }.joined()
        #expect(emojiShown.contains("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}"),
                "a ZWJ sequence is displayed whole")

        let combining = try #require(corpus.articles.first { $0.file == "combining.txt" })
        let marks = combining.blocks.map { combining.displayText($0.range) }
            .reduce(0) { $0 + $1.scalars.filter { $0 == "\u{0301}" }.count }
        #expect(marks == 10_000, "combining marks are kept (they are not controls)")

        let crOnly = try #require(corpus.articles.first { $0.file == "cr-only.txt" })
        #expect(crOnly.blocks.count == 3, "CR alone ends a line: \(crOnly.blocks.map(\.kind))")
        #expect(crOnly.title == "A Short Title")

        let long = try #require(corpus.articles.first { $0.file == "long-line.txt" })
        #expect(long.text.utf8.count >= 1_048_576)
        #expect(long.sentences.count > 10_000, "a 1 MB line is still split into sentences")
    }

    @Test func aFolderOfOnlyHostileFilesIsOneClearError() throws {
        let folder = try Self.makeFolder()
        defer { Self.remove(folder) }
        for file in Self.files where file.decision == .loadedSanitised {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file.name))
        }
        // root reads the chmod 000 file: remove it so only unloadable entries remain.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("unreadable.txt"))
        #expect(throws: CorpusLoadError.noReadableArticles(folder.path)) { try CorpusLoader.load(folder: folder) }
    }

    /// File names are hostile input too: a warning names the file, so a name holding a newline or
    /// an escape sequence would make the warning two lines or a terminal command when printed.
    @Test func warningsAboutFilesWithHostileNamesStayOneSafeLine() throws {
        let names = ["two\nlines.txt", "\u{1B}]0;pwned\u{07}.txt", "\u{1B}[2J.txt", "bidi\u{202E}txt.exe.txt"]
        var files: [String: [UInt8]] = ["good.txt": Array(Self.paragraph.utf8)]
        for name in names { files[name] = [] }
        let folder = try TestSupport.folder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try CorpusLoader.load(folder: folder)
        #expect(corpus.warnings.count == names.count, "\(corpus.warnings.map(\.description.debugDescription))")
        // Only escaped text in the messages: the raw names would act on the terminal running the tests.
        let unsafe = corpus.warnings.map(\.description)
            .filter { $0.unicodeScalars.contains(where: Self.isDangerous) }
            .map(Self.escaped)
        #expect(unsafe.isEmpty, "warnings holding a control character or bidi override: \(unsafe.joined(separator: ", "))")
    }

    /// Text with its dangerous scalars written as `\u{…}`, safe to print in a failure message.
    static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { isDangerous($0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    private func expectSanitised(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (index, block) in article.blocks.enumerated() {
            let display = article.displayText(block.range)
            if let bad = display.scalars.first(where: Self.isDangerous) {
                Issue.record("\(article.file) block \(index): U+\(String(bad.value, radix: 16, uppercase: true)) is displayed",
                             sourceLocation: sourceLocation)
            }
            #expect(display.offsets.count == display.scalars.count, sourceLocation: sourceLocation)
        }
    }
}
