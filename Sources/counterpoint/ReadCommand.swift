import ArgumentParser

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the articles side by side in the terminal reader (the default command)."
    )

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        try Console.run {
            _ = try corpus.load()
            throw CLIFailure("the terminal reader is not built yet; use `counterpoint articles` or `counterpoint text`", exitCode: 2)
        }
    }
}
