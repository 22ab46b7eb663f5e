import Testing
@testable import CounterpointCore

/// Sentence segmentation on constructed cases, one per rule.
@Suite struct SegmenterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var expected: [String]
        var testDescription: String { String(text.prefix(40)) }
    }

    static let cases: [Case] = [
        // abbreviations
        Case(text: "The U.S. and the U.N. met. The U.K. did not.", expected: ["The U.S. and the U.N. met.", "The U.K. did not."]),
        Case(text: "Talks began on Feb. 18 in Riyadh. Trump took office on Jan. 20, 2025.",
             expected: ["Talks began on Feb. 18 in Riyadh.", "Trump took office on Jan. 20, 2025."]),
        Case(text: "Mr. Smith met Mrs. Jones and Dr. Brown. Prof. Lee stayed home.",
             expected: ["Mr. Smith met Mrs. Jones and Dr. Brown.", "Prof. Lee stayed home."]),
        Case(text: "He moved to St. Petersburg in Oct. 2021. It was cold.",
             expected: ["He moved to St. Petersburg in Oct. 2021.", "It was cold."]),
        Case(text: "Sanctions, tariffs, etc. are tools. They bought oil, gas, etc. The trade grew.",
             expected: ["Sanctions, tariffs, etc. are tools.", "They bought oil, gas, etc.", "The trade grew."]),
        Case(text: "Some allies, e.g. Japan, agreed, i.e. most of Asia. Others did not.",
             expected: ["Some allies, e.g. Japan, agreed, i.e. most of Asia.", "Others did not."]),
        Case(text: "It is Russia vs. China now. Not before.", expected: ["It is Russia vs. China now.", "Not before."]),
        Case(text: "She holds a Ph.D. Candidate papers follow. See No. 5 for details.",
             expected: ["She holds a Ph.D. Candidate papers follow.", "See No. 5 for details."]),
        Case(text: "The talks ended at 5 p.m. The statement came later.",
             expected: ["The talks ended at 5 p.m.", "The statement came later."]),
        Case(text: "He lives in the U.S. The rest of his family does not.",
             expected: ["He lives in the U.S.", "The rest of his family does not."]),
        Case(text: "U.S. President Donald Trump spoke. U.S.-China ties are strained.",
             expected: ["U.S. President Donald Trump spoke.", "U.S.-China ties are strained."]),
        // initials
        Case(text: "J. D. Vance spoke first. JD Vance spoke again. George W. Bush did not.",
             expected: ["J. D. Vance spoke first.", "JD Vance spoke again.", "George W. Bush did not."]),
        // numbers
        Case(text: "Trade reached $2.5 billion, up 3.5% on 1.5 times the 2019 level. It kept growing.",
             expected: ["Trade reached $2.5 billion, up 3.5% on 1.5 times the 2019 level.", "It kept growing."]),
        Case(text: "It grew in 2024. 15 countries joined.", expected: ["It grew in 2024.", "15 countries joined."]),
        // closing quotes and brackets
        Case(text: "He said, \"It is over.\" Then he left.", expected: ["He said, \"It is over.\"", "Then he left."]),
        Case(text: "She called it “a farce.” Nobody laughed.", expected: ["She called it “a farce.”", "Nobody laughed."]),
        Case(text: "(This is an aside.) The main text goes on.", expected: ["(This is an aside.)", "The main text goes on."]),
        Case(text: "“Is it right?” he asked. “Yes!” she said.", expected: ["“Is it right?” he asked.", "“Yes!” she said."]),
        // ellipses
        Case(text: "The relations have... unique value. Then... Nothing happened.",
             expected: ["The relations have... unique value.", "Then...", "Nothing happened."]),
        Case(text: "He paused… then went on. Wait… What?", expected: ["He paused… then went on.", "Wait…", "What?"]),
        Case(text: "“As a student of history, which I am . . . .” Sayeth Trump.",
             expected: ["“As a student of history, which I am . . . .”", "Sayeth Trump."]),
        // dashes
        Case(text: "The war –- and his policy – is a sign of weakness. Another — shorter — one.",
             expected: ["The war –- and his policy – is a sign of weakness.", "Another — shorter — one."]),
        Case(text: "A “reverse Kissinger”—pulling Russia closer—is tempting. It will fail.",
             expected: ["A “reverse Kissinger”—pulling Russia closer—is tempting.", "It will fail."]),
        // question and exclamation marks
        Case(text: "Did you know? Russia relies on China! Really?! Yes.",
             expected: ["Did you know?", "Russia relies on China!", "Really?!", "Yes."]),
        // list bullets
        Case(text: "• First point here. • Second point here.", expected: ["First point here.", "Second point here."]),
        Case(text: "1. China to strengthen ties with neighbours, Xi says.", expected: ["China to strengthen ties with neighbours, Xi says."]),
        Case(text: "- A dash bullet item.", expected: ["A dash bullet item."]),
        Case(text: "> Russia in former Soviet satellite states,", expected: ["Russia in former Soviet satellite states,"]),
        // glued sentences
        Case(text: "interests of America.As a staunch supporter, Rubio agreed.",
             expected: ["interests of America.", "As a staunch supporter, Rubio agreed."]),
        Case(text: "the \"exclusive Western blocs.\"However, experts differ.",
             expected: ["the \"exclusive Western blocs.\"", "However, experts differ."]),
        Case(text: "Is it over?Yes it is.", expected: ["Is it over?", "Yes it is."]),
        Case(text: "See example.com and node.js for details. Visit www.Example.com/About.Page today.",
             expected: ["See example.com and node.js for details.", "Visit www.Example.com/About.Page today."]),
        Case(text: "He has a Ph.D. from the U.S.A. and a B.A. in history.",
             expected: ["He has a Ph.D. from the U.S.A. and a B.A. in history."]),
        // whitespace
        Case(text: "  Leading and trailing.   Spaces everywhere.  ", expected: ["Leading and trailing.", "Spaces everywhere."]),
        Case(text: "No terminal punctuation at all", expected: ["No terminal punctuation at all"]),
    ]

    @Test(arguments: cases)
    func segments(_ example: Case) {
        #expect(TestSupport.sentences(example.text) == example.expected)
    }

    @Test func gluedSentenceGetsADisplaySpaceButKeepsRawRanges() {
        let text = "of America.As a staunch supporter."
        let source = SourceText(text)
        var edits = DisplayEdits()
        let sentences = Segmenter.sentences(in: source, range: TextRange(0, source.count), edits: &edits)
        #expect(sentences.map(\.range) == [TextRange(0, 11), TextRange(11, 34)])
        #expect(DisplayText(source: source, range: TextRange(0, source.count), edits: edits).text
                == "of America. As a staunch supporter.")
    }

    @Test func commaGluedToAWordDisplaysWithASpace() {
        let source = SourceText("since the fall of the Soviet Union,have increasingly shared goals. 1,000 stays.")
        var edits = DisplayEdits()
        _ = Segmenter.sentences(in: source, range: TextRange(0, source.count), edits: &edits)
        #expect(DisplayText(source: source, range: TextRange(0, source.count), edits: edits).text
                == "since the fall of the Soviet Union, have increasingly shared goals. 1,000 stays.")
    }

    @Test func sentencesNeverIncludeSurroundingWhitespace() {
        let source = SourceText("  One.\n Two?  Three!  ")
        var edits = DisplayEdits()
        for sentence in Segmenter.sentences(in: source, range: TextRange(0, source.count), edits: &edits) {
            #expect(!source[sentence.range.start].properties.isWhitespace)
            #expect(!source[sentence.range.end - 1].properties.isWhitespace)
        }
    }

    @Test func positionsAreUnicodeScalarOffsets() {
        // "é" as e + combining accent is two scalars, one grapheme; the family emoji is seven scalars.
        let text = "Cafe\u{301} 👨‍👩‍👧‍👦 opened. It closed."
        let source = SourceText(text)
        var edits = DisplayEdits()
        let sentences = Segmenter.sentences(in: source, range: TextRange(0, source.count), edits: &edits)
        #expect(sentences.count == 2)
        #expect(source.slice(sentences[1].range) == "It closed.")
        #expect(sentences[1].range.end == text.unicodeScalars.count)
    }
}
