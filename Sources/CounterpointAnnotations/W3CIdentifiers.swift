import CounterpointCore
import Foundation

/// The IRIs an export uses: annotation ids, and the stable name of an article version.
public enum W3CIdentifiers {
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    static let articlePrefix = "urn:counterpoint:article:"
    /// Annotations derived from analysis (not user records) live under this prefix; import skips them.
    static let derivedPrefix = "urn:counterpoint:"

    public static func annotationID(_ id: UUID) -> String { "urn:uuid:" + id.uuidString.lowercased() }

    /// `urn:uuid:…` → the UUID; nil for any other id.
    public static func uuid(fromAnnotationID id: String) -> UUID? {
        guard id.lowercased().hasPrefix("urn:uuid:") else { return nil }
        return UUID(uuidString: String(id.dropFirst("urn:uuid:".count)))
    }

    /// `urn:counterpoint:article:<file, percent-encoded>;sha256=<hash>`: names the article file and
    /// the exact text version, the same on every machine (a file: URL would not be).
    public static func articleIRI(_ key: ArticleKey) -> String {
        articlePrefix + percentEncode(key.file) + ";sha256=" + key.contentHash
    }

    /// The article key of an export's source IRI; for other IRIs, the last path segment as the file
    /// name and an unknown (empty) hash, so the article is found by name and then by quote.
    public static func articleKey(fromSource iri: String) -> ArticleKey {
        if iri.hasPrefix(articlePrefix) {
            let rest = iri.dropFirst(articlePrefix.count)
            let parts = rest.components(separatedBy: ";sha256=")
            let file = parts[0].removingPercentEncoding ?? parts[0]
            return ArticleKey(file: file, contentHash: parts.count > 1 ? parts[1] : "")
        }
        var path = iri
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<cut]) }
        let last = path.split(separator: "/").last.map(String.init) ?? path
        return ArticleKey(file: last.removingPercentEncoding ?? last, contentHash: "")
    }

    static func derivedID(_ kind: String, _ parts: String...) -> String {
        derivedPrefix + kind + ":" + parts.map(percentEncode).joined(separator: ":")
    }

    /// A UUID that is always the same for the same text (SHA-256 based, version 5 layout): an
    /// imported annotation with a foreign id gets the same note id every time it is imported.
    public static func nameUUID(_ name: String) -> UUID {
        var bytes = Array(SHA256.digest(Array(("counterpoint:" + name).utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    static func percentEncode(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
