/// The words an article keeps coming back to: content words frequent in a reference part of the
/// article (its own body, never a fixed list), used to tell on-topic text from pasted material.
struct TopicVocabulary {
    private let counts: WordTable<Int32>
    private let minimum: Int32
    let size: Int

    init<Indices: Sequence<Int>>(features: [ParagraphFeatures], from indices: Indices) {
        var counts = WordTable<Int32>(missing: 0, capacity: 1_024)
        var total = 0
        for index in indices {
            for hash in features[index].contentHashes {
                counts[hash] += 1
                total += 1
            }
        }
        let minimum: Int32 = total < 400 ? 2 : 3
        self.counts = counts
        self.minimum = minimum
        size = counts.count { $0 >= minimum }
    }

    var isUsable: Bool { size >= 5 }

    func contains(_ hash: UInt64) -> Bool { counts[hash] >= minimum }

    func hits(_ features: ParagraphFeatures) -> Int {
        features.contentHashes.reduce(0) { $0 + (contains($1) ? 1 : 0) }
    }

    /// Share of a paragraph's content words that are topic words.
    func density(_ features: ParagraphFeatures) -> Double {
        features.contentHashes.isEmpty ? 0 : Double(hits(features)) / Double(features.contentHashes.count)
    }
}
