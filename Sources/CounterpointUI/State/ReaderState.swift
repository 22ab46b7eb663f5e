import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore

public enum StanceFilter: String, Sendable, CaseIterable {
    case all, feasible, infeasible

    public func admits(_ stance: Stance) -> Bool {
        switch self {
        case .all: return true
        case .feasible: return stance == .feasible
        case .infeasible: return stance == .infeasible
        }
    }

    var next: StanceFilter {
        let all = StanceFilter.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// What one pane shows.
public struct PaneState: Equatable, Sendable {
    public var articleIndex: Int
    /// First layout line shown.
    public var scroll: Int = 0
    public var currentArgumentID: String?

    public init(articleIndex: Int, scroll: Int = 0, currentArgumentID: String? = nil) {
        self.articleIndex = articleIndex
        self.scroll = scroll
        self.currentArgumentID = currentArgumentID
    }
}

/// A place to come back to with the jump list.
public struct JumpLocation: Equatable, Sendable {
    public var paneIndex: Int
    public var pane: PaneState
}

/// Which overlay or input line has the keyboard.
public enum ReaderMode: Equatable, Sendable {
    case normal
    /// Incremental search; `origin` is where the pane was when the search started (Esc returns there).
    case search(query: String, origin: PaneState)
    case help(scroll: Int)
    case picker(selection: Int)
    /// The links panel has the keyboard: j/k choose, Enter follows.
    case links(selection: Int)
    /// The stance matrix (themes × articles), `m`.
    case matrix(MatrixState)
    /// All arguments grouped by theme, `A`.
    case argumentList(ArgumentListState)
    /// Extending a sentence selection (`v`).
    case selecting
    /// Typing a note in the editor line (`a`, or `e` in the notes list).
    case editor(NoteEditor)
    /// The notes list (`'`).
    case notesList(NotesListState)
    /// Choosing a stance for the current argument (`s`).
    case stancePrompt(StancePrompt)
}

/// Which contradiction of which argument was followed last, so `c` can cycle through the rest.
public struct FollowContext: Equatable, Sendable {
    public var sourceArgumentID: String
    public var index: Int
    public var targetPane: Int
}

/// Everything the reader shows, as plain data: reduce(state, action) makes the next one.
public struct ReaderState: Sendable {
    public let corpus: Corpus
    public var map: ArgumentMap { didSet { mapGeneration += 1 } }
    /// Changes whenever `map` does: the key of what is memoised from the whole map.
    public private(set) var mapGeneration = 0
    public var width: Int
    public var height: Int
    public var panes: [PaneState]
    public var focusedPane = 0
    public var mode: ReaderMode = .normal
    public var filter: StanceFilter = .all
    public var showBoilerplate = false
    public var linksPanelOpen = false
    public var jumps: [JumpLocation] = []
    public var jumpIndex = 0
    public var follow: FollowContext?
    public var lastSearch: String?
    /// One line for the status bar (errors, "no more arguments", …); cleared by the next key.
    public var message: String?
    public var shouldQuit = false
    /// The user's notes, placed in the current texts (orphans have no range).
    public var notes: [PlacedNote] = []
    public var selection: SentenceSelection?
    /// The last note deleted in the notes list, for `u`.
    public var lastDeleted: PlacedNote?
    /// The argument `L` was pressed on, waiting for the second one.
    public var pendingLink: String?
    /// The notes store could only be opened read-only: saving is refused with a message.
    public var storeReadOnly = false
    /// Attributes only (NO_COLOR or a monochrome terminal): stance must read from glyphs and attributes.
    public var monochrome = false
    public let layouts = LayoutCache()

    public init(corpus: Corpus, map: ArgumentMap, width: Int, height: Int) {
        self.corpus = corpus
        self.map = map
        self.width = width
        self.height = height
        // Enough pane states for the widest screen; the geometry decides how many show.
        panes = corpus.articles.indices.map { PaneState(articleIndex: $0) }
        if panes.isEmpty { panes = [PaneState(articleIndex: 0)] }
    }

    public var geometry: ScreenGeometry {
        let linksCount = currentArgument.map { map.contradictionCount(of: $0.id) } ?? 0
        return ScreenGeometry(width: width, height: height, articleCount: corpus.articles.count,
                              linksPanelOpen: linksPanelOpen, linksCount: linksCount)
    }

    public var visiblePaneCount: Int { ScreenGeometry.paneCount(width: width, articleCount: corpus.articles.count) }

    public func layout(forPane index: Int) -> ArticleLayout {
        let frame = geometry.panes[min(index, geometry.panes.count - 1)]
        return layouts.layout(for: panes[index].articleIndex, in: corpus.articles, width: frame.textWidth,
                              showBoilerplate: showBoilerplate)
    }

    public func article(inPane index: Int) -> Article { corpus.articles[panes[index].articleIndex] }

    public var currentArgument: Argument? {
        guard focusedPane < panes.count, let id = panes[focusedPane].currentArgumentID else { return nil }
        return map.argument(id: id)
    }

    /// Arguments of the article in a pane that pass the stance filter, in text order.
    public func visibleArguments(inPane index: Int) -> [Argument] {
        map.arguments(inArticle: article(inPane: index).id).filter { filter.admits($0.stance) }
    }
}
