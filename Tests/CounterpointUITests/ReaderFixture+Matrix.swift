import CounterpointAnalysis
import CounterpointCore
import Foundation
@testable import CounterpointUI

/// A wide corpus for the matrix and the argument list: many short articles, each arguing on
/// two of four themes, with two arguments in one cell, so scrolling and cell lists have work.
extension ReaderFixture {
    static let wideThemes = ["alliances", "energy", "markets", "sanctions"]

    static func wideCorpus(articles count: Int) throws -> Corpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-ui-wide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for number in 1...count {
            let id = String(format: "%03d", number)
            let text = "Article \(id)\nClaim \(id) says yes. Objection \(id) says no. Rebuttal \(id) also says no.\n"
            try text.write(to: folder.appendingPathComponent("\(id)_wide.txt"), atomically: true, encoding: .utf8)
        }
        return try CorpusLoader.load(folder: folder)
    }

    /// Article `n` (from 0) makes a feasible argument on theme `n % 4` and two infeasible ones on
    /// theme `(n + 1) % 4`, the second auto-detected and spoken by a named person.
    static func wideMap(for corpus: Corpus) -> ArgumentMap {
        var arguments: [Argument] = []
        var links: [ContradictionLink] = []
        for (index, article) in corpus.articles.enumerated() {
            let id = article.id
            arguments.append(Argument(id: "w\(id)-1", articleID: id, range: range(of: "Claim \(id) says yes.", in: article),
                                      stance: .feasible, theme: wideThemes[index % 4], speaker: "author", origin: .curated))
            arguments.append(Argument(id: "w\(id)-2", articleID: id, range: range(of: "Objection \(id) says no.", in: article),
                                      stance: .infeasible, theme: wideThemes[(index + 1) % 4], speaker: "author", origin: .curated))
            arguments.append(Argument(id: "w\(id)-3", articleID: id, range: range(of: "Rebuttal \(id) also says no.", in: article),
                                      stance: .infeasible, theme: wideThemes[(index + 1) % 4], speaker: "Sergei Lavrov",
                                      origin: .auto, confidence: 0.6))
            if index > 0 {
                links.append(ContradictionLink(from: "w\(corpus.articles[index - 1].id)-1", to: "w\(id)-2", origin: .auto, score: 0.5))
            }
        }
        return ArgumentMap(arguments: arguments, links: links)
    }

    static func wideState(articles count: Int = 50, width: Int = 120, height: Int = 30) throws -> ReaderState {
        let corpus = try wideCorpus(articles: count)
        return ReaderState(corpus: corpus, map: wideMap(for: corpus), width: width, height: height)
    }
}

extension ReaderState {
    /// The matrix overlay's state, if it is open.
    var matrix: MatrixState? {
        if case .matrix(let matrix) = mode { return matrix }
        return nil
    }

    /// The argument list overlay's state, if it is open.
    var argumentList: ArgumentListState? {
        if case .argumentList(let list) = mode { return list }
        return nil
    }

    /// Sends keys one at a time through the key map, as the event loop would.
    func afterKeys(_ keys: Key...) -> ReaderState { afterKeys(keys) }

    func pressing(_ characters: String) -> ReaderState {
        afterKeys(characters.map { Key.character($0) })
    }
}
