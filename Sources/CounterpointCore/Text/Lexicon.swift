/// What the cleaner knows about common words, one table lookup per word.
enum Lexicon {
    static let stopword: UInt8 = 1
    /// "I"-forms and "you"-forms: someone talking to someone.
    static let personal: UInt8 = 2
    /// "we", "our", "us".
    static let plural: UInt8 = 4
    /// Chat words: "yeah", "lol", "thanks".
    static let informal: UInt8 = 8
    /// Words of date lines and share-button rows.
    static let dateOrShare: UInt8 = 16

    static let personalWords = [
        "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "myself",
        "you", "your", "you're", "you'd", "you've", "you'll", "yours", "yourself", "yourselves",
    ]
    static let pluralWords = ["we", "we're", "we've", "we'd", "we'll", "our", "ours", "ourselves", "us"]
    static let informalWords = [
        "yep", "yeah", "yup", "nope", "lol", "lmao", "haha", "heh", "thanks", "thank", "btw", "imho", "imo", "wow",
        "hmm", "ugh", "oops", "okay", "ok", "meh", "cheers", "sheesh", "shhh", "shhhh", "ha", "gee", "omg", "duh",
    ]
    static let dateAndShareWords = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "pm", "a", "m", "p",
        "gmt", "utc", "est", "edt", "cet", "bst", "at", "on", "updated", "published", "posted", "ago", "minutes",
        "hours", "days", "min", "hr", "hrs", "facebook", "twitter", "linkedin", "email", "e", "mail", "whatsapp",
        "reddit", "pinterest", "telegram", "print", "share", "copy", "link", "bluesky", "threads", "mastodon",
        "tumblr", "flipboard", "messenger", "sms", "x",
    ]

    static let table: WordTable<UInt8> = {
        var table = WordTable<UInt8>(missing: 0, capacity: 512)
        for (words, flag) in [(Stopwords.words, stopword), (personalWords, personal), (pluralWords, plural),
                              (informalWords, informal), (dateAndShareWords, dateOrShare)] {
            for word in words {
                let hash = WordHash.of(word)
                table[hash] = table[hash] | flag
            }
        }
        return table
    }()

    @inline(__always) static func flags(_ hash: UInt64) -> UInt8 { table[hash] }

    @inline(__always) static func isStopword(_ hash: UInt64) -> Bool { table[hash] & stopword != 0 }
}
