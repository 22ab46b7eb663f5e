import Foundation
import TOMLKit

/// The question a corpus argues about, as `corpus.toml` states it.
public struct QuestionInfo: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    /// One line per stance id (`feasible`, `infeasible`, …) saying what that side holds.
    public var stances: [String: String]

    public init(id: String, title: String, stances: [String: String] = [:]) {
        self.id = id
        self.title = title
        self.stances = stances
    }
}

/// Per-article metadata from `corpus.toml`.
public struct ArticleEntry: Codable, Sendable, Equatable {
    public var id: String
    public var file: String
    public var title: String?
    public var titleSource: TitleSource?
    public var outlet: String?
    public var author: String?
    public var publisher: String?

    enum CodingKeys: String, CodingKey {
        case id, file, title, outlet, author, publisher
        case titleSource = "title_source"
    }
}

/// `corpus.toml`: the question and what is known about each article. Other tables (the analysis
/// profile) live in the same file and are read by their own modules.
public struct CorpusManifest: Codable, Sendable, Equatable {
    public var question: QuestionInfo?
    public var articles: [ArticleEntry]

    public init(question: QuestionInfo? = nil, articles: [ArticleEntry] = []) {
        self.question = question
        self.articles = articles
    }

    enum CodingKeys: String, CodingKey { case question, articles }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        question = try container.decodeIfPresent(QuestionInfo.self, forKey: .question)
        articles = try container.decodeIfPresent([ArticleEntry].self, forKey: .articles) ?? []
    }

    public static func parse(_ text: String, file: String) throws -> CorpusManifest {
        let manifest: CorpusManifest = try TOMLFile.decode(CorpusManifest.self, from: text, file: file)
        var seen = Set<String>()
        for (index, entry) in manifest.articles.enumerated() {
            if !seen.insert(entry.id).inserted {
                throw TOMLFileError(file: file, place: "articles[\(index)]", problem: "duplicate article id \"\(entry.id)\"")
            }
        }
        return manifest
    }

    public func entry(forFile file: String) -> ArticleEntry? { articles.first { $0.file == file } }
}

/// An error in a TOML file, naming the file and the place in it.
public struct TOMLFileError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var place: String
    public var problem: String

    public init(file: String, place: String, problem: String) {
        self.file = file
        self.place = place
        self.problem = problem
    }

    public var description: String { "\(file): \(place): \(problem)" }
}

public enum TOMLFile {
    /// Decodes a TOML document, turning parser and type errors into one-line `TOMLFileError`s.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, file: String) throws -> T {
        let table: TOMLTable
        if let bad = TOMLAbortCheck.firstProblem(in: text) {
            throw TOMLFileError(file: file, place: "line \(bad.line), column \(bad.column)", problem: bad.description)
        }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw TOMLFileError(file: file, place: "line \(error.source.begin.line), column \(error.source.begin.column)",
                                problem: error.description)
        }
        do {
            return try TOMLDecoder().decode(T.self, from: table)
        } catch let error as DecodingError {
            throw TOMLFileError(file: file, place: place(of: error), problem: problem(of: error))
        }
    }

    static func path(_ codingPath: [CodingKey]) -> String {
        let parts = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
        let joined = parts.joined()
        let trimmed = joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
        return trimmed.isEmpty ? "top level" : trimmed
    }

    static func place(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context.codingPath)
        case .keyNotFound(let key, let context):
            return path(context.codingPath + [key])
        @unknown default:
            return "top level"
        }
    }

    static func problem(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(let type, _): return "expected a value of type \(type)"
        case .valueNotFound(let type, _): return "missing value of type \(type)"
        case .keyNotFound: return "required key is missing"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "invalid value"
        }
    }
}
