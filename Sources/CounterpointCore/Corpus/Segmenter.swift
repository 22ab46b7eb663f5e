/// Splits a block's raw range into sentences. (First version: terminal punctuation then a capital.)
public enum Segmenter {
    public static func sentences(in source: SourceText, range: TextRange, edits: inout DisplayEdits) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = range.start
        var index = range.start
        while index < range.end {
            let scalar = source[index]
            if scalar == "." || scalar == "?" || scalar == "!" {
                var next = index + 1
                while next < range.end, source[next] == " " { next += 1 }
                if next < range.end, next > index + 1, source[next].properties.isUppercase {
                    sentences.append(Sentence(range: Cleaner.trim(TextRange(start, index + 1), in: source)))
                    start = next
                }
            }
            index += 1
        }
        let last = Cleaner.trim(TextRange(start, range.end), in: source)
        if !last.isEmpty { sentences.append(Sentence(range: last)) }
        return sentences
    }
}
