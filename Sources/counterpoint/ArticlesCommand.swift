import ArgumentParser
import CounterpointCore

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List the articles of a corpus: id, title, words, sentences, boilerplate and comment blocks."
    )

    @OptionGroup var corpus: CorpusOptions
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            if json {
                try JSONOutput.print(ArticlesReport(corpus: loaded))
            } else {
                Console.out(table(loaded))
            }
        }
    }

    private func table(_ corpus: Corpus) -> String {
        var lines: [String] = []
        if let question = corpus.question { lines.append("Question: \(question.title) [\(question.id)]") }
        lines.append("ID    WORDS  SENTS  BOILER  COMMENTS  TITLE")
        for article in corpus.articles {
            let boilerplate = article.blocks.filter { $0.kind == .boilerplate }.count
            let comments = article.blocks.filter { $0.kind == .comment }.count
            let marker = article.titleSource == .text ? "" : " (\(article.titleSource.rawValue))"
            lines.append(pad(article.id, 5) + " " + lpad(article.wordCount, 5) + "  " + lpad(article.sentenceCount, 5)
                         + "  " + lpad(boilerplate, 6) + "  " + lpad(comments, 8) + "  " + article.title + marker)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func lpad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
}

struct QuestionJSON: Encodable {
    var id: String?
    var title: String?
}

struct ArticlesReport: Encodable {
    struct Entry: Encodable {
        var id, file, title, titleSource, format: String
        var outlet, author, publisher: String?
        var words, sentences, blocks, boilerplateBlocks, commentBlocks: Int
        var contentHash: String

        enum CodingKeys: String, CodingKey {
            case id, file, title, format, outlet, author, publisher, words, sentences, blocks
            case titleSource = "title_source", boilerplateBlocks = "boilerplate_blocks"
            case commentBlocks = "comment_blocks", contentHash = "content_hash"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(file, forKey: .file)
            try container.encode(title, forKey: .title)
            try container.encode(titleSource, forKey: .titleSource)
            try container.encode(format, forKey: .format)
            try container.encode(outlet, forKey: .outlet)
            try container.encode(author, forKey: .author)
            try container.encode(publisher, forKey: .publisher)
            try container.encode(words, forKey: .words)
            try container.encode(sentences, forKey: .sentences)
            try container.encode(blocks, forKey: .blocks)
            try container.encode(boilerplateBlocks, forKey: .boilerplateBlocks)
            try container.encode(commentBlocks, forKey: .commentBlocks)
            try container.encode(contentHash, forKey: .contentHash)
        }
    }

    var question: QuestionJSON?
    var articles: [Entry]

    init(corpus: Corpus) {
        question = corpus.question.map { QuestionJSON(id: $0.id, title: $0.title) }
        articles = corpus.articles.map { article in
            Entry(id: article.id, file: article.file, title: article.title, titleSource: article.titleSource.rawValue,
                  format: article.format.rawValue, outlet: article.outlet, author: article.author,
                  publisher: article.publisher, words: article.wordCount, sentences: article.sentenceCount,
                  blocks: article.blocks.count,
                  boilerplateBlocks: article.blocks.filter { $0.kind == .boilerplate }.count,
                  commentBlocks: article.blocks.filter { $0.kind == .comment }.count,
                  contentHash: article.source.contentHash)
        }
    }

    func encode(to encoder: Encoder) throws {
        enum Keys: String, CodingKey { case question, articles }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(question, forKey: .question)
        try container.encode(articles, forKey: .articles)
    }
}
