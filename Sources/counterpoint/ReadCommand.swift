import ArgumentParser
import CounterpointAnnotations
import CounterpointUI

extension ColorPolicy: ExpressibleByArgument {}

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the articles side by side in the terminal reader (the default command).",
        discussion: "Keys: ? in the reader, or docs/keys.md. Needs a terminal; for scripts use the other commands."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var store: StoreOptions
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (keeps its own text selection).")
    var noMouse = false
    @Option(help: "Colour: auto (unless NO_COLOR is set or the terminal has none) or never.")
    var color: ColorPolicy = .auto

    func run() throws {
        try Console.run {
            // Refuse a non-terminal before any work, so the error is the only line printed.
            do {
                try NcursesTerminal.checkAvailability()
            } catch let unavailable as TerminalUnavailable {
                throw CLIFailure(unavailable.description, exitCode: unavailable.exitCode)
            }
            let loaded = try corpus.load()
            let (baseMap, _) = try analysis.buildMap(loaded)
            // Open the notes before the terminal: a broken store is a one-line error on a normal screen.
            let notesStore = try store.open()
            let service = ReaderNotesService(store: notesStore, articles: loaded.articles, baseMap: baseMap)
            // Curation changes the map and must be in the first frame; notes can follow it.
            let map = try StoreOptions.reporting { try service.curatedMap() }
            let terminal: NcursesTerminal
            do {
                terminal = try NcursesTerminal(options: TerminalOptions(mouse: !noMouse, color: color))
            } catch let unavailable as TerminalUnavailable {
                throw CLIFailure(unavailable.description, exitCode: unavailable.exitCode)
            }
            defer { terminal.shutdown() }
            var state = ReaderState(corpus: loaded, map: map, width: terminal.size.width, height: terminal.size.height)
            state.monochrome = !terminal.usesColor
            state.storeReadOnly = notesStore.isReadOnly
            if notesStore.isReadOnly { state.message = "Notes store is read-only: \(notesStore.path)" }
            ReaderApp(state: state, terminal: terminal, services: service).run(afterFirstFrame: service.loadNotes)
        }
    }
}
