import CounterpointAnalysis
import CounterpointCore

/// How many arguments of each side fall somewhere (a matrix cell, a row, a column, a theme).
/// Stances other than the two of the profile are kept apart so no argument goes uncounted.
struct StanceCounts: Equatable, Sendable {
    var feasible = 0
    var infeasible = 0
    var other = 0

    /// Stands for any stance the profile defines besides the two sides (drawn with `•`).
    static let otherStance = Stance("other")

    var total: Int { feasible + infeasible + other }
    var isEmpty: Bool { total == 0 }

    mutating func add(_ stance: Stance) {
        switch stance {
        case .feasible: feasible += 1
        case .infeasible: infeasible += 1
        default: other += 1
        }
    }

    static func + (lhs: StanceCounts, rhs: StanceCounts) -> StanceCounts {
        StanceCounts(feasible: lhs.feasible + rhs.feasible, infeasible: lhs.infeasible + rhs.infeasible,
                     other: lhs.other + rhs.other)
    }

    /// Non-zero counts as glyph-prefixed tokens in side order, e.g. `["+3", "−5"]`.
    var tokens: [(text: String, stance: Stance)] {
        var result: [(text: String, stance: Stance)] = []
        if feasible > 0 { result.append((Theme.glyph(for: .feasible) + String(feasible), .feasible)) }
        if infeasible > 0 { result.append((Theme.glyph(for: .infeasible) + String(infeasible), .infeasible)) }
        if other > 0 { result.append((Theme.glyph(for: StanceCounts.otherStance) + String(other), StanceCounts.otherStance)) }
        return result
    }
}

extension ReaderState {
    /// The themes the map's arguments use, in a stable order shared by the matrix and the list.
    /// Alphabetical: the reader holds no question profile, so the profile's own order is not
    /// reachable from here (a `themeOrder` on ReaderState would let this follow it).
    var argumentThemes: [String] {
        Set(map.arguments.map(\.theme)).sorted()
    }

    /// An argument's text, whitespace collapsed to single spaces, for one-line summaries.
    func firstWords(of argument: Argument) -> String {
        struct Key: Hashable {
            var article: String
            var range: TextRange
        }
        return layouts.memoized(Key(article: argument.articleID, range: argument.range)) {
            guard let article = corpus.article(id: argument.articleID) else { return "" }
            return article.displayText(argument.range).text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }
}

/// Themes × articles: how many arguments each article makes on each theme, by side.
/// Honours the reader's stance filter, like every other view of arguments in the reader.
struct MatrixTable: Sendable {
    let themes: [String]
    let articleIDs: [String]
    /// `cells[row][column]`: counts for `themes[row]` in `articleIDs[column]`.
    let cells: [[StanceCounts]]
    let rowTotals: [StanceCounts]
    let columnTotals: [StanceCounts]
    let grandTotal: StanceCounts

    init(state: ReaderState) {
        themes = state.argumentThemes
        articleIDs = state.corpus.articles.map(\.id)
        let rowOf = Dictionary(uniqueKeysWithValues: themes.enumerated().map { ($1, $0) })
        let columnOf = Dictionary(articleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var cells = Array(repeating: Array(repeating: StanceCounts(), count: articleIDs.count), count: themes.count)
        for argument in state.map.arguments where state.filter.admits(argument.stance) {
            guard let row = rowOf[argument.theme], let column = columnOf[argument.articleID] else { continue }
            cells[row][column].add(argument.stance)
        }
        self.cells = cells
        rowTotals = cells.map { $0.reduce(StanceCounts(), +) }
        columnTotals = articleIDs.indices.map { column in cells.reduce(StanceCounts()) { $0 + $1[column] } }
        grandTotal = rowTotals.reduce(StanceCounts(), +)
    }

    var rowCount: Int { themes.count }
    var columnCount: Int { articleIDs.count }

    /// The arguments behind one cell, in text order, as the reader's filter shows them.
    func arguments(row: Int, column: Int, in state: ReaderState) -> [Argument] {
        guard themes.indices.contains(row), articleIDs.indices.contains(column) else { return [] }
        return state.map.arguments(inArticle: articleIDs[column]).filter {
            $0.theme == themes[row] && state.filter.admits($0.stance)
        }
    }
}
