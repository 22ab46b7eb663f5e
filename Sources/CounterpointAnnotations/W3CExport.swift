import CounterpointAnalysis
import CounterpointCore
import Foundation

/// Notes, arguments and curation as a W3C Web Annotation Data Model AnnotationCollection (JSON-LD).
///
/// - notes: `commenting` / `highlighting` / `tagging`; the note as a TextualBody, tags as
///   `tagging` TextualBodies;
/// - arguments: `classifying`; the stance as a `classifying` body, the theme as `tagging`, the
///   speaker as `identifying`;
/// - contradiction links: `linking`; the body is the other argument (a SpecificResource);
/// - curation that shows nowhere on the map: rejections (`classifying`, body `rejected`),
///   `not-an-argument`, and unlinks (`assessing`, bodies "not a contradiction" and the other argument).
///
/// Every annotation carries its own `@context`, so each passes the W3C tests on its own.
/// User records are `urn:uuid:` ids (they import back); analysis results are `urn:counterpoint:` ids.
public struct W3CExporter: Sendable {
    public let articles: [Article]
    public let label: String

    public static let rejectedValue = "rejected"
    public static let unlinkedValue = "not a contradiction"

    public init(articles: [Article], label: String = "Counterpoint notes and arguments") {
        self.articles = articles
        self.label = label
    }

    public func collection(notes: [Note], curation: [CurationRecord], analysis: ArgumentMap) -> JSONValue {
        let outcome = analysis.curated(by: curation, articles: articles)
        var items = notes.sorted { ($0.created, $0.id.uuidString) < ($1.created, $1.id.uuidString) }.map(annotation(note:))
        let byID = Dictionary(curation.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for argument in outcome.map.arguments {
            if let item = annotation(argument: argument, record: outcome.stanceRecord[argument.id].flatMap { byID[$0] }) {
                items.append(item)
            }
        }
        for link in outcome.map.links {
            guard let from = outcome.map.argument(id: link.from), let to = outcome.map.argument(id: link.to),
                  let target = resource(of: from), let body = resource(of: to) else { continue }
            let record = outcome.linkRecord[LinkKey(link.from, link.to)].flatMap { byID[$0] }
            let id = record.map { W3CIdentifiers.annotationID($0.id) }
                ?? W3CIdentifiers.derivedID("link", from.articleID, from.id, to.articleID, to.id)
            items.append(annotation(id: id, motivation: "linking", bodies: [body], target: target, record: record))
        }
        items += outcome.recordsNotOnMap.map(annotation(record:))

        let collectionID = "urn:uuid:" + W3CIdentifiers.nameUUID(
            "collection:" + articles.map { W3CIdentifiers.articleIRI(ArticleKey($0)) }.sorted().joined(separator: " ")
        ).uuidString.lowercased()
        let page: JSONValue = .object([
            ("@context", .string(W3CIdentifiers.context)),
            ("id", .string(collectionID + "#page1")),
            ("type", .string("AnnotationPage")),
            // An object, as in the model's example: the W3C page tests read total and label from it.
            ("partOf", .object([("id", .string(collectionID)), ("label", .string(label)), ("total", .int(items.count))])),
            ("startIndex", .int(0)),
            ("items", .array(items)),
        ])
        return .object([
            ("@context", .string(W3CIdentifiers.context)),
            ("id", .string(collectionID)),
            ("type", .string("AnnotationCollection")),
            ("label", .string(label)),
            ("total", .int(items.count)),
            ("first", page),
        ])
    }

    // MARK: - Items

    func annotation(note: Note) -> JSONValue {
        var bodies: [JSONValue] = []
        if !note.text.isEmpty {
            bodies.append(textualBody(note.text, purpose: note.motivation == .tagging ? "describing" : "commenting"))
        }
        bodies += note.tags.map { textualBody($0, purpose: "tagging") }
        return annotation(id: W3CIdentifiers.annotationID(note.id), motivation: note.motivation.rawValue, bodies: bodies,
                          target: Self.specificResource(note.target), created: note.created, modified: note.modified)
    }

    private func annotation(argument: Argument, record: CurationRecord?) -> JSONValue? {
        guard let target = resource(of: argument) else { return nil }
        var bodies = [textualBody(argument.stance.rawValue, purpose: "classifying")]
        if !argument.theme.isEmpty { bodies.append(textualBody(argument.theme, purpose: "tagging")) }
        if !argument.speaker.isEmpty { bodies.append(textualBody(argument.speaker, purpose: "identifying")) }
        let id = record.map { W3CIdentifiers.annotationID($0.id) }
            ?? W3CIdentifiers.derivedID("argument", argument.articleID, argument.id)
        return annotation(id: id, motivation: "classifying", bodies: bodies, target: target, record: record)
    }

    /// A record the curated map does not show, in its own stored terms.
    private func annotation(record: CurationRecord) -> JSONValue {
        let target = Self.specificResource(record.target)
        let id = W3CIdentifiers.annotationID(record.id)
        switch record.action {
        case .setStance(let stance):
            var bodies = [textualBody(stance.rawValue, purpose: "classifying")]
            if let theme = record.theme, !theme.isEmpty { bodies.append(textualBody(theme, purpose: "tagging")) }
            if let speaker = record.speaker, !speaker.isEmpty { bodies.append(textualBody(speaker, purpose: "identifying")) }
            return annotation(id: id, motivation: "classifying", bodies: bodies, target: target, record: record)
        case .reject:
            return annotation(id: id, motivation: "classifying", bodies: [textualBody(Self.rejectedValue, purpose: "classifying")],
                              target: target, record: record)
        case .link:
            return annotation(id: id, motivation: "linking", bodies: record.other.map { [Self.specificResource($0)] } ?? [],
                              target: target, record: record)
        case .unlink:
            let other = record.other.map { [Self.specificResource($0)] } ?? []
            return annotation(id: id, motivation: "assessing",
                              bodies: [textualBody(Self.unlinkedValue, purpose: "assessing")] + other, target: target,
                              record: record)
        }
    }

    private func annotation(id: String, motivation: String, bodies: [JSONValue], target: JSONValue,
                            record: CurationRecord?) -> JSONValue {
        annotation(id: id, motivation: motivation, bodies: bodies, target: target, created: record?.created,
                   modified: record?.modified)
    }

    private func annotation(id: String, motivation: String, bodies: [JSONValue], target: JSONValue,
                            created: Timestamp?, modified: Timestamp?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("@context", .string(W3CIdentifiers.context)),
            ("id", .string(id)),
            ("type", .string("Annotation")),
            ("motivation", .string(motivation)),
        ]
        if let created { members.append(("created", .string(created.rawValue))) }
        if let modified { members.append(("modified", .string(modified.rawValue))) }
        if bodies.count == 1 { members.append(("body", bodies[0])) }
        if bodies.count > 1 { members.append(("body", .array(bodies))) }
        members.append(("target", target))
        return .object(members)
    }

