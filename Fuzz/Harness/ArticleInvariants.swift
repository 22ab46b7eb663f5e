import CounterpointCore

/// Structural promises the cleaner and segmenter make to the rest of the program. The reader,
/// the analyzer and the annotation anchoring index raw text by these ranges, so a range outside
/// the text or out of order is a crash or a wrong highlight somewhere downstream.
enum ArticleInvariants {
    static func problems(in article: Article) -> [String] {
        var problems: [String] = []
        let count = article.source.count
        var previousBlockEnd = 0
        for (index, block) in article.blocks.enumerated() {
            let place = "block \(index) \(block.range)"
            if block.range.start < previousBlockEnd { problems.append("\(place) starts before the previous block ends (\(previousBlockEnd))") }
            if block.range.end > count { problems.append("\(place) ends after the text (\(count) scalars)") }
            if block.range.isEmpty { problems.append("\(place) is empty") }
            if block.sentences.isEmpty { problems.append("\(place) has no sentences") }
            previousBlockEnd = max(previousBlockEnd, block.range.end)

            var previousSentenceEnd = block.range.start
            for (sentenceIndex, sentence) in block.sentences.enumerated() {
                let sentencePlace = "\(place) sentence \(sentenceIndex) \(sentence.range)"
                if !block.range.contains(sentence.range) { problems.append("\(sentencePlace) lies outside its block") }
                if sentence.range.start < previousSentenceEnd { problems.append("\(sentencePlace) overlaps the previous sentence") }
                if sentence.range.isEmpty { problems.append("\(sentencePlace) is empty") }
                previousSentenceEnd = max(previousSentenceEnd, sentence.range.end)
                problems += displayProblems(article, sentence.range, place: sentencePlace)
            }
            problems += displayProblems(article, block.range, place: place)
        }
        for hidden in article.displayEdits.hidden where hidden.end > count {
            problems.append("hidden range \(hidden) ends after the text (\(count) scalars)")
        }
        if article.title.isEmpty { problems.append("article has an empty title") }
        return problems
    }

    /// Display offsets map each shown scalar back to the raw text; the reader's cursor and note
    /// anchoring rely on them staying inside the range and never going backwards.
    private static func displayProblems(_ article: Article, _ range: TextRange, place: String) -> [String] {
        let display = article.displayText(range)
        guard display.scalars.count == display.offsets.count else {
            return ["\(place): display has \(display.scalars.count) scalars but \(display.offsets.count) offsets"]
        }
        var previous = range.start
        for offset in display.offsets {
            // A collapsed or inserted space carries the offset of the next raw scalar, which may be the range end.
            if offset < previous || offset > range.end {
                return ["\(place): display offset \(offset) out of order or outside the range"]
            }
            previous = offset
        }
        _ = TextWrap.wrap(display.text, width: 40)
        return []
    }
}
