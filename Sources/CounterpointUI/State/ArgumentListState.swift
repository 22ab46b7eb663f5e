import CounterpointAnalysis

/// The argument list overlay (`A`): every argument grouped by theme, with a selection.
///
/// Its stance filter is the reader's own (`f` cycles it here too), so an argument opened from
/// the list is always one the panes highlight and `]`/`[` can reach. The origin filter is the
/// list's alone: the panes have none.
public struct ArgumentListState: Equatable, Sendable {
    public enum OriginFilter: String, Equatable, Sendable, CaseIterable {
        case all, curated, auto

        public func admits(_ origin: ArgumentOrigin) -> Bool {
            switch self {
            case .all: return true
            case .curated: return origin == .curated
            case .auto: return origin == .auto
            }
        }

        /// As the list's title and messages say it.
        var label: String {
            switch self {
            case .all: return "curated and auto-detected"
            case .curated: return "curated"
            case .auto: return "auto-detected"
            }
        }

        var next: OriginFilter {
            let all = OriginFilter.allCases
            return all[(all.firstIndex(of: self)! + 1) % all.count]
        }
    }

    /// Index into the shown arguments (theme headings are not selectable).
    public var selection = 0
    /// First row shown.
    public var scroll = 0
    public var origin: OriginFilter = .all

    /// Starts on the current argument when there is one, so the list opens where the reader is.
    init(state: ReaderState) {
        let content = ArgumentListContent.of(state, origin: origin)
        if let current = state.currentArgument, let index = content.arguments.firstIndex(where: { $0.id == current.id }) {
            selection = index
        }
        scroll = content.scroll(stored: 0, selection: selection, visible: ArgumentListView.bodyRows(for: state))
    }
}

extension ReaderState {
    mutating func handleArgumentListKey(_ key: Key, _ list: ArgumentListState) {
        var list = list
        let content = ArgumentListContent.of(self, origin: list.origin)
        let page = max(1, ArgumentListView.bodyRows(for: self) - 1)
        let selectedID = content.arguments.indices.contains(list.selection) ? content.arguments[list.selection].id : nil
        switch key {
        case .character("j"), .down, .tab: list.selection += 1
        case .character("k"), .up, .backTab: list.selection -= 1
        case .character(" "), .pageDown, .control("f"):
            // The view turns a page and the selection moves with it, keeping its place on screen.
            list.scroll += page
            list.selection = content.selection(from: list.selection, pagedBy: page)
        case .character("b"), .pageUp, .control("b"):
            list.scroll = max(0, list.scroll - page)
            list.selection = content.selection(from: list.selection, pagedBy: -page)
        case .character("g"), .home: list.selection = 0
        case .character("G"), .end: list.selection = content.arguments.count - 1
        case .enter:
            guard content.arguments.indices.contains(list.selection) else {
                message = "No argument to open: f and o change the filters"
                return
            }
            openFromOverlay(content.arguments[list.selection])
            return
        case .character("f"):
            _ = apply(.cycleFilter)
        case .character("o"):
            list.origin = list.origin.next
            message = "Listing \(list.origin.label) arguments"
        case .escape, .character("q"), .character("A"):
            mode = .normal
            return
        default:
            break
        }
        let shown = ArgumentListContent.of(self, origin: list.origin)
        // A filter change keeps the same argument selected when it is still listed.
        if key == .character("f") || key == .character("o") {
            list.selection = selectedID.flatMap { id in shown.arguments.firstIndex { $0.id == id } } ?? list.selection
        }
        list.selection = min(max(0, list.selection), max(0, shown.arguments.count - 1))
        list.scroll = shown.scroll(stored: list.scroll, selection: list.selection, visible: ArgumentListView.bodyRows(for: self))
        mode = .argumentList(list)
    }
}
