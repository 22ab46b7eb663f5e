import Foundation

/// A file that was skipped, and why: printed as one line naming the file.
public struct LoadWarning: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "\(TerminalSafe.line(file)): \(reason)" }
}

public enum CorpusLoadError: Error, Equatable, CustomStringConvertible {
    case folderMissing(String)
    case notAFolder(String)
    case unreadableFolder(String, String)
    case noReadableArticles(String)
    case invalidManifest(String)

    public var description: String { TerminalSafe.line(rawDescription) }

    private var rawDescription: String {
        switch self {
        case .folderMissing(let path): return "\(path): no such folder"
        case .notAFolder(let path): return "\(path): not a folder"
        case .unreadableFolder(let path, let reason): return "\(path): cannot list folder (\(reason))"
        case .noReadableArticles(let path): return "\(path): no readable article (*.txt or *.md) in folder"
        case .invalidManifest(let message): return message
        }
    }
}

public struct Corpus: Sendable {
    public var folder: URL
    public var manifest: CorpusManifest?
    /// The raw `corpus.toml`, so other modules can read their own tables from it.
    public var manifestText: String?
    public var articles: [Article]
    public var warnings: [LoadWarning]

    public var question: QuestionInfo? { manifest?.question }

    public func article(id: String) -> Article? { articles.first { $0.id == id } }
    public func articleIndex(id: String) -> Int? { articles.firstIndex { $0.id == id } }
}

public enum CorpusLoader {
    public static let manifestName = "corpus.toml"
    static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    public static func load(folder: URL) throws -> Corpus {
        let path = folder.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusLoadError.folderMissing(path)
        }
        guard isDirectory.boolValue else { throw CorpusLoadError.notAFolder(path) }

        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw CorpusLoadError.unreadableFolder(path, (error as NSError).localizedDescription)
        }

        var manifest: CorpusManifest?
        var manifestText: String?
        let manifestURL = folder.appendingPathComponent(manifestName)
        if FileManager.default.fileExists(atPath: manifestURL.path) {
            do {
                let text = try TOMLFile.read(manifestURL)
                manifestText = text
                manifest = try CorpusManifest.parse(text, file: manifestURL.path)
            } catch let error as TOMLFileError {
                throw CorpusLoadError.invalidManifest(error.description)
            }
        }

        var warnings: [LoadWarning] = []
        var articles: [Article] = []
        var usedIDs = Set<String>()
        for name in names where articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
            let url = folder.appendingPathComponent(name)
            guard let bytes = readRegularFile(url, name: name, warnings: &warnings) else { continue }
            switch ArticleDecoder.decode(bytes) {
            case .failure(let failure):
                warnings.append(LoadWarning(file: name, reason: "skipped: \(failure)"))
            case .success(let text):
                let entry = manifest?.entry(forFile: name)
                let id = uniqueID(entry?.id ?? ArticleIdentity.id(forFileName: name), used: &usedIDs)
                articles.append(ArticleBuilder.build(id: id, file: name, text: text, entry: entry))
            }
        }
        for entry in manifest?.articles ?? [] where !names.contains(entry.file) {
            warnings.append(LoadWarning(file: entry.file, reason: "listed in \(manifestName) as \"\(entry.id)\" but not found"))
        }
        if articles.isEmpty { throw CorpusLoadError.noReadableArticles(path) }
        return Corpus(folder: folder, manifest: manifest, manifestText: manifestText, articles: articles, warnings: warnings)
    }

    /// Reads a regular file, or records why not (a folder, a broken link, a FIFO or device, no
    /// permission, vanished). Internal for tests: a file deleted after the folder was listed.
    static func readRegularFile(_ url: URL, name: String, warnings: inout [LoadWarning]) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            warnings.append(LoadWarning(file: name, reason: "skipped: missing or a broken link"))
            return nil
        }
        if isDirectory.boolValue { return nil }
        // A FIFO with no writer would block the read; a device such as /dev/zero never ends.
        if let kind = specialFileKind(url.path) {
            warnings.append(LoadWarning(file: name, reason: "skipped: not a regular file (\(kind))"))
            return nil
        }
        guard FileManager.default.isReadableFile(atPath: url.path),
              let data = FileManager.default.contents(atPath: url.path) else {
            warnings.append(LoadWarning(file: name, reason: "skipped: cannot be read"))
            return nil
        }
        return Array(data)
    }

    /// What a path that is neither a regular file nor a folder is (after following links), or nil.
    static func specialFileKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFCHR, S_IFBLK: return "a device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
        }
    }

    private static func uniqueID(_ base: String, used: inout Set<String>) -> String {
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }
}
