import ArgumentParser
import CounterpointCore

struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print one article's cleaned text reflowed to a width, or its block and sentence structure."
    )

    @Argument(help: "Article id (see `counterpoint articles`).") var id: String
    @OptionGroup var corpus: CorpusOptions
    @Option(help: "Reflow width in columns.") var width = 80
    @Flag(help: "Show blocks (kind, range, speaker) and sentences instead of reflowed text.") var blocks = false
    @Flag(help: "Include boilerplate blocks in the reflowed text.") var all = false
    @Flag(help: "Print JSON (with --blocks).") var json = false

    func validate() throws {
        guard width >= 10 && width <= 10_000 else { throw ValidationError("--width must be between 10 and 10000") }
    }

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            guard let article = loaded.article(id: id) else {
                let known = loaded.articles.map(\.id).joined(separator: ", ")
                throw CLIFailure("no article with id \"\(id)\" (known: \(known))")
            }
            if json {
                try JSONOutput.print(BlocksReport(article: article))
            } else if blocks {
                Console.out(BlocksReport(article: article).text(article))
            } else {
                Console.out(reflowed(article))
            }
        }
    }

    private func reflowed(_ article: Article) -> String {
        var paragraphs: [String] = []
        for block in article.blocks where all || block.kind != .boilerplate {
            let text = article.displayText(block.range).text
            let prefix: String
            switch block.kind {
            case .title, .heading: prefix = "## "
            case .pullquote: prefix = "> "
            case .comment: prefix = "[comment] "
            case .boilerplate: prefix = "[boilerplate] "
            case .preface: prefix = "[preface] "
            case .body: prefix = ""
            }
            paragraphs.append(TextWrap.wrap(prefix + text, width: width).joined(separator: "\n"))
        }
        return paragraphs.joined(separator: "\n\n") + "\n"
    }
}

struct BlocksReport: Encodable {
    struct SentenceJSON: Encodable { var start, end: Int; var text: String }
    struct BlockJSON: Encodable {
        var kind: String
        var start, end: Int
        var speaker: String?
        var sentences: [SentenceJSON]
        func encode(to encoder: Encoder) throws {
            enum Keys: String, CodingKey { case kind, start, end, speaker, sentences }
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(speaker, forKey: .speaker)
            try container.encode(sentences, forKey: .sentences)
        }
    }
    var article: String
    var blocks: [BlockJSON]

    init(article: Article) {
        self.article = article.id
        blocks = article.blocks.map { block in
            BlockJSON(kind: block.kind.rawValue, start: block.range.start, end: block.range.end, speaker: block.speaker,
                      sentences: block.sentences.map {
                          SentenceJSON(start: $0.range.start, end: $0.range.end, text: article.displayText($0.range).text)
                      })
        }
    }

    func text(_ article: Article) -> String {
        var lines: [String] = []
        for (index, block) in blocks.enumerated() {
            let speaker = block.speaker.map { " speaker=\($0)" } ?? ""
            lines.append("#\(index) \(block.kind) \(block.start)..<\(block.end)\(speaker)")
            for sentence in block.sentences {
                lines.append("   \(sentence.start)..<\(sentence.end)  \(sentence.text)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
