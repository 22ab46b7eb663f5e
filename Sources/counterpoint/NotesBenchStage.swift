import CounterpointAnnotations
import Foundation

extension BenchStages {
    /// The notes store: 10,000 notes saved, loaded back and placed in the corpus, in a fresh store.
    static let notes = BenchStage(name: "notes", summary: "save 10,000 notes, load and place them") { input in
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counterpoint-bench-notes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let figures = try NotesBenchmark.run(storeURL: folder.appendingPathComponent("annotations.sqlite"),
                                             articles: input.corpus.articles, count: 10_000)
        return figures.description.split(separator: "\n").dropFirst()
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }
}
