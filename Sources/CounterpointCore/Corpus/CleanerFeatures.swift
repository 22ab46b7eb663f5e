/// What the classifier knows about one paragraph, measured once over its visible text.
struct ParagraphFeatures {
    var words = 0
    /// Hashes of every word, in order (for repetition and pull-quote matching).
    var wordHashes: [UInt64] = []
    /// Hashes of the words that can carry topic (see `WordToken.isContentWord(stopword:)`).
    var contentHashes: [UInt64] = []
    var letters = 0
    var visibleLength = 0
    var lineCount = 1
    var endsWithPeriod = false
    var endsWithQuestion = false
    var endsWithExclamation = false
    var endsWithEllipsis = false
    /// Ends in "," ";" or a dash: the line stops mid-sentence.
    var endsMidSentence = false
    var startsLowercase = false
    /// Starts with a dash, an opening bracket, an ellipsis or lowercase: continues something.
    var startsAsContinuation = false
    var startsWithQuoteMark = false
    /// Share of capitalised words among words that are not function words (title case ≈ 1).
    var capitalizedShare = 0.0
    var isAllCaps = false
    /// "I", "me", "my", "you", "your"… outside quotation marks: a person talking to people.
    var personalPronouns = 0
    /// "we", "our", lowercase "us" outside quotation marks.
    var pluralPronouns = 0
    var informalWords = 0
    var isURL = false
    /// Starts with ">": an e-mail or forum style quote of someone else.
    var isQuoteReply = false
    var hasQuestionAnswerPrefix = false
    /// "Yves here." / "Lambert here:": a blog host introducing a cross-post.
    var opensWithHostIntroduction = false
    /// "By Linggong Kong, …": "By", a name of two to four capitalised words, then the end or a separator.
    var opensWithByName = false
    /// "March 3, 2025 at 10:15 am", "Facebook Twitter Email": only dates, times and share buttons.
    var isDateOrShareLine = false
    /// Lowercased visible text with apostrophes folded and spaces collapsed, for short paragraphs only.
    var lowerText: CueText?
    /// The same for the first 60 visible scalars of any paragraph.
    var lowerPrefix = CueText(bytes: [])

    var endsWithTerminal: Bool { endsWithPeriod || endsWithQuestion || endsWithExclamation || endsWithEllipsis }

    static let shortTextWords = 40

    init() {}

    init(_ paragraph: Paragraph, source: SourceText, edits: DisplayEdits) {
        let text = VisibleScalars(source: source, range: paragraph.range, edits: edits)
        let tokens = WordTokenizer.tokens(text)
        lineCount = paragraph.lineCount
        visibleLength = text.count
        words = tokens.count
        wordHashes.reserveCapacity(tokens.count)
        var contentWords = 0
        var capitalized = 0
        var allCaps = tokens.isEmpty ? false : true
        var dateOrShareWords = 0
        for token in tokens {
            let flags = Lexicon.flags(token.hash)
            let isStopword = flags & Lexicon.stopword != 0
            wordHashes.append(token.hash)
            letters += token.letters
            if token.isContentWord(stopword: isStopword) { contentHashes.append(token.hash) }
            if token.letters > 0 && !token.isAllCaps && token.letters >= 2 { allCaps = false }
            if token.letters >= 2 && !isStopword {
                contentWords += 1
                if token.isCapitalized { capitalized += 1 }
            }
            if token.hasDigit || flags & Lexicon.dateOrShare != 0 { dateOrShareWords += 1 }
            if !token.insideQuotes { countVoice(token, flags) }
        }
        isAllCaps = allCaps && letters >= 3
        capitalizedShare = contentWords == 0 ? 0 : Double(capitalized) / Double(contentWords)
        measureEdges(text)
        if tokens.count >= 2, tokens[0].isCapitalized, tokens[1].hash == ParagraphFeatures.here,
           tokens[1].end < text.count, [".", ":", ",", "!"].contains(text[tokens[1].end]) {
            opensWithHostIntroduction = true
        }
        opensWithByName = ParagraphFeatures.opensWithByName(tokens, text)
        isDateOrShareLine = !tokens.isEmpty && tokens.count <= 10 && dateOrShareWords == tokens.count
        lowerPrefix = ParagraphFeatures.lowered(text, limit: 60)
        if words <= ParagraphFeatures.shortTextWords { lowerText = ParagraphFeatures.lowered(text, limit: text.count) }
        isURL = (lowerPrefix.hasPrefix("http://") || lowerPrefix.hasPrefix("https://") || lowerPrefix.hasPrefix("www."))
            && !lowerPrefix.contains(byte: 0x20)
        hasQuestionAnswerPrefix = lowerPrefix.hasPrefix("q:") || lowerPrefix.hasPrefix("a:")
            || lowerPrefix.hasPrefix("q.") && words > 2 || lowerPrefix.hasPrefix("question:") || lowerPrefix.hasPrefix("answer:")
    }

