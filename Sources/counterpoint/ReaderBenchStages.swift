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
        let state = try seedsReaderState(width: 160, height: 48)
        let buffer = render(state)
        return "\(state.corpus.articles.count) articles, \(state.map.arguments.count) arguments, \(buffer.width)x\(buffer.height) frame"
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
