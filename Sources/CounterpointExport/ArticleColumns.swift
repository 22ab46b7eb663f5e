/// The left-to-right order of the article columns in the graph picture: the order that keeps
/// contradiction lines shortest (sum over linked article pairs of links × column distance), so
/// an article most others argue with sits in the middle. Ties keep corpus order.
enum ArticleColumns {
    /// Above this many articles the search (n! orders) is too slow; corpus order is kept.
    static let searchLimit = 7

    /// `articles` in column order. `weights[[a, b]]` counts links between articles a and b (a != b).
    static func order(_ articles: [String], weights: [Set<String>: Int]) -> [String] {
        guard articles.count > 2, articles.count <= searchLimit, !weights.isEmpty else { return articles }
        let index = Dictionary(articles.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let pairs: [(Int, Int, Int)] = weights.compactMap { key, weight in
            let ends = key.compactMap { index[$0] }
            return ends.count == 2 ? (ends[0], ends[1], weight) : nil
        }
        var best = Array(articles.indices)
        var bestCost = cost(best, pairs)
        var current = best
        // Lexicographic permutations starting from corpus order; a strictly better cost replaces,
        // so among equals the one closest to corpus order wins.
        while nextPermutation(&current) {
            let value = cost(current, pairs)
            if value < bestCost {
                best = current
                bestCost = value
            }
        }
        return best.map { articles[$0] }
    }

    private static func cost(_ order: [Int], _ pairs: [(Int, Int, Int)]) -> Int {
        var position = [Int](repeating: 0, count: order.count)
        for (column, article) in order.enumerated() { position[article] = column }
        return pairs.reduce(0) { $0 + $1.2 * abs(position[$1.0] - position[$1.1]) }
    }

    private static func nextPermutation(_ values: inout [Int]) -> Bool {
        guard values.count > 1 else { return false }
        var pivot = values.count - 2
        while pivot >= 0 && values[pivot] >= values[pivot + 1] { pivot -= 1 }
        guard pivot >= 0 else { return false }
        var successor = values.count - 1
        while values[successor] <= values[pivot] { successor -= 1 }
        values.swapAt(pivot, successor)
        values[(pivot + 1)...].reverse()
        return true
    }
}
