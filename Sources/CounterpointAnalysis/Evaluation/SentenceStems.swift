import CounterpointCore

/// The distinct word stems of every read sentence of the measured articles: what word weights are
/// fitted on, and how one fold's weights are applied to sentences already read.
struct SentenceStems {
    /// Article id → per read sentence, its distinct stems in order of first use.
    private var byArticle: [String: [[String]]] = [:]

    init(articles: [Article], read: [String: [ReadSentence]], tokenizer: inout Tokenizer) {
        for article in articles {
            byArticle[article.id] = (read[article.id] ?? []).map { sentence in
                var stems: [String] = []
                for token in tokenizer.tokens(in: article.source, range: sentence.range) where token.isWord {
                    let stem = tokenizer.wordInfo(token.lower).stem
                    if !stems.contains(stem) { stems.append(stem) }
                }
                return stems
            }
        }
    }

    func stems(_ articleID: String) -> [[String]] { byArticle[articleID] ?? [] }

    /// Sets each sentence's word evidence and theme words from `parameters`, as the tokenizer of an
    /// analyzer with those parameters would have (which keeps weights as `Float`).
    func apply(_ parameters: DetectorParameters, themeIDs: [String], to sentences: inout [ReadSentence], articleID: String) {
        let stems = self.stems(articleID)
        let words = parameters.words
        let themeRows = parameters.themes?.wordRows(themeIDs: themeIDs) ?? [:]
        for index in sentences.indices {
            let sentenceStems = index < stems.count ? stems[index] : []
            sentences[index].wordEvidence = sentenceStems.reduce(0) { $0 + Double(Float(words[$1] ?? 0)) }
            var sums: [Double] = []
            for stem in sentenceStems {
                if let row = themeRows[stem] { ThemeModel.add(row, to: &sums) }
            }
            sentences[index].themeWords = sums
        }
    }
}
