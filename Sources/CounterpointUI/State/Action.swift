import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import Foundation

/// Everything the reader can do. One table (`ReaderAction.all`) gives each its name and help text,
/// and drives the key bindings and the help screen, as tig's request table does.
public enum ReaderAction: Hashable, Sendable {
    case lineDown, lineUp, pageDown, pageUp, top, bottom
    case nextArgument, previousArgument, nextContested, previousContested
    case focusNextPane, focusPreviousPane
    case openArticle(Int)
    case openPicker
    case follow, cycleContradiction
    case jumpBack, jumpForward
    case startSearch, nextMatch, previousMatch
    case cycleFilter, toggleBoilerplate, toggleLinksPanel
    case openMatrix, openArgumentList
    case startSelection, annotate, openNotesList, setStance, rejectArgument, linkArguments, cancel
    /// What the notes store answered after an effect: new notes and map, or a message.
    case storeReplied(StoreReply)
    case help, redraw, quit
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Keys typed into an input line or list overlay (search, picker, links, help).
    case input(Key)

    public struct Info: Sendable {
        public var action: ReaderAction
        public var name: String
        public var help: String
    }

    /// The actions a user can bind, in help-screen order.
    public static let all: [Info] = [
        Info(action: .lineDown, name: "line-down", help: "Scroll down one line"),
        Info(action: .lineUp, name: "line-up", help: "Scroll up one line"),
        Info(action: .pageDown, name: "page-down", help: "Scroll down one page"),
        Info(action: .pageUp, name: "page-up", help: "Scroll up one page"),
        Info(action: .top, name: "top", help: "Go to the top of the article"),
        Info(action: .bottom, name: "bottom", help: "Go to the bottom of the article"),
        Info(action: .nextArgument, name: "next-argument", help: "Next argument in this pane"),
        Info(action: .previousArgument, name: "previous-argument", help: "Previous argument in this pane"),
        Info(action: .nextContested, name: "next-contested", help: "Next argument that has contradictions"),
        Info(action: .previousContested, name: "previous-contested", help: "Previous argument that has contradictions"),
        Info(action: .follow, name: "follow", help: "Follow the argument to its best contradicting view"),
        Info(action: .cycleContradiction, name: "cycle-contradiction", help: "Show the next contradicting view"),
        Info(action: .jumpBack, name: "jump-back", help: "Go back in the jump list"),
        Info(action: .jumpForward, name: "jump-forward", help: "Go forward in the jump list"),
        Info(action: .toggleLinksPanel, name: "links-panel", help: "Show or hide the contradictions panel"),
        Info(action: .focusNextPane, name: "focus-next-pane", help: "Focus the next pane"),
        Info(action: .focusPreviousPane, name: "focus-previous-pane", help: "Focus the previous pane"),
        Info(action: .openArticle(1), name: "open-article", help: "Open article N of the list in this pane"),
        Info(action: .openPicker, name: "article-picker", help: "Choose an article for this pane"),
        Info(action: .startSearch, name: "search", help: "Search this article (incremental, ignores case)"),
        Info(action: .nextMatch, name: "next-match", help: "Next search match"),
        Info(action: .previousMatch, name: "previous-match", help: "Previous search match"),
        Info(action: .cycleFilter, name: "stance-filter", help: "Cycle stance filter: all, feasible, infeasible"),
        Info(action: .toggleBoilerplate, name: "boilerplate", help: "Show or hide boilerplate (dimmed)"),
        Info(action: .openMatrix, name: "matrix", help: "Stance matrix: themes by articles"),
        Info(action: .openArgumentList, name: "argument-list", help: "All arguments grouped by theme"),
        Info(action: .startSelection, name: "select", help: "Select sentences from the current one (then j/k, ]/[ extend)"),
        Info(action: .annotate, name: "annotate", help: "Write a note on the selection or the current argument"),
        Info(action: .openNotesList, name: "notes", help: "Notes list: Enter jump, e edit, d delete, u undo, a all, t tag"),
        Info(action: .setStance, name: "set-stance", help: "Set the current argument's stance (f, i, or n: not an argument)"),
        Info(action: .rejectArgument, name: "reject", help: "Reject an auto-detected argument"),
        Info(action: .linkArguments, name: "link", help: "Link or unlink two arguments (L on one, then L on the other)"),
        Info(action: .help, name: "help", help: "Show this help"),
        Info(action: .redraw, name: "redraw", help: "Redraw the screen"),
        Info(action: .quit, name: "quit", help: "Quit (closes an overlay first)"),
    ]
}

/// Side effects the reducer asks the program to perform; the event loop owns all I/O.
public enum ReaderEffect: Equatable, Sendable {
    case quit
    case fullRedraw
    case saveNote(articleID: String, range: TextRange, text: String)
    case updateNote(id: UUID, text: String)
    case deleteNote(id: UUID)
    case restoreNote(PlacedNote)
    case setStance(argumentID: String, stance: Stance)
    case rejectArgument(argumentID: String)
    case toggleLink(String, String)
}

/// The notes store's answer to an effect. Compared by identity: actions must be Hashable for the
/// key map, and a whole map has no useful equality.
public struct StoreReply: Hashable, Sendable {
    public let id = UUID()
    public var notes: [PlacedNote]?
    public var map: ArgumentMap?
    public var message: String?

    public init(notes: [PlacedNote]? = nil, map: ArgumentMap? = nil, message: String? = nil) {
        self.notes = notes
        self.map = map
        self.message = message
    }

    public static func == (lhs: StoreReply, rhs: StoreReply) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
