/// English function words: not topic words, and (capitalised) the usual first words of a sentence.
enum Stopwords {
    static let words: [String] = [
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "always", "am",
        "among", "an", "and", "another", "any", "are", "around", "as", "at", "be", "because", "been", "before",
        "being", "below", "between", "both", "but", "by", "can", "cannot", "could", "despite", "did", "do", "does",
        "doing", "done", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his",
        "how", "however", "i", "if", "in", "indeed", "instead", "into", "is", "it", "its", "itself", "just", "last",
        "least", "less", "like", "made", "make", "many", "may", "me", "meanwhile", "might", "more", "moreover",
        "most", "much", "must", "my", "myself", "neither", "never", "no", "nor", "not", "now", "of", "off", "often",
        "on", "once", "one", "only", "or", "other", "others", "otherwise", "our", "ours", "ourselves", "out", "over",
        "own", "perhaps", "rather", "same", "say", "says", "said", "see", "seen", "several", "shall", "she",
        "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "therefore", "these", "they", "thing", "things", "this", "those", "though",
        "through", "thus", "to", "too", "toward", "towards", "under", "unless", "until", "up", "upon", "us", "very",
        "was", "we", "well", "were", "what", "whatever", "when", "where", "whereas", "whether", "which", "while",
        "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
        "yourself", "it's", "that's", "there's", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
        "won't", "wouldn't", "can't", "couldn't", "shouldn't", "i'm", "i've", "i'd", "i'll", "we're", "we've",
        "they're", "they've", "you're", "you've", "he's", "she's", "let's", "get", "gets", "got", "go", "goes",
        "going", "new", "two", "three", "first", "second", "next", "way", "ways", "lot", "yes", "okay",
        "according", "already", "anything", "everything", "nothing", "something", "someone", "anyone", "far",
    ]

    static func contains(_ hash: UInt64) -> Bool { Lexicon.isStopword(hash) }
}
