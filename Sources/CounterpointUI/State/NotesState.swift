import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import Foundation

/// A passage chosen sentence by sentence with `v`, in the focused pane's article.
public struct SentenceSelection: Equatable, Sendable {
    public var articleIndex: Int
    /// Indices into the article's content sentences: where `v` was pressed and where the cursor is.
    public var anchor: Int
    public var cursor: Int
}

/// The one-line note editor at the bottom of the screen.
public struct NoteEditor: Equatable, Sendable {
    public enum Target: Equatable, Sendable {
        case new(articleID: String, range: TextRange)
        case edit(noteID: UUID)
    }

    public var target: Target
    public var text: [Character]
    public var cursor: Int
    /// Where Esc or Enter returns to (the notes list when editing from it).
    public var returnToList: NotesListState?

    public init(target: Target, text: String = "", returnToList: NotesListState? = nil) {
        self.target = target
        self.text = Array(text)
        cursor = self.text.count
        self.returnToList = returnToList
    }
}

/// The notes list overlay: this article's notes or all, optionally one tag only.
public struct NotesListState: Equatable, Sendable {
    public var allArticles = false
    public var tag: String?
    public var selection = 0
}

/// Choosing a stance for the current argument after `s`.
public struct StancePrompt: Equatable, Sendable {
    public var argumentID: String
}

extension ReaderState {
    /// Sentences of content blocks (not boilerplate) of an article, in order: what `v` moves over.
    func selectableSentences(articleIndex: Int) -> [TextRange] {
        corpus.articles[articleIndex].blocks.filter { $0.kind != .boilerplate || showBoilerplate }
            .flatMap { $0.sentences.map(\.range) }
    }

    public var selectedRange: TextRange? {
        guard let selection else { return nil }
        let sentences = selectableSentences(articleIndex: selection.articleIndex)
        guard sentences.indices.contains(selection.anchor), sentences.indices.contains(selection.cursor) else { return nil }
        let first = sentences[min(selection.anchor, selection.cursor)]
        let last = sentences[max(selection.anchor, selection.cursor)]
        return TextRange(first.start, last.end)
    }

    /// Notes placed in an article, in text order.
    public func notes(inArticle articleID: String) -> [PlacedNote] {
        notes.filter { $0.articleID == articleID && $0.range != nil }.sorted { $0.range!.start < $1.range!.start }
    }

    /// The note on the passage under the cursor: the selection, else the current argument.
    public var noteUnderCursor: PlacedNote? {
        let article = self.article(inPane: focusedPane)
        let range = selectedRange ?? currentArgument.map(\.range)
        guard let range else { return nil }
        return notes(inArticle: article.id).first { $0.range!.overlaps(range) }
    }

    mutating func startSelection() {
        let articleIndex = panes[focusedPane].articleIndex
        let sentences = selectableSentences(articleIndex: articleIndex)
        guard !sentences.isEmpty else {
            message = "Nothing to select in this article"
            return
        }
        let start: Int
        if let current = currentArgument, isInView(current.range, pane: focusedPane) {
            start = sentences.firstIndex { $0.end > current.range.start } ?? 0
        } else {
            let top = topOffset(pane: focusedPane)
            start = sentences.firstIndex { $0.start >= top } ?? sentences.count - 1
        }
        selection = SentenceSelection(articleIndex: articleIndex, anchor: start, cursor: start)
        mode = .selecting
        message = "Selecting: j/k or ]/[ extend by sentence, a annotate, Esc cancel"
    }

    mutating func handleSelectionKey(_ key: Key) -> [ReaderEffect] {
        guard var current = selection else {
            mode = .normal
            return []
        }
        let count = selectableSentences(articleIndex: current.articleIndex).count
        switch key {
        case .character("j"), .down, .character("]"): current.cursor = min(count - 1, current.cursor + 1)
        case .character("k"), .up, .character("["): current.cursor = max(0, current.cursor - 1)
        case .character("a"):
            guard let range = selectedRange else { return [] }
            mode = .editor(NoteEditor(target: .new(articleID: article(inPane: focusedPane).id, range: range)))
            return []
        case .escape, .character("v"), .character("q"):
            selection = nil
            mode = .normal
            return []
        default:
            return []
        }
        selection = current
        scrollToShow(selectableSentences(articleIndex: current.articleIndex)[current.cursor], pane: focusedPane)
        return []
    }

    /// `a` without a selection: annotate the current argument.
    mutating func annotateCurrentArgument() {
        guard let argument = currentArgument else {
            message = "Nothing to annotate: press ] for an argument or v to select sentences"
            return
        }
        let existing = notes(inArticle: argument.articleID).first { $0.range == argument.range }
        if let existing {
            mode = .editor(NoteEditor(target: .edit(noteID: existing.id), text: existing.note.text))
        } else {
            mode = .editor(NoteEditor(target: .new(articleID: argument.articleID, range: argument.range)))
        }
    }

    mutating func handleEditorKey(_ key: Key, _ editor: NoteEditor) -> [ReaderEffect] {
        var editor = editor
        switch key {
        case .character(let character):
            editor.text.insert(character, at: editor.cursor)
            editor.cursor += 1
        case .backspace:
            if editor.cursor > 0 {
                editor.text.remove(at: editor.cursor - 1)
                editor.cursor -= 1
            }
        case .delete, .control("d"):
            if editor.cursor < editor.text.count { editor.text.remove(at: editor.cursor) }
        case .left, .control("b"): editor.cursor = max(0, editor.cursor - 1)
        case .right, .control("f"): editor.cursor = min(editor.text.count, editor.cursor + 1)
        case .home, .control("a"): editor.cursor = 0
        case .end, .control("e"): editor.cursor = editor.text.count
        case .control("u"):
            editor.text.removeFirst(editor.cursor)
            editor.cursor = 0
        case .escape, .control("c"), .control("g"):
            finishEditing(editor)
            message = "Note not saved"
            return []
        case .enter:
            finishEditing(editor)
            let text = String(editor.text).trimmingCharacters(in: .whitespaces)
            switch editor.target {
            case .new(let articleID, let range): return [.saveNote(articleID: articleID, range: range, text: text)]
            case .edit(let id): return [.updateNote(id: id, text: text)]
            }
        default:
            break
        }
        mode = .editor(editor)
        return []
    }

