import CounterpointAnalysis
import CounterpointCore
import CounterpointSeeds
import CounterpointUI
import Foundation

/// Reader figures: time to the first rendered frame on the seeds (load + analysis + render, no
/// terminal), and render time per frame at 200x60 over a scripted session of 1,000 keys.
extension BenchStages {
    static let firstFrame = BenchStage(name: "first-frame",
                                       summary: "seeds: load, analyse, curate-merge and render 160x48, no terminal") { _ in
        var clock = StepClock()
        guard let seeds = SeedsLocation.url else { throw CLIFailure("built-in seeds not found") }
        let corpus = try clock.step("load") { try CorpusLoader.load(folder: seeds) }
        let options = try AnalysisOptions.parse([])
        let profile = try clock.step("profile") { try options.loadProfile(for: corpus) }
        let curated = try clock.step("map.toml") { try options.loadMap(for: corpus, profile: profile) }
        let analyzer = clock.step("compile profile") { Analyzer(profile: profile) }
        let map = clock.step("analyse") { analyzer.map(articles: corpus.articles, curated: curated, source: options.source) }
        let buffer = clock.step("render") { render(ReaderState(corpus: corpus, map: map, width: 160, height: 48)) }
        return "\(corpus.articles.count) articles, \(map.arguments.count) arguments, \(buffer.width)x\(buffer.height) frame; \(clock)"
    }

    static let frames = BenchStage(name: "frames", summary: "render at 200x60 after each of 1,000 scripted keys") { _ in
        var state = try seedsReaderState(width: 200, height: 60)
        var times: [Double] = []
        times.reserveCapacity(scriptedKeys.count)
        for key in scriptedKeys {
            if let action = KeyMap.standard.action(for: key, mode: state.mode) { state = reduce(state, action).0 }
            let start = DispatchTime.now().uptimeNanoseconds
            _ = render(state)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        let median = times[times.count / 2]
        let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
        return String(format: "per frame: median %.3f ms, p99 %.3f ms, max %.3f ms over %d keys", median, p99, times.last ?? 0, times.count)
    }

    private static func seedsReaderState(width: Int, height: Int) throws -> ReaderState {
        guard let seeds = SeedsLocation.url else { throw CLIFailure("built-in seeds not found") }
        let corpus = try CorpusLoader.load(folder: seeds)
        let (map, _) = try AnalysisOptions.parse([]).buildMap(corpus)
        return ReaderState(corpus: corpus, map: map, width: width, height: height)
    }

    /// A deterministic reading session: navigation, following links, going back, search, filters.
    static let scriptedKeys: [Key] = {
        let pattern: [Key] = [
            .character("]"), .character("]"), .character("}"), .enter, .character("c"), .character("c"), .control("o"),
            .character("j"), .character("j"), .character(" "), .character("b"), .tab, .character("]"), .character("["),
            .character("f"), .character("]"), .character("f"), .character("f"), .character("/"), .character("c"),
            .character("h"), .character("i"), .enter, .character("n"), .character("n"), .character("N"), .character("G"),
            .character("g"), .backTab, .character("l"), .escape, .character("l"), .character("3"), .character("}"),
            .enter, .control("o"), .control("n"), .character("m"), .escape, .character("A"), .escape,
        ]
        return (0..<1_000).map { pattern[$0 % pattern.count] }
    }()
}

/// Wall time of the named steps of one run, printed as "load 4.1 ms, profile 2.0 ms, …".
struct StepClock: CustomStringConvertible {
    private var steps: [(String, Double)] = []

    mutating func step<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try work()
        steps.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
        return result
    }

    var description: String { steps.map { String(format: "%@ %.1f ms", $0.0, $0.1) }.joined(separator: ", ") }
}
