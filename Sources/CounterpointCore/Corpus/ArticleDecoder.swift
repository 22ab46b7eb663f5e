/// Why a file could not be read as an article.
public enum DecodeFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case invalidUTF8(byteOffset: Int)
    case containsNUL(byteOffset: Int)

    public var description: String {
        switch self {
        case .empty: return "file is empty"
        case .invalidUTF8(let offset): return "not valid UTF-8 at byte \(offset)"
        case .containsNUL(let offset): return "contains a NUL byte at byte \(offset)"
        }
    }
}

/// Turns a file's bytes into article text: strict UTF-8, BOM removed, nothing else touched.
public enum ArticleDecoder {
    public static func decode(_ bytes: [UInt8]) -> Result<String, DecodeFailure> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let bomLength = bytes.count - body.count
        if let nul = body.firstIndex(of: 0) { return .failure(.containsNUL(byteOffset: nul)) }
        if let bad = firstInvalidUTF8Offset(body) { return .failure(.invalidUTF8(byteOffset: bad + bomLength)) }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ DisplayTextWhitespace.isBlank($0) }) { return .failure(.empty) }
        return .success(text)
    }

    /// Offset within `bytes` of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        // Track byte positions by re-decoding each scalar's length.
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                let length = UTF8.width(scalar)
                offset += length
                consumed = offset
            case .emptyInput:
                return nil
            case .error:
                return findErrorByteScan(bytes, from: consumed)
            }
        }
    }

    /// Exact offset of the first malformed sequence at or after `from` (the decoder's error does not say).
    private static func findErrorByteScan(_ bytes: ArraySlice<UInt8>, from: Int) -> Int {
        let base = bytes.startIndex
        var index = from
        while index < bytes.count {
            let lead = bytes[base + index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            var slice: [UInt8] = []
            for j in 0..<length { slice.append(bytes[base + index + j]) }
            var it = slice.makeIterator()
            var decoder = UTF8()
            guard case .scalarValue = decoder.decode(&it) else { return index }
            index += length
        }
        return from
    }
}

enum DisplayTextWhitespace {
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}
