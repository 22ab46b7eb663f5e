import ArgumentParser
import CounterpointCore
import CounterpointSeeds
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `counterpoint bench`: times the pipeline on a synthetic corpus built from the seeds' sentences.
/// A benchmark, not a test: it prints figures and never fails on them.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time loading, cleaning and segmenting a synthetic corpus (median of several runs) and print peak memory.",
        discussion: "Stages: " + BenchStages.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; ")
    )

    @Option(help: "Number of synthetic articles.") var articles = 1_000
    @Option(help: "Approximate size of each synthetic article in bytes.") var articleBytes = 6_000
    @Option(help: "Timed runs per stage; the median is reported.") var runs = 5
    @Option(help: "Seed of the deterministic generator.") var seed: UInt64 = 2_025
    @Option(name: .customLong("stage"), help: "A stage to time (repeatable). Default: all stages.")
    var stages: [String] = []
    @Option(help: "Folder of articles to sample sentences from. Default: the built-in seeds.", completion: .directory)
    var seeds: String?
    @Flag(help: "Keep the generated corpus folder and print its path.") var keep = false

    func validate() throws {
        guard articles >= 1 && articles <= 100_000 else { throw ValidationError("--articles must be between 1 and 100000") }
        guard articleBytes >= 200 else { throw ValidationError("--article-bytes must be at least 200") }
        guard runs >= 1 && runs <= 100 else { throw ValidationError("--runs must be between 1 and 100") }
        let known = Set(BenchStages.all.map(\.name))
        for stage in stages where !known.contains(stage) {
            throw ValidationError("unknown stage \"\(stage)\" (known: \(BenchStages.all.map(\.name).joined(separator: ", ")))")
        }
    }

    func run() throws {
        try Console.run {
            let sourceFolder = try seedsFolder()
            let sample = try CorpusLoader.load(folder: sourceFolder)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counterpoint-bench-\(UUID().uuidString)")
            defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
            var generator = SyntheticCorpus(sample: sample, seed: seed)
            let bytes = try generator.write(articles: articles, bytesPerArticle: articleBytes, to: folder)
            #if DEBUG
            let build = "debug build (use -c release for real figures)"
            #else
            let build = "release build"
            #endif
            Console.out("corpus: \(articles) synthetic articles, \(megabytes(bytes)) MB, seed \(seed); \(build); median of \(runs) runs\n")
            if keep { Console.out("folder: \(folder.path)\n") }
            let input = BenchInput(folder: folder, corpus: try CorpusLoader.load(folder: folder))
            let selected = stages.isEmpty ? BenchStages.all : BenchStages.all.filter { stages.contains($0.name) }
            for stage in selected { Console.out(try measure(stage, input) + "\n") }
            Console.out("peak memory: \(megabytes(peakResidentBytes())) MB (ru_maxrss)\n")
        }
    }

    private func seedsFolder() throws -> URL {
        if let seeds { return URL(fileURLWithPath: seeds) }
        guard let url = SeedsLocation.url else { throw CLIFailure("built-in seeds not found next to the executable; pass --seeds FOLDER") }
        return url
    }

    private func measure(_ stage: BenchStage, _ input: BenchInput) throws -> String {
        var times: [Double] = []
        var summary = ""
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            summary = try stage.run(input)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        let median = times[times.count / 2]
        let width = BenchStages.all.map(\.name.count).max() ?? 0
        let name = stage.name.padding(toLength: max(width, stage.name.count), withPad: " ", startingAt: 0)
        return "\(name) median \(seconds(median)) s  (min \(seconds(times[0])), max \(seconds(times[times.count - 1])))  \(summary)"
    }

    private func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024   // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)          // bytes on macOS
        #endif
    }

    private func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
    private func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_048_576) }
}

/// What every stage gets: the synthetic corpus folder and that corpus already loaded (untimed).
struct BenchInput: Sendable {
    var folder: URL
    var corpus: Corpus
}

/// One timed step of the pipeline. To time a later stage (analysis, rendering, notes), add an entry
/// to `BenchStages.all`; it prints one line of its own.
struct BenchStage: Sendable {
    var name: String
    var summary: String
    /// Runs the stage once and returns a short description of what it produced.
    var run: @Sendable (BenchInput) throws -> String
}

enum BenchStages {
    static let all: [BenchStage] = [
        BenchStage(name: "load", summary: "read, decode, clean and segment every file") { input in
            let corpus = try CorpusLoader.load(folder: input.folder)
            let blocks = corpus.articles.reduce(0) { $0 + $1.blocks.count }
            let sentences = corpus.articles.reduce(0) { $0 + $1.blocks.reduce(0) { $0 + $1.sentences.count } }
            return "\(corpus.articles.count) articles, \(blocks) blocks, \(sentences) sentences"
        },
        analysis,
        notes,
        firstFrame,
        frames,
    ]
}
