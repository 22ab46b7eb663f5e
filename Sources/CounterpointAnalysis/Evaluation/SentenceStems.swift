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

    /// Sets each sentence's word evidence from `words`, as the tokenizer of an analyzer with
    /// those weights would have (which keeps them as `Float`).
    func apply(_ words: [String: Double], to sentences: inout [ReadSentence], articleID: String) {
        let stems = self.stems(articleID)
        for index in sentences.indices {
            sentences[index].wordEvidence = index < stems.count ? stems[index].reduce(0) { $0 + Double(Float(words[$1] ?? 0)) } : 0
        }
    }
}
