import CounterpointCore
import Foundation

/// A note as it sits in the current corpus: where its passage is now, or that it is orphaned.
public struct PlacedNote: Hashable, Sendable, Identifiable {
    public var note: Note
    /// The id of the article the note is on in this corpus; nil when that article is not in it.
    public var articleID: String?
    /// The passage now; nil when orphaned.
    public var range: TextRange?
    public var status: AnchorStatus

    public var id: UUID { note.id }

    /// The article id to show: the current one, or the one the note was made on.
    public var displayArticleID: String { articleID ?? note.target.articleID }

    public init(note: Note, articleID: String?, range: TextRange?, status: AnchorStatus) {
        self.note = note
        self.articleID = articleID
        self.range = range
        self.status = status
    }
}

public enum NotePlacement {
    /// Places every note; notes on articles outside `articles` come back orphaned with a nil
    /// article id. Unchanged articles cost nothing (their positions are trusted).
    public static func place(_ notes: [Note], in articles: [Article]) -> [PlacedNote] {
        place(notes, locator: ArticleLocator(articles: articles))
    }

    public static func place(_ notes: [Note], locator: ArticleLocator) -> [PlacedNote] {
        notes.map { note in
            guard let (article, anchor) = locator.locate(note.target) else {
                return PlacedNote(note: note, articleID: nil, range: nil, status: .orphaned)
            }
            return PlacedNote(note: note, articleID: article.id, range: anchor.range, status: anchor.status)
        }
    }

    /// Notes of one article, in text order; its orphans last.
    public static func inArticle(_ articleID: String, _ placed: [PlacedNote]) -> [PlacedNote] {
        placed.filter { $0.articleID == articleID }.sorted {
            switch ($0.range, $1.range) {
            case let (a?, b?): return a != b ? a < b : $0.note.created < $1.note.created
            case (.some, .none): return true
            case (.none, .some): return false
            case (.none, .none): return $0.note.created < $1.note.created
            }
        }
    }
}
