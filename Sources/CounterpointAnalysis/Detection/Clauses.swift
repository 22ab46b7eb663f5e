/// A sentence cut into clauses, the reach of negation and evaluation, with each clause's weight.
struct Clauses {
    /// Clause number of each token.
    let index: [Int]
    /// Weight of each clause's evidence: a concessive clause ("While …,") and what comes before a
    /// contrast ("…, but …") count half, because the sentence argues what follows.
    let weight: [Double]
    /// Clauses that open with a concessive ("While …", "Although …"): what the sentence grants
    /// before making its point. (Not what precedes "but": "not only …, but" grants nothing.)
    let isGranted: [Bool]

    /// Commas around a parenthetical this short do not end the clause: "Putin, unsurprisingly, is".
    static let shortParenthetical = 3

    init(tokens: [Token], matches: [LexiconMatch]) {
        var index: [Int] = []
        index.reserveCapacity(tokens.count)
        var clause = 0
        var position = 0
        var contrastClauses: [Int] = []
        while position < tokens.count {
            let token = tokens[position]
            if let close = Clauses.asideEnd(tokens, at: position) {
                for _ in position...close { index.append(clause) }
                position = close + 1
                continue
            }
            if token.isClauseBreak {
                clause += 1
                if token.flags.contains(.contrast) { contrastClauses.append(clause) }
            }
            index.append(clause)
            position += 1
        }
        var weight = [Double](repeating: 1, count: clause + 1)
        var isGranted = [Bool](repeating: false, count: clause + 1)
        if let lastContrast = contrastClauses.last {
            for earlier in 0..<lastContrast { weight[earlier] = 0.5 }
        }
        for match in matches where match.roles.contains(.concessive) {
            let matchClause = index[match.start]
            let firstWord = tokens.indices.first { index[$0] == matchClause && tokens[$0].isWord }
            if firstWord == match.start {
                weight[matchClause] = 0.5
                isGranted[matchClause] = true
            }
        }
        self.index = index
        self.weight = weight
        self.isGranted = isGranted
    }

    subscript(token: Int) -> Int { index[token] }

    /// The end of a short parenthetical or dashed aside opening at `position`, if one does.
    private static func asideEnd(_ tokens: [Token], at position: Int) -> Int? {
        if tokens[position].lower == "," { return parentheticalEnd(tokens, after: position) }
        if dashes.contains(tokens[position].lower) { return dashedAsideEnd(tokens, after: position) }
        return nil
    }

    /// An aside between two dashes ("hopes of weaning Moscow away – the so-called 'reverse
    /// Kissinger' – are delusional") names what the clause is about; the clause runs on past it.
    static let dashes: Set<String> = ["–", "—"]
    static let dashedAside = 8

    /// The closing dash of "– words –" right after `dash`, if it comes within `dashedAside` words
    /// and nothing in between ends a clause.
    private static func dashedAsideEnd(_ tokens: [Token], after dash: Int) -> Int? {
        var position = dash + 1
        var words = 0
        while position < tokens.count, words <= dashedAside {
            let token = tokens[position]
            if dashes.contains(token.lower) { return words >= 1 ? position : nil }
            if token.isClauseBreak { return nil }
            if token.isWord { words += 1 }
            position += 1
        }
        return nil
    }

    /// The closing comma of ", word word," right after `comma`, if the words are few and plain.
    private static func parentheticalEnd(_ tokens: [Token], after comma: Int) -> Int? {
        var position = comma + 1
        var words = 0
        while position < tokens.count, tokens[position].isWord, !tokens[position].isClauseBreak {
            words += 1
            position += 1
        }
        guard words >= 1, words <= shortParenthetical, position < tokens.count, tokens[position].lower == "," else { return nil }
        return position
    }
}
