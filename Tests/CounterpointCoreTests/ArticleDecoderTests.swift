import Testing
@testable import CounterpointCore

@Suite struct ArticleDecoderTests {
    @Test func removesBOMOnly() throws {
        let text = try ArticleDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Héllo\r\nworld".utf8)).get()
        #expect(text == "Héllo\r\nworld")
        #expect(Array(text.unicodeScalars).count == 12)
    }

    @Test func reportsByteOffsetOfBadUTF8() {
        let bytes = Array("abc".utf8) + [0xC3, 0x28] + Array("def".utf8)
        #expect(ArticleDecoder.decode(bytes) == .failure(.invalidUTF8(byteOffset: 3)))
        #expect(ArticleDecoder.decode([0xEF, 0xBB, 0xBF, 0x41, 0xFF]) == .failure(.invalidUTF8(byteOffset: 4)))
        #expect(ArticleDecoder.decode(Array("é".utf8).dropLast().map { $0 }) == .failure(.invalidUTF8(byteOffset: 0)))
        // Overlong encoding and UTF-16 surrogates are not UTF-8.
        #expect(ArticleDecoder.decode([0x41, 0xC0, 0xAF]) == .failure(.invalidUTF8(byteOffset: 1)))
        #expect(ArticleDecoder.decode([0x41, 0x42, 0xED, 0xA0, 0x80]) == .failure(.invalidUTF8(byteOffset: 2)))
    }

    @Test func rejectsNULAndEmpty() {
        #expect(ArticleDecoder.decode(Array("ab".utf8) + [0] + Array("c".utf8)) == .failure(.containsNUL(byteOffset: 2)))
        #expect(ArticleDecoder.decode([]) == .failure(.empty))
        #expect(ArticleDecoder.decode(Array(" \n\r\n\t".utf8)) == .failure(.empty))
        #expect(ArticleDecoder.decode([0xEF, 0xBB, 0xBF]) == .failure(.empty))
    }
}
