import ArgumentParser
import CounterpointAnnotations
import CounterpointCore
import Foundation

/// `counterpoint notes list|add|delete`: the notes store from the command line.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List, add and delete notes on passages (stored in SQLite, re-anchored when the text changes).",
        subcommands: [ListNotes.self, AddNote.self, DeleteNote.self, CheckNotes.self],
        defaultSubcommand: ListNotes.self
    )
}

struct ListNotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the notes on this corpus's articles, with where each passage is now (anchored, moved or orphaned)."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON: {\"notes\": [{id, article, start, end, quote, text, tags, motivation, status, …}]}.")
    var json = false
    @Option(help: "Only notes with this tag (without #; any case).") var tag: String?
    @Flag(help: "Also list notes on articles that are not in this folder (as orphaned).") var all = false

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            let opened = try store.openForReading()
            let stored = try StoreOptions.reporting { try opened.readNotes() }
            StoreOptions.warn(stored.damaged, in: opened)
            var placed = NoteListing.ordered(NotePlacement.place(stored.records, in: loaded.articles), corpus: loaded)
            if !all { placed = placed.filter { $0.articleID != nil } }
            if let tag { placed = placed.filter { $0.note.hasTag(tag) } }
            if opened.isReadOnly { Console.warn("\(opened.path): read-only store (notes can be read, not changed)") }
            if json {
                try JSONOutput.print(NoteListing.Report(placed, corpus: loaded))
            } else {
                Console.out(NoteListing.text(placed, corpus: loaded))
            }
        }
    }
}

struct AddNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a note on a passage, given by quoting it. `#words` in the note become tags."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Article id (see `counterpoint articles`).") var article: String
    @Option(help: "The passage, quoted exactly as in the article (whitespace may differ).") var quote: String
    @Option(help: "The note. May be empty (a highlight).") var text: String
    @Option(help: "A tag (repeatable), in addition to #words in the text.") var tag: [String] = []
    @Option(help: "Which occurrence of a repeated quote (1 = first).") var occurrence: Int?
    /// Saves the note N times, printing each id as it is committed: the kill-during-save test's child.
    @Option(name: .customLong("repeat"), help: .hidden) var repeatCount = 1

    func validate() throws {
        guard !quote.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { throw ValidationError("--quote must not be empty") }
        if let occurrence, occurrence < 1 { throw ValidationError("--occurrence must be 1 or more") }
        guard repeatCount >= 1 else { throw ValidationError("--repeat must be 1 or more") }
    }

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            guard let target = loaded.article(id: article) else {
                throw CLIFailure("no article with id \"\(article)\" (known: \(loaded.articles.map(\.id).joined(separator: ", ")))")
            }
            let range = try passage(in: target)
            let opened = try store.open()
            for index in 0..<repeatCount {
                let suffix = repeatCount > 1 ? " [\(index + 1)]" : ""
                let note = Note(target: TextTarget(article: target, range: range), text: text + suffix, tags: tag)
                try StoreOptions.reporting { try opened.add(note) }
                // Printed only after the commit returned: a printed id is a durable note.
                Console.out("added \(note.id.uuidString.lowercased()) on \(target.id) at \(range.start)..<\(range.end)\n")
            }
        }
    }

    private func passage(in target: Article) throws -> TextRange {
        let found = QuoteFinder.occurrences(of: quote, in: target)
        if found.isEmpty { throw CLIFailure("quote not found in article \(target.id): \"\(quote)\"") }
        if let occurrence {
            guard occurrence <= found.count else {
                throw CLIFailure("--occurrence \(occurrence): the quote occurs only \(found.count) time(s) in article \(target.id)")
            }
            return found[occurrence - 1]
        }
        guard found.count == 1 else {
            throw CLIFailure("quote occurs \(found.count) times in article \(target.id); quote more text or pass --occurrence 1…\(found.count)")
        }
        return found[0]
    }
}

struct DeleteNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a note by id (or a unique prefix of it, at least 4 characters)."
    )

    @Argument(help: "The note's id, as `notes list` shows it.") var id: String
    @OptionGroup var store: StoreOptions

    func run() throws {
        try Console.run {
            let wanted = id.lowercased()
            guard wanted.count >= 4 else { throw CLIFailure("note id \"\(id)\" is too short (give at least 4 characters)") }
            // Found through a read-only open: a delete that finds nothing leaves the file untouched.
            let reading = try store.openForReading()
            let matches = try StoreOptions.reporting { try reading.notes() }
                .filter { $0.id.uuidString.lowercased().hasPrefix(wanted) }
            guard let note = matches.first else { throw CLIFailure("\(reading.path): no note with id \(id)") }
            guard matches.count == 1 else { throw CLIFailure("note id prefix \"\(id)\" matches \(matches.count) notes; give more characters") }
            let opened = try store.open()
            try StoreOptions.reporting { _ = try opened.delete(noteID: note.id) }
            Console.out("deleted \(note.id.uuidString.lowercased())\n")
        }
    }
}

