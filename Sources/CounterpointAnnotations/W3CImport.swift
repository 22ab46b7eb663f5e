import CounterpointAnalysis
import CounterpointCore
import Foundation

/// Reads W3C Web Annotations (an AnnotationCollection with embedded pages, a page, one annotation,
/// or an array of them) into notes and curation records placed against a corpus.
public struct W3CImporter: Sendable {
    public let locator: ArticleLocator

    public init(articles: [Article]) {
        locator = ArticleLocator(articles: articles)
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notJSON(file: String, reason: String)
        case noAnnotations(file: String)

        public var description: String {
            switch self {
            case .notJSON(let file, let reason): return "\(file): not valid JSON (\(reason))"
            case .noAnnotations(let file): return "\(file): no W3C annotations found (expected an Annotation, AnnotationPage or AnnotationCollection)"
            }
        }
    }

    public struct Result: Sendable {
        public var notes: [Note] = []
        public var curation: [CurationRecord] = []
        /// Records whose passage was found in the corpus (at its position or by quote).
        public var placed = 0
        /// Records kept although their passage was not found.
        public var orphaned = 0
        /// Analysis results from a Counterpoint export (they are recomputed, not imported).
        public var skippedDerived = 0
        /// Annotations with no text quote to anchor by (say, a whole-page target).
        public var skippedUnanchorable = 0
    }

