import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import CounterpointUI
import Foundation

/// The reader's notes and curation, kept in the annotation store. Each effect is one committed
/// write; the reply carries the notes and the map as they are afterwards (re-read from the store,
/// so two readers on one store see each other's work at their next change).
final class ReaderNotesService: ReaderServices {
    private let store: AnnotationStore
    private let articles: [Article]
    /// The analysis map before any curation: curation is always re-applied to it.
    private let baseMap: ArgumentMap
    private let curator: Curator

    init(store: AnnotationStore, articles: [Article], baseMap: ArgumentMap) {
        self.store = store
        self.articles = articles
        self.baseMap = baseMap
        curator = Curator(store: store, articles: articles)
    }

    /// Notes placed in the current texts and the curated map.
    func snapshot() throws -> (notes: [PlacedNote], map: ArgumentMap) {
        (NotePlacement.place(try store.notes(), in: articles), try curatedMap())
    }

    /// The analysis with the user's curation applied.
    func curatedMap() throws -> ArgumentMap {
        baseMap.applying(try store.curation(), articles: articles)
    }

    /// All notes, placed; a failure becomes a message instead of an empty screen.
    func loadNotes() -> StoreReply {
        do {
            let stored = try store.readNotes()
            let damaged = stored.damaged.count
            // The screen has one status line: name the count and where to read the details.
            let warning = damaged == 0 ? nil
                : "\(damaged) damaged note row\(damaged == 1 ? "" : "s") in the store; see `counterpoint notes check`"
            return StoreReply(notes: NotePlacement.place(stored.records, in: articles), message: warning)
        } catch {
            return StoreReply(message: "Notes could not be read: \(error)")
        }
    }

    func perform(_ effect: ReaderEffect, in state: ReaderState) -> StoreReply {
        do {
            let message = try apply(effect, in: state)
            let (notes, map) = try snapshot()
            return StoreReply(notes: notes, map: map, message: message)
        } catch let error as StoreError {
            return StoreReply(message: error.description)
        } catch {
            return StoreReply(message: "Could not save: \(error)")
        }
    }

    private func apply(_ effect: ReaderEffect, in state: ReaderState) throws -> String? {
        switch effect {
        case .saveNote(let articleID, let range, let text):
            guard let article = articles.first(where: { $0.id == articleID }) else { return "No article \(articleID)" }
            try store.add(Note(target: TextTarget(article: article, range: range), text: text))
            return text.isEmpty ? "Passage highlighted" : "Note saved"
        case .updateNote(let id, let text):
            guard let note = try store.note(id: id) else { return "That note no longer exists" }
            try store.update(note.edited(text: text))
            return "Note updated"
        case .deleteNote(let id):
            _ = try store.delete(noteID: id)
            return "Note deleted: u undoes"
        case .restoreNote(let placed):
            try store.restore(placed.note)
            return "Note restored"
        case .setStance(let argumentID, let stance):
            guard let argument = state.map.argument(id: argumentID) else { return nil }
            try curator.setStance(stance, of: argument)
            return "\(argumentID) marked \(stance)"
        case .rejectArgument(let argumentID):
            guard let argument = state.map.argument(id: argumentID) else { return nil }
            try curator.reject(argument)
            return "\(argumentID) is no longer an argument"
        case .toggleLink(let first, let second):
            guard let a = state.map.argument(id: first), let b = state.map.argument(id: second) else { return nil }
            let linked = try curator.toggleLink(a, b, in: state.map)
            return linked ? "Linked \(first) ⟷ \(second)" : "Unlinked \(first) and \(second)"
        case .quit, .fullRedraw:
            return nil
        }
    }
}
