/// Lowercased UTF-8 bytes of a short text, for matching cue phrases. Byte search keeps cue
/// matching in the standard library (Foundation's `String.contains` dominated the profile).
struct CueText: Hashable, Sendable, ExpressibleByStringLiteral {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }
    init(_ text: String) { bytes = Array(text.utf8) }
    init(stringLiteral value: String) { self.init(value) }

    var isEmpty: Bool { bytes.isEmpty }

    func hasPrefix(_ prefix: CueText) -> Bool {
        prefix.bytes.count <= bytes.count && bytes[..<prefix.bytes.count].elementsEqual(prefix.bytes)
    }

    func contains(_ needle: CueText) -> Bool {
        guard !needle.bytes.isEmpty else { return true }
        guard needle.bytes.count <= bytes.count else { return false }
        // Raw buffers: this runs for every short paragraph against every cue, in debug builds too.
        return bytes.withUnsafeBufferPointer { haystack in
            needle.bytes.withUnsafeBufferPointer { pattern in
                let first = pattern[0]
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < pattern.count && haystack[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    func contains(byte: UInt8) -> Bool { bytes.contains(byte) }

    /// Without trailing spaces and the punctuation that ends a label ("Related:", "Loading…").
    func trimmingTrailingPunctuation() -> CueText {
        var end = bytes.count
        while end > 0, [0x20, 0x3A, 0x2E, 0x21, 0x3E].contains(bytes[end - 1]) { end -= 1 }   // space : . ! >
        return CueText(bytes: Array(bytes[..<end]))
    }
}
