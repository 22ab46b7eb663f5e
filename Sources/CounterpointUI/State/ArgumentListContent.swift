import CounterpointAnalysis

/// The rows of the argument list: a heading per theme, then its arguments (article order, then
/// text order), after the reader's stance filter and the list's origin filter.
struct ArgumentListContent {
    enum Row: Equatable {
        case theme(String, StanceCounts)
        case argument(Argument)
    }

    let rows: [Row]
    /// The selectable rows, in order: `selection` indexes this.
    let arguments: [Argument]
    /// The row of each argument in `arguments`.
    let rowOfArgument: [Int]

    /// The rows for a state, memoised per map version and filters: rendering asks on every frame.
    static func of(_ state: ReaderState, origin: ArgumentListState.OriginFilter) -> ArgumentListContent {
        struct Key: Hashable {
            var mapGeneration: Int
            var filter: StanceFilter
            var origin: String
        }
        let key = Key(mapGeneration: state.mapGeneration, filter: state.filter, origin: "\(origin)")
        return state.layouts.memoized(key) { ArgumentListContent(state: state, origin: origin) }
    }

    init(state: ReaderState, origin: ArgumentListState.OriginFilter) {
        let articleOrder = Dictionary(state.corpus.articles.enumerated().map { ($1.id, $0) },
                                      uniquingKeysWith: { first, _ in first })
        let shown = state.map.arguments.filter { state.filter.admits($0.stance) && origin.admits($0.origin) }
        let byTheme = Dictionary(grouping: shown, by: \.theme)
        var rows: [Row] = []
        var arguments: [Argument] = []
        var rowOfArgument: [Int] = []
        for theme in state.argumentThemes {
            guard let members = byTheme[theme], !members.isEmpty else { continue }
            var counts = StanceCounts()
            for argument in members { counts.add(argument.stance) }
            rows.append(.theme(theme, counts))
            let ordered = members.sorted {
                let left = articleOrder[$0.articleID] ?? Int.max
                let right = articleOrder[$1.articleID] ?? Int.max
                return left != right ? left < right : $0.range.start < $1.range.start
            }
            for argument in ordered {
                rowOfArgument.append(rows.count)
                rows.append(.argument(argument))
                arguments.append(argument)
            }
        }
        self.rows = rows
        self.arguments = arguments
        self.rowOfArgument = rowOfArgument
    }

    /// The first row to show so the selected argument (and, when it opens a theme, that theme's
    /// heading) is in view, moving as little as possible from `stored`.
    func scroll(stored: Int, selection: Int, visible: Int) -> Int {
        guard visible > 0, rowOfArgument.indices.contains(selection) else { return 0 }
        let row = rowOfArgument[selection]
        var top = min(max(0, stored), max(0, rows.count - visible))
        let headed = row > 0 && { if case .theme = rows[row - 1] { return true } else { return false } }()
        let wanted = headed && visible > 1 ? row - 1 : row
        if wanted < top { top = wanted }
        if row >= top + visible { top = row - visible + 1 }
        return max(0, top)
    }

    /// The argument a page away: the first whose row is at least `rows` below (or above) the selection's.
    func selection(from selection: Int, pagedBy rows: Int) -> Int {
        guard rowOfArgument.indices.contains(selection) else { return 0 }
        let target = rowOfArgument[selection] + rows
        if rows > 0 {
            return rowOfArgument.firstIndex { $0 >= target } ?? rowOfArgument.count - 1
        }
        return rowOfArgument.lastIndex { $0 <= target } ?? 0
    }
}
