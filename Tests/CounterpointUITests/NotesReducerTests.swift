import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import Testing
@testable import CounterpointUI

/// Notes and curation in the reader: the reducer asks for effects; replies come back as actions.
@Suite struct NotesReducerTests {
    private func run(_ state: ReaderState, _ keys: [Key]) -> (ReaderState, [ReaderEffect]) {
        var effects: [ReaderEffect] = []
        var current = state
        for key in keys {
            guard let action = KeyMap.standard.action(for: key, mode: current.mode) else { continue }
            let (next, produced) = reduce(current, action)
            current = next
            effects += produced
        }
        return (current, effects)
    }

    private func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func annotateTheCurrentArgumentSavesItsRange() throws {
        let state = try ReaderFixture.state().after(.nextArgument)
        let a1 = try #require(state.currentArgument)
        let (after, effects) = run(state, [.character("a")] + typed("Weak claim #doubt") + [.enter])
        #expect(after.mode == .normal)
        #expect(effects == [.saveNote(articleID: "001", range: a1.range, text: "Weak claim #doubt")])
    }

    @Test func editorMovesTheCursorAndEscapeCancels() throws {
        let state = try ReaderFixture.state().after(.nextArgument)
        let (editing, _) = run(state, [.character("a")] + typed("ac") + [.left, .character("b"), .home, .character(">"), .end,
                                                                       .backspace, .character("C")])
        guard case .editor(let editor) = editing.mode else {
            Issue.record("not editing")
            return
        }
        #expect(String(editor.text) == ">abC")
        let (cancelled, effects) = run(editing, [.escape])
        #expect(cancelled.mode == .normal && effects.isEmpty)
        #expect(cancelled.message == "Note not saved")
    }

    @Test func selectionExtendsBySentenceAndAnnotatesTheUnion() throws {
        let state = try ReaderFixture.state().after(.nextArgument)
        let article = state.article(inPane: 0)
        let (selecting, _) = run(state, [.character("v"), .character("j"), .character("]")])
        #expect(selecting.mode == .selecting)
        let range = try #require(selecting.selectedRange)
        #expect(article.rawText(range).hasPrefix("Russia resents"))
        #expect(article.rawText(range).hasSuffix("record last year."))
        let (_, effects) = run(selecting, [.character("a")] + typed("three sentences") + [.enter])
        #expect(effects == [.saveNote(articleID: "001", range: range, text: "three sentences")])
    }

    @Test func storeReplyShowsNotesAndTheNoteUnderTheCursor() throws {
        var state = try ReaderFixture.state(width: 120, height: 16).after(.nextArgument)
        let a1 = try #require(state.currentArgument)
        let article = state.article(inPane: 0)
        let note = Note(target: TextTarget(article: article, range: a1.range), text: "Weak claim #doubt")
        state = state.after(.storeReplied(StoreReply(notes: [PlacedNote(note: note, articleID: "001", range: a1.range, status: .anchored)],
                                                     message: "Note saved")))
        #expect(state.noteUnderCursor?.id == note.id)
        let buffer = render(state)
        #expect(buffer[2, 4].text == "*")
        #expect(buffer[5, 4].style.underline)
        #expect(buffer.trimmedLines[15].contains("Note saved"))
        // Once the message is gone, the bottom line shows the note on the current passage.
        let settled = render(state.after(.redraw)).trimmedLines[15]
        #expect(settled.contains("Weak claim") && settled.contains("#doubt"))
    }

    @Test func notesListJumpsEditsDeletesAndUndoes() throws {
        var state = try ReaderFixture.state()
        let beta = state.corpus.articles[1]
        let b2 = try #require(state.map.argument(id: "b2"))
        let note = Note(target: TextTarget(article: beta, range: b2.range), text: "friends #ties")
        let placed = PlacedNote(note: note, articleID: "002", range: b2.range, status: .anchored)
        state = state.after(.storeReplied(StoreReply(notes: [placed])))
        var (list, _) = run(state, [.character("'")])
        #expect(list.listedNotes(NotesListState()).isEmpty, "this article (001) has no notes")
        (list, _) = run(list, [.character("a")])
        let (jumped, _) = run(list, [.enter])
        #expect(jumped.article(inPane: 0).id == "002")
        #expect(jumped.currentArgument?.id == "b2")
        let (edited, editEffects) = run(list, [.character("e"), .character("!"), .enter])
        #expect(editEffects == [.updateNote(id: note.id, text: "friends #ties!")])
        if case .notesList = edited.mode {} else { Issue.record("editing from the list returns to it") }
        let (deleted, deleteEffects) = run(list, [.character("d")])
        #expect(deleteEffects == [.deleteNote(id: note.id)])
        let (_, undoEffects) = run(deleted, [.character("u")])
        #expect(undoEffects == [.restoreNote(placed)])
    }

    @Test func orphanedNotesAreListedButCannotBeJumpedTo() throws {
        var state = try ReaderFixture.state()
        let article = state.corpus.articles[0]
        let note = Note(target: TextTarget(article: article, range: TextRange(0, 5)), text: "lost")
        state = state.after(.storeReplied(StoreReply(notes: [PlacedNote(note: note, articleID: "001", range: nil, status: .orphaned)])))
        let (list, _) = run(state, [.character("'")])
        #expect(list.listedNotes(NotesListState()).count == 1)
        let (after, _) = run(list, [.enter])
        #expect(after.message?.contains("Orphaned") == true)
    }

    @Test func curationKeysAskForTheRightEffects() throws {
        let state = try ReaderFixture.state().after(.nextArgument)
        #expect(run(state, [.character("s"), .character("i")]).1 == [.setStance(argumentID: "a1", stance: .infeasible)])
        #expect(run(state, [.character("s"), .character("n")]).1 == [.rejectArgument(argumentID: "a1")])
        #expect(run(state, [.character("s"), .escape]).1.isEmpty)
        // x rejects only auto-detected arguments.
        #expect(run(state, [.character("x")]).1.isEmpty)
        let onAuto = state.after(.nextArgument, .nextArgument)
        #expect(run(onAuto, [.character("x")]).1 == [.rejectArgument(argumentID: "a3")])
        // L on one argument, then L on another.
        let (marked, none) = run(state, [.character("L")])
        #expect(none.isEmpty && marked.pendingLink == "a1")
        #expect(run(marked, [.character("]"), .character("L")]).1 == [.toggleLink("a1", "a2")])
        #expect(run(marked, [.escape]).0.pendingLink == nil)
    }

    @Test func curatedMapReplyKeepsOrDropsTheCurrentArgument() throws {
        var state = try ReaderFixture.state().after(.nextArgument)
        let kept = ArgumentMap(arguments: state.map.arguments.filter { $0.id != "a2" }, links: [])
        state = state.after(.storeReplied(StoreReply(map: kept)))
        #expect(state.currentArgument?.id == "a1")
        #expect(state.map.contradictionCount(of: "a1") == 0)
        let dropped = ArgumentMap(arguments: state.map.arguments.filter { $0.id != "a1" }, links: [])
        state = state.after(.storeReplied(StoreReply(map: dropped)))
        #expect(state.currentArgument == nil)
    }
}