    private func textualBody(_ value: String, purpose: String) -> JSONValue {
        .object([("type", .string("TextualBody")), ("purpose", .string(purpose)), ("value", .string(value)),
                 ("format", .string("text/plain"))])
    }

    private func resource(of argument: Argument) -> JSONValue? {
        guard let article = articles.first(where: { $0.id == argument.articleID }) else { return nil }
        return Self.specificResource(TextTarget(article: article, range: argument.range))
    }

    static func specificResource(_ target: TextTarget) -> JSONValue {
        let format = ["md", "markdown"].contains((target.article.file as NSString).pathExtension.lowercased())
            ? "text/markdown" : "text/plain"
        var selectors: [JSONValue] = [
            .object([("type", .string("TextQuoteSelector")), ("exact", .string(target.quote.exact)),
                     ("prefix", .string(target.quote.prefix)), ("suffix", .string(target.quote.suffix))]),
        ]
        // An imported annotation that never had a position (and was not found) has none to give.
        if target.position.start >= 0 {
            selectors.append(.object([("type", .string("TextPositionSelector")), ("start", .int(target.position.start)),
                                      ("end", .int(target.position.end))]))
        }
        return .object([
            ("type", .string("SpecificResource")),
            ("source", .object([("id", .string(W3CIdentifiers.articleIRI(target.article))), ("type", .string("Text")),
                                ("format", .string(format))])),
            ("selector", .array(selectors)),
        ])
    }
}
