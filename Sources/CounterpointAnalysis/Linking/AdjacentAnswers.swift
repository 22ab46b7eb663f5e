/// The most explicit contradiction an article makes: an argument that opens with "However," or
/// "But", or rebuts ("there is no evidence for this"), right after an argument of the other side.
/// It answers that argument whatever words the two share, so the link does not wait for the
/// similarity linker to find it.
enum AdjacentAnswers {
    /// Sets `answers` on each argument that answers the one before it. `members[k]` are the
    /// sentence indices of `items[k]`, in text order.
    static func mark(_ items: inout [LinkableArgument], members: [[Int]], sentences: [ReadSentence]) {
        for index in items.indices.dropFirst() {
            guard let last = members[index - 1].last, let first = members[index].first, first == last + 1,
                  items[index].argument.stance != items[index - 1].argument.stance else { continue }
            let reading = sentences[first].reading
            let opensWithContrast = reading.tokens.first(where: \.isWord)?.flags.contains(.contrast) ?? false
            guard reading.isRebuttal || opensWithContrast else { continue }
            items[index].answers = items[index - 1].argument.id
        }
    }

    /// One link per answer, scored 1 (the text says so), while both ends are under `limit`;
    /// `degree` counts the links each argument already has and is updated.
    static func links(_ items: [LinkableArgument], degree: inout [String: Int], limit: Int, skip: Set<String>) -> [ContradictionLink] {
        var links: [ContradictionLink] = []
        for item in items {
            guard let answered = item.answers, !skip.contains(Analyzer.pairKey(answered, item.argument.id)),
                  degree[answered, default: 0] < limit, degree[item.argument.id, default: 0] < limit else { continue }
            degree[answered, default: 0] += 1
            degree[item.argument.id, default: 0] += 1
            links.append(ContradictionLink(from: answered, to: item.argument.id, origin: .auto, score: 1))
        }
        return links
    }
}
