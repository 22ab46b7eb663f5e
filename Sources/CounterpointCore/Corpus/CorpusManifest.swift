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
    /// A TOML file's text: strict UTF-8 (BOM removed), no NUL, and only from a regular file, so a
    /// damaged or hostile file is refused with its place instead of parsing as something else.
    public static func read(_ url: URL) throws -> String {
        // A FIFO would block the read and a device never ends.
        if let kind = CorpusLoader.specialFileKind(url.path) {
            throw TOMLFileError(file: url.path, place: "file", problem: "not a regular file (\(kind))")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw TOMLFileError(file: url.path, place: "file", problem: "is a folder")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TOMLFileError(file: url.path, place: "file", problem: "cannot be read")
        }
        switch ArticleDecoder.decode(Array(data)) {
        case .success(let text): return text
        case .failure(.empty): return ""
        case .failure(let failure): throw TOMLFileError(file: url.path, place: "file", problem: failure.description)
        }
    }

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
            throw TOMLFileError(file: file, place: place(of: error), problem: problem(of: error, in: table))
        }
    }

    static func path(_ codingPath: [CodingKey]) -> String {
        let parts = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
        let joined = parts.joined()
        let trimmed = joined.hasPrefix(".") ? String(joined.dropFirst()) : joined
        return trimmed.isEmpty ? "top level" : trimmed
    }

    /// TOMLKit puts the missing key at the end of the context's path already; other decoders do not.
    static func fullPath(_ key: CodingKey, _ context: DecodingError.Context) -> [CodingKey] {
        context.codingPath.last?.stringValue == key.stringValue ? context.codingPath : context.codingPath + [key]
    }

    static func place(of error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return path(context.codingPath)
        case .keyNotFound(let key, let context):
            return path(fullPath(key, context))
        @unknown default:
            return "top level"
        }
    }

    static func problem(of error: DecodingError, in table: TOMLTable) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            let found = value(at: context.codingPath, in: table).map { ", found \(article($0.type))" } ?? ""
            return "expected \(typeName(type))\(found)"
        case .valueNotFound(let type, _): return "missing value of type \(typeName(type))"
        case .keyNotFound(let key, let context):
            // TOMLKit also reports a value of the wrong type as a missing key: tell them apart.
            guard let found = value(at: fullPath(key, context), in: table) else { return "required key is missing" }
            let expected = context.debugDescription.split(separator: "\"").dropFirst().first
                .map { "expected \(swiftTypeArticle(String($0))), " } ?? ""
            return "\(expected)found \(article(found.type))"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "invalid value"
        }
    }

    /// The value at a decoding path, or nil when there is none.
    static func value(at path: [CodingKey], in table: TOMLTable) -> TOMLValueConvertible? {
        var current: TOMLValueConvertible = table
        for key in path {
            if let index = key.intValue {
                guard let array = current.array, index >= 0, index < array.count else { return nil }
                current = array[index]
            } else {
                guard let table = current.table, let next = table[key.stringValue] else { return nil }
                current = next
            }
        }
        return current
    }

    private static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        return name.hasPrefix("Array<") || name.hasPrefix("[") ? "an array" : name.hasPrefix("Dictionary<") ? "a table" : swiftTypeArticle(name)
    }

    private static func swiftTypeArticle(_ name: String) -> String {
        switch name {
        case "String": return "a string"
        case "Int", "Int64", "Int32", "UInt", "UInt32", "UInt64": return "an integer"
        case "Double", "Float": return "a number"
        case "Bool": return "a boolean"
        default: return name.hasPrefix("Array") ? "an array" : "a \(name)"
        }
    }

    private static func article(_ type: TOMLType) -> String {
        switch type {
        case .table: return "a table"
        case .array: return "an array"
        case .int: return "an integer"
        case .double: return "a number"
        case .bool: return "a boolean"
        case .string: return "a string"
        default: return "a \(type)"
        }
    }
}