struct CheckNotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the store file (SQLite integrity check) and count its notes and curation records."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        try Console.run {
            let opened = try store.openForReading()
            let (problems, notes, curation) = try StoreOptions.reporting {
                (try opened.integrityCheck(), try opened.noteCount(), try opened.readCuration())
            }
            let mode = opened.isReadOnly ? " (read-only)" : ""
            guard problems == ["ok"] else {
                throw CLIFailure("\(opened.path): integrity check failed: \(problems.prefix(3).joined(separator: "; "))")
            }
            let records = curation.records.count + curation.damaged.filter { !$0.isReadable }.count
            Console.out("\(opened.path)\(mode): ok, \(notes) note\(notes == 1 ? "" : "s"), \(records) curation record\(records == 1 ? "" : "s")\n")
            let damaged = try StoreOptions.reporting { try opened.damagedRows() }
            guard !damaged.isEmpty else { return }
            // The file itself is sound (integrity ok) but some rows do not read back: say which, and fail.
            Console.out(damaged.map { "  \(TerminalSafe.line($0.description))\n" }.joined())
            throw CLIFailure("\(opened.path): \(damaged.count) damaged row\(damaged.count == 1 ? "" : "s") (listed above); nothing was changed")
        }
    }
}

/// The order and the two printed forms of `notes list`.
enum NoteListing {
    /// Corpus order, then text order; orphans after the placed notes of their article; notes on other
    /// articles last.
    static func ordered(_ placed: [PlacedNote], corpus: Corpus) -> [PlacedNote] {
        var result = corpus.articles.flatMap { NotePlacement.inArticle($0.id, placed) }
        result += placed.filter { $0.articleID == nil }.sorted { $0.note.created < $1.note.created }
        return result
    }

    static func text(_ placed: [PlacedNote], corpus: Corpus) -> String {
        guard !placed.isEmpty else { return "No notes.\n" }
        var lines: [String] = []
        for entry in placed {
            let note = entry.note
            let range = entry.range.map { "\($0.start)..<\($0.end)" } ?? "-"
            let tags = note.tags.map { "#" + $0 }.joined(separator: " ")
            lines.append([String(note.id.uuidString.lowercased().prefix(8)), entry.displayArticleID, entry.status.rawValue,
                          range, tags].filter { !$0.isEmpty }.joined(separator: "  "))
            lines.append("  > " + quote(entry, corpus: corpus))
            if !note.text.isEmpty { lines.append("  " + note.text.replacingOccurrences(of: "\n", with: "\n  ")) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func quote(_ entry: PlacedNote, corpus: Corpus) -> String {
        if let range = entry.range, let id = entry.articleID, let article = corpus.article(id: id) {
            return article.displayText(range).text
        }
        return entry.note.target.quote.exact.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    struct Report: Encodable {
        struct Entry: Encodable {
            var id, article, file, quote, text, motivation, status, created, modified: String
            var start, end: Int?
            var tags: [String]
            var savedStart, savedEnd: Int
            var savedQuote: String

            func encode(to encoder: Encoder) throws {
                enum Keys: String, CodingKey {
                    case id, article, file, start, end, quote, text, tags, motivation, status, created, modified
                    case savedStart = "saved_start", savedEnd = "saved_end", savedQuote = "saved_quote"
                }
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(id, forKey: .id)
                try container.encode(article, forKey: .article)
                try container.encode(file, forKey: .file)
                try container.encode(start, forKey: .start)
                try container.encode(end, forKey: .end)
                try container.encode(quote, forKey: .quote)
                try container.encode(text, forKey: .text)
                try container.encode(tags, forKey: .tags)
                try container.encode(motivation, forKey: .motivation)
                try container.encode(status, forKey: .status)
                try container.encode(created, forKey: .created)
                try container.encode(modified, forKey: .modified)
                try container.encode(savedStart, forKey: .savedStart)
                try container.encode(savedEnd, forKey: .savedEnd)
                try container.encode(savedQuote, forKey: .savedQuote)
            }
        }

        var notes: [Entry]

        init(_ placed: [PlacedNote], corpus: Corpus) {
            notes = placed.map { entry in
                let note = entry.note
                // `quote` is the passage as it reads now (raw text), so text[start..<end] == quote.
                let current = entry.range.flatMap { range in entry.articleID.flatMap(corpus.article(id:)).map { $0.rawText(range) } }
                return Entry(id: note.id.uuidString.lowercased(), article: entry.displayArticleID,
                             file: note.target.article.file, quote: current ?? note.target.quote.exact, text: note.text,
                             motivation: note.motivation.rawValue, status: entry.status.rawValue,
                             created: note.created.rawValue, modified: note.modified.rawValue,
                             start: entry.range?.start, end: entry.range?.end, tags: note.tags,
                             savedStart: note.target.position.start, savedEnd: note.target.position.end,
                             savedQuote: note.target.quote.exact)
            }
        }
    }
}
