import CounterpointAnalysis

/// How the report ranks arguments: hand-curated before detected, then the analyzer's confidence,
/// then how many contradictions engage the argument (a contested claim matters to the debate),
/// then map order so the result never depends on sorting stability.
struct ArgumentStrength {
    private let order: [String: Int]
    /// Distinct opponents per argument (a pair stored twice counts once).
    private let contradictions: [String: Int]

    init(map: ArgumentMap) {
        self.order = Dictionary(map.arguments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var counts: [String: Int] = [:]
        for pair in ArgumentPair.pairs(in: map) {
            counts[pair.first.id, default: 0] += 1
            counts[pair.second.id, default: 0] += 1
        }
        self.contradictions = counts
    }

    func ranked(_ arguments: [Argument]) -> [Argument] {
        arguments.sorted(by: isStronger)
    }

    func isStronger(_ a: Argument, _ b: Argument) -> Bool {
        if (a.origin == .curated) != (b.origin == .curated) { return a.origin == .curated }
        if a.confidence != b.confidence { return a.confidence > b.confidence }
        let (ca, cb) = (contradictions[a.id] ?? 0, contradictions[b.id] ?? 0)
        if ca != cb { return ca > cb }
        return (order[a.id] ?? Int.max) < (order[b.id] ?? Int.max)
    }
}