    public func read(_ data: Data, file: String) throws -> Result {
        let document: JSONValue
        do {
            document = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let error as DecodingError {
            throw Failure.notJSON(file: file, reason: Self.reason(error, in: data))
        }
        if let offset = Self.trailingComma(in: data) {
            throw Failure.notJSON(file: file, reason: "Trailing comma around character \(offset).")
        }
        let annotations = Self.annotations(in: document)
        guard !annotations.isEmpty else { throw Failure.noAnnotations(file: file) }
        var result = Result()
        for annotation in annotations { read(annotation, into: &result) }
        return result
    }

    static func annotations(in document: JSONValue) -> [JSONValue] {
        if case .array(let values) = document { return values.flatMap(annotations(in:)) }
        let types = (document["type"]?.list ?? []).compactMap(\.string)
        if types.contains("Annotation") { return [document] }
        if let items = document["items"] { return items.list.flatMap(annotations(in:)) }
        if let first = document["first"] { return annotations(in: first) }
        return []
    }

    private func read(_ annotation: JSONValue, into result: inout Result) {
        let rawID = annotation["id"]?.list.first?.string
        if let rawID, rawID.hasPrefix(W3CIdentifiers.derivedPrefix) {
            result.skippedDerived += 1
            return
        }
        guard let target = annotation["target"]?.list.lazy.compactMap(Self.textTarget).first else {
            result.skippedUnanchorable += 1
            return
        }
        let id = rawID.flatMap(W3CIdentifiers.uuid(fromAnnotationID:))
            ?? W3CIdentifiers.nameUUID(rawID ?? annotation.serialized(pretty: false))
        let motivations = (annotation["motivation"]?.list ?? []).compactMap(\.string)
        let now = Timestamp.now()
        let created = annotation["created"]?.string.flatMap(Timestamp.parse) ?? now
        let modified = annotation["modified"]?.string.flatMap(Timestamp.parse) ?? created
        let bodies = Self.bodies(annotation)
        let (placedTarget, found) = place(target)
        if found { result.placed += 1 } else { result.orphaned += 1 }

        let isOurs = rawID.flatMap(W3CIdentifiers.uuid(fromAnnotationID:)) != nil
        if isOurs, let record = curationRecord(id: id, motivations: motivations, bodies: bodies, target: placedTarget,
                                               created: created, modified: modified) {
            result.curation.append(record)
            return
        }
        let text = bodies.texts.joined(separator: "\n\n")
        let motivation = motivations.lazy.compactMap(Motivation.init(rawValue:))
            .first { $0 == .commenting || $0 == .highlighting || $0 == .tagging }
        var note = Note(id: id, target: placedTarget, motivation: motivation, text: text, tags: bodies.tags,
                        created: created, modified: modified)
        // Tags come from the bodies exactly as exported (not re-read from the text).
        note.tags = Tags.merge(bodies.tags, Tags.parse(text))
        result.notes.append(note)
    }

    private func curationRecord(id: UUID, motivations: [String], bodies: Bodies, target: TextTarget,
                                created: Timestamp, modified: Timestamp) -> CurationRecord? {
        let theme = bodies.tags.first
        if motivations.contains("classifying"), let value = bodies.classifying {
            let action: CurationAction = value == W3CExporter.rejectedValue ? .reject : .setStance(Stance(value))
            return CurationRecord(id: id, action: action, target: target, theme: theme, speaker: bodies.speaker,
                                  created: created, modified: modified)
        }
        if motivations.contains("linking") || motivations.contains("assessing"), let other = bodies.targets.first {
            let (placedOther, _) = place(other)
            let action: CurationAction = motivations.contains("linking") ? .link : .unlink
            return CurationRecord(id: id, action: action, target: target, other: placedOther, created: created,
                                  modified: modified)
        }
        return nil
    }

    /// Finds the passage. An annotation from elsewhere (no hash, or an unknown article) that is found
    /// gets the current article's key and position, so it is `anchored` from then on; one of our own
    /// keeps its selectors exactly, so an export imports back unchanged.
    private func place(_ target: TextTarget) -> (TextTarget, Bool) {
        if let (article, anchor) = locator.locate(target), let range = anchor.range {
            guard target.article.contentHash.isEmpty || target.article.file != article.file else {
                var kept = target
                kept.articleID = article.id
                return (kept, true)
            }
            return (rebased(target, article, range), true)
        }
        if target.article.contentHash.isEmpty || locator.article(for: target.article) == nil {
            for article in locator.articles {
                var guess = target
                guess.article = ArticleKey(file: article.file, contentHash: "")
                if let range = Anchoring.locate(guess, in: article.source).range {
                    return (rebased(target, article, range), true)
                }
            }
        }
        return (target, false)
    }

    private func rebased(_ target: TextTarget, _ article: Article, _ range: TextRange) -> TextTarget {
        var placed = TextTarget(article: article, range: range)
        if !target.quote.exact.isEmpty && placed.quote.exact != target.quote.exact { placed.quote = target.quote }
        return placed
    }

    // MARK: - Shapes

    struct Bodies {
        var texts: [String] = []
        var tags: [String] = []
        var classifying: String?
        var speaker: String?
        var targets: [TextTarget] = []
    }

    static func bodies(_ annotation: JSONValue) -> Bodies {
        var bodies = Bodies()
        for value in annotation["bodyValue"]?.list ?? [] { if let text = value.string { bodies.texts.append(text) } }
        for body in annotation["body"]?.list ?? [] {
            if let target = textTarget(body) { bodies.targets.append(target); continue }
            guard let value = body["value"]?.string else { continue }
            switch (body["purpose"]?.list ?? []).compactMap(\.string).first {
            case "tagging": bodies.tags.append(value)
            case "classifying": bodies.classifying = bodies.classifying ?? value
            case "identifying": bodies.speaker = bodies.speaker ?? value
            case "assessing": break
            default: bodies.texts.append(value)
            }
        }
        return bodies
    }

    /// A SpecificResource with a TextQuoteSelector (and optionally a TextPositionSelector).
    static func textTarget(_ value: JSONValue) -> TextTarget? {
        guard let sourceValue = value["source"] else { return nil }
        let source = sourceValue.string ?? sourceValue["id"]?.list.first?.string ?? ""
        let selectors = (value["selector"]?.list ?? []).flatMap { selector -> [JSONValue] in
            var all = [selector]
            if let refined = selector["refinedBy"] { all += refined.list }
            return all
        }
        let quote = selectors.first { $0["type"]?.string == "TextQuoteSelector" }
        guard let exact = quote?["exact"]?.string, !exact.isEmpty else { return nil }
        let position = selectors.first { $0["type"]?.string == "TextPositionSelector" }
        let start = position?["start"]?.int ?? -1
        let end = position?["end"]?.int ?? -1
        let key = W3CIdentifiers.articleKey(fromSource: source)
        return TextTarget(
            article: key, articleID: ArticleIdentity.id(forFileName: key.file),
            quote: TextQuoteSelector(exact: exact, prefix: quote?["prefix"]?.string ?? "", suffix: quote?["suffix"]?.string ?? ""),
            position: TextPositionSelector(start: start, end: end >= start ? end : start))
    }

    /// The offset of a comma just before `]` or `}`, outside strings. Foundation's parser on Linux
    /// accepts `[{…},]`, which is not JSON (RFC 8259); a file that another tool would refuse should
    /// not import here. It tolerates nothing else that is not JSON except a leading UTF-8 byte order
    /// mark, which RFC 8259 lets a parser ignore (W3CImportTests check both against the parser).
    /// Run only on data the parser accepted, so strings are well formed.
    static func trailingComma(in data: Data) -> Int? {
        var inString = false
        var escaped = false
        var pendingComma: Int?
        for (offset, byte) in data.enumerated() {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"): if let pendingComma { return pendingComma }
            case UInt8(ascii: ","): pendingComma = offset; continue
            case UInt8(ascii: "\""): inString = true
            default: break
            }
            pendingComma = nil
        }
        return nil
    }

    /// Why `data` is not JSON, with the place when the parser knows it. JSONDecoder on Linux says
    /// only "The given data was not valid JSON.", so the failing file is parsed once more by
    /// JSONSerialization, whose message gives the character offset ("around character 24").
    private static func reason(_ error: DecodingError, in data: Data) -> String {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            if let message = (error as NSError).userInfo["NSDebugDescription"] as? String, !message.isEmpty {
                return message.split(separator: "\n").first.map(String.init) ?? message
            }
        }
        switch error {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo["NSDebugDescription"] as? String
            return (underlying ?? context.debugDescription).split(separator: "\n").first.map(String.init) ?? "unreadable"
        default: return "unreadable"
        }
    }
}
