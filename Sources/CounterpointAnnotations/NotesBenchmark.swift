import CounterpointCore
import Foundation

/// Figures for the notes store: adding N notes, loading them back, placing them in the corpus.
/// Returns the figures; the caller prints them (`counterpoint bench` or a test).
public enum NotesBenchmark {
    public struct Figures: Sendable, CustomStringConvertible {
        public var notes: Int
        /// N notes saved in one transaction (import-style).
        public var batchAdd: Duration
        /// Median of single-note saves, each its own durable transaction (the reader's `a`).
        public var singleAddMedian: Duration
        public var singleAdds: Int
        /// Opening the store again after it was closed (what a reader does at start).
        public var reopen: Duration
        /// `notes()` on the reopened store: every note read back.
        public var load: Duration
        /// CPU time of the process during `load`: what the load costs on an idle machine, even
        /// when other work shares the cores and stretches the wall-clock figure.
        public var loadCPU: Duration
        /// Re-anchoring all of them against the corpus (unchanged text: positions trusted).
        public var place: Duration
        public var storeBytes: Int

        public var description: String {
            """
            notes store: \(notes) notes
              add \(notes) in one transaction: \(Self.ms(batchAdd))
              single durable save (median of \(singleAdds)): \(Self.ms(singleAddMedian))
              reopen: \(Self.ms(reopen))
              load all: \(Self.ms(load)) (CPU \(Self.ms(loadCPU)))
              place all in corpus: \(Self.ms(place))
              store size: \(storeBytes / 1024) KiB
            """
        }

        static func ms(_ duration: Duration) -> String {
            let components = duration.components
            let millis = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
            return String(format: "%.1f ms", millis)
        }
    }

    /// Runs against a fresh store at `storeURL` (which must not exist). Notes are spread over the
    /// articles' sentences with a few words of text and a tag each.
    public static func run(storeURL: URL, articles: [Article], count: Int = 10_000, singleAdds: Int = 100) throws -> Figures {
        let ranges = articles.flatMap { article in article.sentences.map { (article, $0.range) } }
        guard !ranges.isEmpty else { throw StoreError.database(path: storeURL.path, message: "no sentences to annotate") }
        let notes = (0..<count).map { index -> Note in
            let (article, range) = ranges[index % ranges.count]
            return Note(target: TextTarget(article: article, range: range), text: "Note \(index) on this passage #bench")
        }
        let clock = ContinuousClock()
        var batchAdd = Duration.zero
        var singles: [Duration] = []
        do {
            // Its own scope: the store closes (and checkpoints its log) before it is reopened.
            let store = try AnnotationStore.open(at: storeURL)
            batchAdd = try clock.measure { try store.add(notes) }
            for index in 0..<singleAdds {
                let (article, range) = ranges[index % ranges.count]
                let note = Note(target: TextTarget(article: article, range: range), text: "Single save \(index)")
                singles.append(try clock.measure { try store.add(note) })
            }
        }
        var store: AnnotationStore?
        let reopen = try clock.measure { store = try AnnotationStore.open(at: storeURL) }
        var loaded: [Note] = []
        let cpuBefore = processCPUTime()
        let load = try clock.measure { loaded = try store?.notes() ?? [] }
        let loadCPU = processCPUTime() - cpuBefore
        let place = clock.measure { _ = NotePlacement.place(loaded, in: articles) }
        singles.sort()
        return Figures(notes: count, batchAdd: batchAdd, singleAddMedian: singles.isEmpty ? .zero : singles[singles.count / 2],
                       singleAdds: singleAdds, reopen: reopen, load: load, loadCPU: loadCPU, place: place, storeBytes: store?.sizeOnDisk() ?? 0)
    }

    private static func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
