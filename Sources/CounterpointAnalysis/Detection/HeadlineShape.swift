/// A headline left in the body by a scrape: "Can Donald Trump Pull Off a 'Reverse Kissinger'?"
/// glued to the first paragraph, or "Why Trump probably can't pull off a 'reverse Nixon'" alone
/// on its line. A headline states the question, it does not argue it, so it is never an argument.
enum HeadlineShape {
    /// Words of at least this many letters decide whether a sentence is in Title Case (short
    /// words such as "a", "of", "the" stay lower case in titles).
    static let significantLength = 4

    static func matches(_ tokens: [Token], aloneInBlock: Bool) -> Bool {
        let last = tokens.last { !($0.isPunctuation && $0.lower == Token.quoteMark) }?.lower
        // Names fill a sentence with capitals too ("Russian President Vladimir Putin and Chinese
        // President Xi Jinping met."), but prose ends with a full stop and a title does not. Most
        // sentences end so, and leave here without another look at their words.
        guard last != "." else { return false }
        let words = tokens.filter(\.isWord)
        guard !words.isEmpty else { return false }
        if isTitleCase(words) { return true }
        // Alone on its line, short, and without the punctuation a sentence of prose ends with.
        let terminated = last.map { [".", "!", "?", ":", ";"].contains($0) } ?? false
        return aloneInBlock && !terminated && words.count <= 15
    }

    /// Most significant words capitalised, beyond the first.
    static func isTitleCase(_ words: [Token]) -> Bool {
        let significant = words.dropFirst().filter { $0.lower.count >= significantLength }
        guard significant.count >= 4 else { return false }
        let capitalised = significant.filter(\.isCapitalized).count
        return Double(capitalised) >= 0.75 * Double(significant.count)
    }
}
