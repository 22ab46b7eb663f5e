import ArgumentParser
import CounterpointCore
import CounterpointSeeds
import Foundation

/// The folder argument every command shares: a corpus folder, or the bundled seeds when omitted.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Folder of articles (*.txt, *.md). Default: the built-in seed corpus.",
              completion: .directory)
    var folder: String?

    func load() throws -> Corpus {
        let url: URL
        if let folder {
            url = URL(fileURLWithPath: folder)
        } else {
            guard let seeds = SeedsLocation.url else {
                throw CLIFailure("built-in seeds not found next to the executable; pass a FOLDER")
            }
            url = seeds
        }
        do {
            let corpus = try CorpusLoader.load(folder: url)
            for warning in corpus.warnings { Console.warn(warning.description) }
            return corpus
        } catch let error as CorpusLoadError {
            throw CLIFailure(error.description)
        }
    }
}

/// A failure reported as one line on stderr with a non-zero exit.
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32
    init(_ message: String, exitCode: Int32 = 1) {
        self.message = message
        self.exitCode = exitCode
    }
    var description: String { message }
}

enum Console {
    static func warn(_ line: String) {
        FileHandle.standardError.write(Data("counterpoint: warning: \(TerminalSafe.line(line))\n".utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data("counterpoint: \(TerminalSafe.line(line))\n".utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Runs a command body, turning `CLIFailure` into one stderr line and its exit code.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CLIFailure {
            error(failure.message)
            throw ExitCode(failure.exitCode)
        }
    }
}

enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Console.out(String(decoding: data, as: UTF8.self) + "\n")
    }
}
