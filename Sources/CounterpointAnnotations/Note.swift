import Foundation

/// Why an annotation was made: the W3C motivations Counterpoint uses.
public enum Motivation: String, Codable, Sendable, CaseIterable {
    case commenting, highlighting, tagging, classifying, linking
}

/// A stored record with a last-modified time (notes and curation records).
/// A stored record with an identity and the times the store keeps for it: what merging imports
/// needs to know of notes and curation alike.
protocol Timestamped: Equatable, Sendable {
    var id: UUID { get }
    var created: Timestamp { get set }
    var modified: Timestamp { get set }
}

extension Note: Timestamped {}
extension CurationRecord: Timestamped {}

/// A user's note on a passage: what the reader's `a` and `counterpoint notes add` create.
public struct Note: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var target: TextTarget
    public var motivation: Motivation
    /// The note's text as typed (tags stay in it).
    public var text: String
    public var tags: [String]
    public var created: Timestamp
    public var modified: Timestamp

    public init(id: UUID = UUID(), target: TextTarget, motivation: Motivation? = nil, text: String,
                tags: [String] = [], created: Timestamp = .now(), modified: Timestamp? = nil) {
        self.id = id
        self.target = target
        self.text = text
        self.tags = Tags.merge(Tags.parse(text), tags)
        self.motivation = motivation ?? Note.motivation(text: text, tags: self.tags)
        self.created = created
        self.modified = modified ?? created
    }

    /// Exactly these fields, nothing re-derived (for rows read back from the store).
    init(stored id: UUID, target: TextTarget, motivation: Motivation, text: String, tags: [String],
         created: Timestamp, modified: Timestamp) {
        self.id = id
        self.target = target
        self.motivation = motivation
        self.text = text
        self.tags = tags
        self.created = created
        self.modified = modified
    }

    /// A note with words is a comment; only tags, a tagging; nothing, a highlight.
    public static func motivation(text: String, tags: [String]) -> Motivation {
        let words = Tags.strip(text).trimmingCharacters(in: .whitespacesAndNewlines)
        if !words.isEmpty { return .commenting }
        return tags.isEmpty ? .highlighting : .tagging
    }

    /// The same note with new text: tags re-read from it (extra tags kept), modified now.
    public func edited(text newText: String, extraTags: [String] = [], at time: Timestamp = .now()) -> Note {
        var note = self
        note.text = newText
        note.tags = Tags.merge(Tags.parse(newText), extraTags)
        note.motivation = Note.motivation(text: newText, tags: note.tags)
        note.modified = max(time, created)
        return note
    }

    public func hasTag(_ tag: String) -> Bool {
        let wanted = Tags.normalise(tag)
        return tags.contains { $0.lowercased() == wanted }
    }
}

/// `#words` in a note's text become its tags.
public enum Tags {
    /// Tags in order of first appearance, without `#`, duplicates (ignoring case) removed.
    /// A tag starts with `#` at the start of the text or after whitespace or an opening bracket and
    /// runs over letters, digits, `-`, `_`, `/` and `.` (a trailing `.` is punctuation, not tag).
    public static func parse(_ text: String) -> [String] {
        tagRanges(in: text).reduce(into: [String]()) { tags, range in
            tags = merge(tags, [String(text.unicodeScalars[range].dropFirst().map(Character.init))])
        }
    }

    /// The text with its `#tags` removed (to tell a comment from a bare list of tags).
    public static func strip(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let offsets = tagRanges(in: text).map {
            (text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.lowerBound),
             text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0.upperBound))
        }
        for (start, end) in offsets.reversed() { scalars.removeSubrange(start..<end) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Union keeping first spellings, compared without case and a leading `#`.
    public static func merge(_ first: [String], _ second: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for raw in first + second {
            let tag = raw.hasPrefix("#") ? String(raw.dropFirst()) : raw
            // Whitespace runs become one space, so a tag never holds a line break (the store's separator).
            let trimmed = tag.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
            guard !trimmed.isEmpty, seen.insert(trimmed.lowercased()).inserted else { continue }
            result.append(trimmed)
        }
        return result
    }

    public static func normalise(_ tag: String) -> String {
        (tag.hasPrefix("#") ? String(tag.dropFirst()) : tag).lowercased()
    }

    private static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            || scalar == "-" || scalar == "_" || scalar == "/" || scalar == "."
    }

    private static func tagRanges(in text: String) -> [Range<String.UnicodeScalarView.Index>] {
        let scalars = text.unicodeScalars
        var ranges: [Range<String.UnicodeScalarView.Index>] = []
        var previous: Unicode.Scalar?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let atBoundary = previous.map { $0.properties.isWhitespace || "([{".unicodeScalars.contains($0) } ?? true
            if scalar == "#" && atBoundary {
                var end = scalars.index(after: index)
                while end < scalars.endIndex, isTagScalar(scalars[end]) { end = scalars.index(after: end) }
                while end > scalars.index(after: index), scalars[scalars.index(before: end)] == "." {
                    end = scalars.index(before: end)
                }
                let body = scalars[scalars.index(after: index)..<end]
                if body.contains(where: { $0.properties.isAlphabetic }) {
                    ranges.append(index..<end)
                    previous = scalars[scalars.index(before: end)]
                    index = end
                    continue
                }
            }
            previous = scalar
            index = scalars.index(after: index)
        }
        return ranges
    }
}
