/// The words an article keeps coming back to: content words frequent in a reference part of the
/// article (its own body, never a fixed list), used to tell on-topic text from pasted material.
struct TopicVocabulary {
    let words: Set<UInt64>

    init<Indices: Sequence<Int>>(features: [ParagraphFeatures], from indices: Indices) {
        var counts: [UInt64: Int] = [:]
        var total = 0
        for index in indices {
            for hash in features[index].contentHashes {
                counts[hash, default: 0] += 1
                total += 1
            }
        }
        let minimum = total < 400 ? 2 : 3
        words = Set(counts.lazy.filter { $0.value >= minimum }.map(\.key))
    }

    var isUsable: Bool { words.count >= 5 }

    func hits(_ features: ParagraphFeatures) -> Int {
        features.contentHashes.reduce(0) { $0 + (words.contains($1) ? 1 : 0) }
    }

    /// Share of a paragraph's content words that are topic words.
    func density(_ features: ParagraphFeatures) -> Double {
        features.contentHashes.isEmpty ? 0 : Double(hits(features)) / Double(features.contentHashes.count)
    }
}
