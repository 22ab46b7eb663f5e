import ArgumentParser

@main
struct Counterpoint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counterpoint",
        abstract: "Read several articles on a contested question against each other.",
        subcommands: [ReadCommand.self, ArticlesCommand.self, TextCommand.self, ArgumentsCommand.self, LinksCommand.self,
                      EvalCommand.self, BenchCommand.self, NotesCommand.self, ExportCommand.self, ImportCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}
