import ArgumentParser
import CounterpointAnalysis
import CounterpointCore

struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "List the contradiction links: pairs of arguments of opposite stance that answer the same point."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var analysis: AnalysisOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try Console.run {
            let loaded = try corpus.load()
            let (map, profile) = try analysis.buildMap(loaded)
            if json {
                try JSONOutput.print(AnalysisReport(corpus: loaded, arguments: map.arguments, links: map.links))
                return
            }
            var lines = ["\(map.links.count) links among \(map.arguments.count) arguments"]
            let ordered = map.links.sorted { lhs, rhs in
                lhs.origin != rhs.origin ? lhs.origin == .curated : lhs.score != rhs.score ? lhs.score > rhs.score : lhs.from < rhs.from
            }
            for link in ordered {
                guard let from = map.argument(id: link.from), let to = map.argument(id: link.to) else { continue }
                let score = link.origin == .curated ? "curated" : "auto \(String(format: "%.2f", link.score))"
                lines.append("")
                lines.append("\(link.from) ⟷ \(link.to)  (\(score))")
                for argument in [from, to] {
                    lines.append("  \(AnalysisText.glyph(argument.stance, profile)) \(AnalysisText.pad(argument.id, 8)) "
                                 + "\(AnalysisText.pad(argument.theme, 13)) "
                                 + AnalysisText.clip(AnalysisText.excerpt(argument, loaded), AnalysisText.textWidth + 20))
                }
            }
            Console.out(lines.joined(separator: "\n") + "\n")
        }
    }
}