    private mutating func countVoice(_ token: WordToken, _ flags: UInt8) {
        if token.letters == 1 {
            if token.isCapitalized && token.hash == ParagraphFeatures.pronounI { personalPronouns += 1 }
            return
        }
        if flags & Lexicon.personal != 0 {
            personalPronouns += 1
        } else if flags & Lexicon.plural != 0 && !token.isAllCaps {
            pluralPronouns += 1
        } else if flags & Lexicon.informal != 0 {
            informalWords += 1
        }
    }

    private mutating func measureEdges(_ text: VisibleScalars) {
        guard text.count > 0 else { return }
        var first = 0
        while first < text.count && ScalarClass.isSpace(text[first]) { first += 1 }
        if first < text.count {
            let scalar = text[first]
            isQuoteReply = scalar == ">"
            startsWithQuoteMark = scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{2018}" || scalar == "'" || scalar == "\u{AB}"
            startsAsContinuation = ScalarClass.isDash(scalar) || scalar == "(" || scalar == "\u{2026}" || scalar == "["
            var letter = first
            while letter < text.count && !ScalarClass.isWordScalar(text[letter]) && letter - first < 4 { letter += 1 }
            if letter < text.count && ScalarClass.isLowercase(text[letter]) {
                startsLowercase = true
                startsAsContinuation = true
            }
        }
        var last = text.count - 1
        while last > 0 && (ScalarClass.isSpace(text[last]) || ScalarClass.isCloser(text[last])) { last -= 1 }
        switch text[last] {
        case ".":
            if last >= 2 && text[last - 1] == "." && text[last - 2] == "." { endsWithEllipsis = true } else { endsWithPeriod = true }
        case "?", "\u{FF1F}": endsWithQuestion = true
        case "!", "\u{FF01}": endsWithExclamation = true
        case "\u{2026}": endsWithEllipsis = true
        case ",", ";": endsMidSentence = true
        default: endsMidSentence = ScalarClass.isDash(text[last])
        }
    }

    private static func opensWithByName(_ tokens: [WordToken], _ text: VisibleScalars) -> Bool {
        guard tokens.count >= 3, tokens[0].hash == by, tokens[0].isCapitalized else { return false }
        var last = 0
        while last + 1 < tokens.count && last < 4 && tokens[last + 1].isCapitalized { last += 1 }
        guard last >= 2 else { return false }
        if last + 1 < tokens.count && tokens[last + 1].hash == and { return true }
        var index = tokens[last].end
        while index < text.count && text[index] == " " { index += 1 }
        guard index < text.count else { return true }
        switch text[index] {
        case ",", "|", "/", "(", "\u{B7}", "\u{2022}": return true
        default: return ScalarClass.isDash(text[index])
        }
    }

    /// Lowercased, apostrophes folded, whitespace collapsed to single spaces.
    static func lowered(_ text: VisibleScalars, limit: Int) -> CueText {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, text.count) + 8)
        var pendingSpace = false
        for index in 0..<min(limit, text.count) {
            let scalar = text[index]
            if ScalarClass.isSpace(scalar) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace { bytes.append(0x20) }
            pendingSpace = false
            let lowered = Unicode.Scalar(ScalarClass.lowercaseValue(scalar)) ?? scalar
            bytes.append(contentsOf: UTF8.encode(lowered)!)
        }
        return CueText(bytes: bytes)
    }

    static let here = WordHash.of("here")
    static let by = WordHash.of("by")
    static let and = WordHash.of("and")
    static let pronounI = WordHash.of("i")
}
