import ArgumentParser
import CounterpointAnnotations
import CounterpointCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import W3C Web Annotations (a Counterpoint export, or others quoting these articles) into the notes store."
    )

    @Argument(help: "A JSON-LD file: AnnotationCollection, AnnotationPage, Annotation, or an array of annotations.",
              completion: .file())
    var file: String
    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIFailure("\(file): cannot read file")
            }
            let result: W3CImporter.Result
            do {
                result = try W3CImporter(articles: loaded.articles).read(data, file: file)
            } catch let failure as W3CImporter.Failure {
                throw CLIFailure(failure.description)
            }
            // Looked at first through a read-only open, so an import that adds nothing leaves the file
            // byte for byte as it was; the real merge decides again inside its write transaction.
            let planned = try StoreOptions.reporting {
                try store.openForReading().mergeCount(notes: result.notes, curation: result.curation)
            }
            var merged = planned
            if planned.added + planned.updated > 0 {
                let opened = try store.open()
                merged = try StoreOptions.reporting { try opened.merge(notes: result.notes, curation: result.curation) }
            }
            var report = "imported \(result.notes.count) notes and \(result.curation.count) curation records from \(file): "
                + "\(result.placed) placed, \(result.orphaned) orphaned"
                + " (\(merged.added) new, \(merged.updated) updated, \(merged.unchanged) already stored)"
            if result.skippedDerived > 0 { report += "; skipped \(result.skippedDerived) analysis results (recomputed, not imported)" }
            if result.skippedUnanchorable > 0 { report += "; skipped \(result.skippedUnanchorable) without a text quote" }
            Console.out(report + "\n")
        }
    }
}
