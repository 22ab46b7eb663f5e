import CounterpointCore
import Testing
@testable import CounterpointAnalysis

@Suite struct TokenizerTests {
    @Test func contractionsBecomeANegation() {
        var tokenizer = Tokenizer()
        let words = tokenizer.tokens(of: "Moscow won't and can't, it cannot; Beijing doesn't.").filter(\.isWord).map(\.lower)
        #expect(words == ["moscow", "will", "not", "and", "can", "not", "it", "can", "not", "beijing", "does", "not"])
    }

    @Test func dottedAbbreviationIsOneCapitalisedWord() {
        var tokenizer = Tokenizer()
        let tokens = tokenizer.tokens(of: "The U.S.-Russian thaw and us.")
        let abbreviation = try! #require(tokens.first { $0.lower == "us" })
        #expect(abbreviation.isAllCaps)
        #expect(tokens.last { $0.lower == "us" }?.isAllCaps == false)
        #expect(tokens.contains { $0.lower == "russian" })
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        var tokenizer = Tokenizer()
        // "🇺🇸" is two scalars and "é" one, so "Kremlin" starts at scalar 8 (it is character 7).
        let text = "🇺🇸 café Kremlin"
        let tokens = tokenizer.tokens(of: text)
        let kremlin = try! #require(tokens.first { $0.lower == "kremlin" })
        #expect(kremlin.start == 8)
        #expect(kremlin.end == 15)
        #expect(tokens.first { $0.lower == "cafe" } != nil, "diacritics fold")
    }

    @Test func stemsMeetAcrossInflections() {
        #expect(InflectionStemmer.stem("deepened") == InflectionStemmer.stem("deepening"))
        #expect(InflectionStemmer.stem("countries") == InflectionStemmer.stem("country"))
        #expect(InflectionStemmer.stem("ties") == "tie")
        #expect(InflectionStemmer.stem("unlikely") != InflectionStemmer.stem("unlike"))
        #expect(InflectionStemmer.stem("this") == "this")
        // A silent final "e" goes, so the bare word meets its inflections; short words keep it.
        #expect(InflectionStemmer.stem("undermine") == InflectionStemmer.stem("undermining"))
        #expect(InflectionStemmer.stem("welcome") == InflectionStemmer.stem("welcomed"))
        #expect(InflectionStemmer.stem("create") == InflectionStemmer.stem("creating"))
        #expect(InflectionStemmer.stem("make") == "make")
        #expect(InflectionStemmer.stem("hoping") == "hope")
    }

    @Test func quotesAreTracked() {
        var tokenizer = Tokenizer()
        let tokens = tokenizer.tokens(of: "He said “we will stay” today.")
        #expect(tokens.first { $0.lower == "stay" }?.inQuote == true)
        #expect(tokens.first { $0.lower == "today" }?.inQuote == false)
    }
}

@Suite struct LexiconTests {
    @Test func gapPatternsAndCapitalsOnlyAliases() {
        var lexicon = Lexicon()
        var tokenizer = Tokenizer()
        lexicon.add(["pull * away"], role: .topic, tokenizer: &tokenizer)
        lexicon.add(["US"], role: .party(0), tokenizer: &tokenizer)
        let matches = lexicon.matches(in: tokenizer.tokens(of: "Let us pull Moscow and Minsk away, says the US."))
        #expect(matches.filter { $0.roles == [.topic] }.count == 1)
        #expect(matches.filter { $0.roles == [.party(0)] }.count == 1, "lowercase “us” is not the United States")
    }

    @Test func longerPhraseHidesTheShorterOneInside() {
        var lexicon = Lexicon()
        var tokenizer = Tokenizer()
        lexicon.add(["not"], role: .negator, tokenizer: &tokenizer)
        lexicon.add(["not only"], role: .neutral, tokenizer: &tokenizer)
        let matches = lexicon.matches(in: tokenizer.tokens(of: "Not only is it true, it is not false."))
        #expect(matches.filter { $0.roles == [.negator] }.count == 1)
    }

    @Test func anEqualsSignMatchesTheExactFormOnly() {
        var lexicon = Lexicon()
        var tokenizer = Tokenizer()
        lexicon.add(["=backs", "=backing"], role: .event(0), tokenizer: &tokenizer)
        let backed = lexicon.matches(in: tokenizer.tokens(of: "Beijing backs Moscow, and its backing is loud."))
        #expect(backed.map(\.info.text) == ["backs", "backing"], "shown as written, without the sign")
        let adverbs = lexicon.matches(in: tokenizer.tokens(of: "Moscow pushed back and stepped back; back then it was the same."))
        #expect(adverbs.isEmpty, "the stem of “backs” is also the adverb “back”")
    }
}
