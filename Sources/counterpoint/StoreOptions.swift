import ArgumentParser
import CounterpointAnnotations
import Foundation

/// `--store PATH`, shared by the notes, export and import commands.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"),
            help: ArgumentHelp("Notes database file.",
                               discussion: "Default: $XDG_DATA_HOME/counterpoint/annotations.sqlite (~/.local/share/counterpoint/ when XDG_DATA_HOME is unset).",
                               valueName: "path"),
            completion: .file())
    var path: String?

    var url: URL { path.map { URL(fileURLWithPath: $0) } ?? StoreLocation.defaultURL() }

    func open() throws -> AnnotationStore {
        try Self.reporting { try AnnotationStore.open(at: url) }
    }

    /// For commands that only read: the file is left exactly as it was, and a missing store is not created.
    func openForReading() throws -> AnnotationStore {
        try Self.reporting { try AnnotationStore.open(at: url, readingOnly: true) }
    }

    /// One warning per damaged row, so a note that cannot be shown is never missing in silence.
    static func warn(_ damaged: [DamagedRow], in store: AnnotationStore) {
        for row in damaged { Console.warn("\(store.path): \(row)") }
    }

    /// Runs a store operation, turning its errors into one-line CLI failures.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw CLIFailure(error.description)
        }
    }
}
