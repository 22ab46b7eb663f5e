/// How an argument's theme is chosen once labelled arguments have been seen: each theme scores the
/// profile's vocabulary of it in the passage, in the passage's block and in its article, whether
/// the theme's lean agrees with the passage's stance, its own bias, and the words that went with
/// it in the labelled arguments; the highest score wins. Stored in `[profile.detector.themes]`,
/// fitted by `counterpoint eval --fit`. Without it the vocabulary alone decides (passage, then
/// block, then article).
public struct ThemeModel: Sendable, Equatable, Codable {
    /// Weight of the passage's count of the theme's vocabulary.
    public var passage: Double
    /// Weight of the theme's share of its block's vocabulary (0...1).
    public var block: Double
    /// Weight of the theme's share of its article's vocabulary (0...1).
    public var article: Double
    /// Added when the theme's lean is the passage's stance.
    public var agrees: Double
    /// Theme id → intercept.
    public var bias: [String: Double]
    /// Theme id → word stem → weight, once per passage for each distinct stem.
    public var words: [String: [String: Double]]

    public init(passage: Double = 1, block: Double = 0.5, article: Double = 0.25, agrees: Double = 0.1,
                bias: [String: Double] = [:], words: [String: [String: Double]] = [:]) {
        self.passage = passage
        self.block = block
        self.article = article
        self.agrees = agrees
        self.bias = bias
        self.words = words
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ThemeModel()
        passage = try container.decodeNumberIfPresent(forKey: .passage) ?? defaults.passage
        block = try container.decodeNumberIfPresent(forKey: .block) ?? defaults.block
        article = try container.decodeNumberIfPresent(forKey: .article) ?? defaults.article
        agrees = try container.decodeNumberIfPresent(forKey: .agrees) ?? defaults.agrees
        bias = try container.decodeNumbersIfPresent(forKey: .bias) ?? [:]
        words = try container.decodeIfPresent([String: [String: ProfileNumber]].self, forKey: .words)?
            .mapValues { $0.mapValues(\.value) } ?? [:]
    }

    /// Stem → the weight of each theme, in `themeIDs` order: what the tokenizer attaches to a word.
    func wordRows(themeIDs: [String]) -> [String: [Float]] {
        var rows: [String: [Float]] = [:]
        for (index, id) in themeIDs.enumerated() {
            for (stem, weight) in words[id] ?? [:] {
                rows[stem, default: [Float](repeating: 0, count: themeIDs.count)][index] = Float(weight)
            }
        }
        return rows
    }

    /// Adds one stem's row (from `wordRows`) to a passage's per-theme word evidence, which starts
    /// empty so that passages without weighted stems allocate nothing.
    static func add(_ row: [Float], to sums: inout [Double]) {
        if sums.isEmpty { sums = [Double](repeating: 0, count: row.count) }
        for theme in row.indices { sums[theme] += Double(row[theme]) }
    }

    /// The score of each theme (in `themeIDs` order) for a passage.
    /// `vocabulary`: the passage's counts of each theme's terms; `block`, `article`: the same summed
    /// over its block and article; `words`: the passage's word evidence per theme (may be empty);
    /// `agreeing`: for each theme, whether its lean is the passage's stance.
    func scores(themeIDs: [String], vocabulary: [Double], block: [Double], article: [Double], words: [Double],
                agreeing: [Bool]) -> [Double] {
        let blockTotal = block.reduce(0, +), articleTotal = article.reduce(0, +)
        return themeIDs.indices.map { index in
            var score = bias[themeIDs[index]] ?? 0
            score += passage * (index < vocabulary.count ? vocabulary[index] : 0)
            if blockTotal > 0, index < block.count { score += self.block * block[index] / blockTotal }
            if articleTotal > 0, index < article.count { score += self.article * article[index] / articleTotal }
            if index < agreeing.count, agreeing[index] { score += agrees }
            if index < words.count { score += words[index] }
            return score
        }
    }
}
