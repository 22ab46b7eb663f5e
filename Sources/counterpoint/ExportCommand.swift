import ArgumentParser
import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import CounterpointExport
import Foundation

/// What `export --format` can write. A new format is one case here and one branch in `render`.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case w3c
    case markdown
    case dot, svg, png, argdown, report

    /// The whole-debate formats (pictures, Argdown, the report) rather than notes documents.
    var debateFormat: DebateExportFormat? { DebateExportFormat(rawValue: rawValue) }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export notes, arguments and links: W3C Web Annotations, Markdown notes, a Graphviz map (dot, svg, png), Argdown, or a Markdown report.",
        discussion: "svg and png need Graphviz's `dot` (apt-get install graphviz). png is binary: give --out FILE."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat
    @Option(help: "Write to this file instead of standard output.", completion: .file()) var out: String?
    @Flag(help: "Also export notes on articles that are not in this folder.") var all = false
    @Flag(help: "Graph formats: draw every argument, not only linked ones.") var allArguments = false
    @Option(help: "Graph formats: draw at most this many contradictions, the strongest (0: all).")
    var linkLimit = DotExporter.defaultLinkLimit

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            let opened = try store.openForReading()
            let (stored, storedCuration) = try StoreOptions.reporting { (try opened.readNotes(), try opened.readCuration()) }
            StoreOptions.warn(stored.damaged + storedCuration.damaged, in: opened)
            let (notes, curation) = (stored.records, storedCuration.records)
            let placed = NotePlacement.place(notes, in: loaded.articles).filter { all || $0.articleID != nil }
            if let debate = format.debateFormat {
                try exportDebate(debate, corpus: loaded, placed: placed, curation: curation)
                return
            }
            // Markdown holds notes only; only the W3C export describes the arguments.
            let map = format == .w3c ? try analysis.buildMap(loaded).0 : ArgumentMap(arguments: [], links: [])
            let text = render(format, corpus: loaded, placed: placed, curation: curation, analysis: map)
            if let out {
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
                } catch {
                    throw CLIFailure("\(out): cannot write (\((error as NSError).localizedDescription))")
                }
                Console.error("wrote \(format.rawValue) export of \(placed.count) notes to \(out)")
            } else {
                Console.out(text)
            }
        }
    }

    /// Pictures, Argdown and the report describe the curated map (analysis plus the user's curation).
    private func exportDebate(_ debate: DebateExportFormat, corpus: Corpus, placed: [PlacedNote], curation: [CurationRecord]) throws {
        if debate.isBinary && out == nil && isatty(1) == 1 {
            throw CLIFailure("--format \(debate.rawValue) is binary: give --out FILE (or redirect standard output)")
        }
        let (analysed, profile) = try analysis.buildMap(corpus)
        let map = analysed.applying(curation, articles: corpus.articles)
        let options = DebateExportOptions(graphScope: allArguments ? .all : .linked, graphLinkLimit: linkLimit > 0 ? linkLimit : nil)
        let data: Data
        do {
            data = try DebateExport.render(format: debate, corpus: corpus, map: map, profile: profile, notes: placed, options: options)
        } catch let error as DebateExportError {
            throw CLIFailure(error.description)
        }
        if let out {
            do {
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw CLIFailure("\(out): cannot write (\((error as NSError).localizedDescription))")
            }
            Console.error("wrote \(debate.rawValue) export (\(map.arguments.count) arguments, \(map.links.count) links) to \(out)")
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// `analysis` is the map before the user's curation; the W3C exporter applies `curation` on top.
    private func render(_ format: ExportFormat, corpus: Corpus, placed: [PlacedNote], curation: [CurationRecord],
                        analysis: ArgumentMap) -> String {
        let title = corpus.question.map { "Notes: \($0.title)" } ?? "Counterpoint notes"
        switch format {
        case .w3c:
            return W3CExporter(articles: corpus.articles, label: title)
                .collection(notes: placed.map(\.note), curation: curation, analysis: analysis)
                .serialized() + "\n"
        case .markdown:
            return MarkdownExporter(articles: corpus.articles, title: title).document(placed)
        case .dot, .svg, .png, .argdown, .report:
            return ""   // handled by exportDebate before rendering notes documents
        }
    }
}