    private mutating func finishEditing(_ editor: NoteEditor) {
        selection = nil
        mode = editor.returnToList.map { .notesList($0) } ?? .normal
    }

    /// Notes the list shows, in order: article order, then position; orphans last.
    func listedNotes(_ list: NotesListState) -> [PlacedNote] {
        let articleID = article(inPane: focusedPane).id
        let order = Dictionary(uniqueKeysWithValues: corpus.articles.enumerated().map { ($1.id, $0) })
        return notes.filter { note in
            (list.allArticles || note.displayArticleID == articleID) && (list.tag.map { note.note.hasTag($0) } ?? true)
        }.sorted { a, b in
            let ka = (a.range == nil ? 1 : 0, order[a.displayArticleID] ?? Int.max, a.range?.start ?? 0)
            let kb = (b.range == nil ? 1 : 0, order[b.displayArticleID] ?? Int.max, b.range?.start ?? 0)
            return ka < kb
        }
    }

    /// All tags in use, sorted, for the list's tag filter.
    var noteTags: [String] { Array(Set(notes.flatMap(\.note.tags))).sorted() }

    mutating func handleNotesListKey(_ key: Key, _ list: NotesListState) -> [ReaderEffect] {
        var list = list
        let listed = listedNotes(list)
        let chosen = listed.indices.contains(list.selection) ? listed[list.selection] : nil
        switch key {
        case .character("j"), .down: list.selection = min(max(0, listed.count - 1), list.selection + 1)
        case .character("k"), .up: list.selection = max(0, list.selection - 1)
        case .character("g"), .home: list.selection = 0
        case .character("G"), .end: list.selection = max(0, listed.count - 1)
        case .character("a"), .tab:
            list.allArticles.toggle()
            list.selection = 0
        case .character("t"):
            let tags = noteTags
            if let tag = list.tag, let index = tags.firstIndex(of: tag) {
                list.tag = index + 1 < tags.count ? tags[index + 1] : nil
            } else {
                list.tag = tags.first
            }
            list.selection = 0
        case .enter:
            guard let chosen else { return [] }
            guard let range = chosen.range, let articleIndex = corpus.articleIndex(id: chosen.displayArticleID) else {
                message = "Orphaned note: its passage is no longer in the article"
                return []
            }
            mode = .normal
            recordJump()
            if panes[focusedPane].articleIndex != articleIndex { panes[focusedPane] = PaneState(articleIndex: articleIndex) }
            panes[focusedPane].currentArgumentID = map.arguments(inArticle: chosen.displayArticleID).first { $0.range.overlaps(range) }?.id
            scrollToShow(range, pane: focusedPane)
            return []
        case .character("e"):
            guard let chosen else { return [] }
            mode = .editor(NoteEditor(target: .edit(noteID: chosen.id), text: chosen.note.text, returnToList: list))
            return []
        case .character("d"), .delete:
            guard let chosen else { return [] }
            lastDeleted = chosen
            list.selection = max(0, min(list.selection, listed.count - 2))
            mode = .notesList(list)
            message = "Note deleted: u undoes"
            return [.deleteNote(id: chosen.id)]
        case .character("u"):
            guard let deleted = lastDeleted else {
                message = "Nothing to undo"
                return []
            }
            lastDeleted = nil
            message = "Note restored"
            return [.restoreNote(deleted)]
        case .escape, .character("q"), .character("'"):
            mode = .normal
            return []
        default:
            break
        }
        mode = .notesList(list)
        return []
    }

    // MARK: Curation

    mutating func startStancePrompt() {
        guard let argument = currentArgument else {
            message = "No current argument: press ] to select one"
            return
        }
        mode = .stancePrompt(StancePrompt(argumentID: argument.id))
    }

    mutating func handleStanceKey(_ key: Key, _ prompt: StancePrompt) -> [ReaderEffect] {
        mode = .normal
        switch key {
        case .character("f"), .character("+"): return [.setStance(argumentID: prompt.argumentID, stance: .feasible)]
        case .character("i"), .character("-"): return [.setStance(argumentID: prompt.argumentID, stance: .infeasible)]
        case .character("n"), .character("x"): return [.rejectArgument(argumentID: prompt.argumentID)]
        default:
            message = "Stance unchanged"
            return []
        }
    }

    mutating func rejectCurrentArgument() -> [ReaderEffect] {
        guard let argument = currentArgument else {
            message = "No current argument: press ] to select one"
            return []
        }
        guard argument.origin == .auto else {
            message = "\(argument.id) is curated: use s, then n, to mark it not an argument"
            return []
        }
        return [.rejectArgument(argumentID: argument.id)]
    }

    /// `L` marks the current argument; `L` on another links or unlinks the two.
    mutating func linkStep() -> [ReaderEffect] {
        guard let argument = currentArgument else {
            message = "No current argument: press ] to select one"
            return []
        }
        guard let first = pendingLink, first != argument.id else {
            pendingLink = argument.id
            message = "Linking from \(argument.id): move to another argument and press L (Esc cancels)"
            return []
        }
        pendingLink = nil
        return [.toggleLink(first, argument.id)]
    }
}
