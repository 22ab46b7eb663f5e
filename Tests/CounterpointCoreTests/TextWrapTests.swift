import Testing
@testable import CounterpointCore

@Suite struct TextWrapTests {
    @Test func wrapsAtWordsWithinTheWidth() {
        #expect(TextWrap.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        // Six CJK characters are twelve columns: a ten-column line holds five of them.
        let lines = TextWrap.wrap("中国和俄罗斯 ties", width: 10)
        #expect(lines == ["中国和俄罗", "斯 ties"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func combiningMarksTakeNoColumn() {
        let word = String(repeating: "e\u{301}", count: 8)
        #expect(TextWrap.wrap(word + " x", width: 10) == [word + " x"])
    }

    @Test func aWideCharacterIsNeverSplitAtTheEdge() {
        // Three columns: "a" plus one wide character fits, a second wide character moves down whole.
        #expect(TextWrap.wrap("a中文", width: 3) == ["a中", "文"])
    }

    @Test func emptyAndTinyWidths() {
        #expect(TextWrap.wrap("", width: 10) == [""])
        #expect(TextWrap.wrap("ab", width: 0) == ["a", "b"])
    }
}
