/// Decides each paragraph's block kind, in order of confidence: syntax, furniture cues, the
/// article's front matter (title, editor's preface, byline), reader comments at the end,
/// pasted off-topic material, then pull quotes and headings; what remains is body.
struct BlockClassifier {
    let paragraphs: [Paragraph]
    let features: [ParagraphFeatures]
    var kinds: [BlockKind?]
    var speakers: [String?]

    static let commenter = "commenter"
    static let editor = "editor"

    init(paragraphs: [Paragraph], features: [ParagraphFeatures]) {
        self.paragraphs = paragraphs
        self.features = features
        kinds = Array(repeating: nil, count: paragraphs.count)
        speakers = Array(repeating: nil, count: paragraphs.count)
    }

    var count: Int { paragraphs.count }

    mutating func classify() -> [(kind: BlockKind, speaker: String?)] {
        for index in 0..<count { kinds[index] = paragraphs[index].forcedKind }
        markFurniture()
        let articleStart = markFrontMatter()
        let sampleEnd = referenceSampleEnd(from: articleStart)
        let preliminary = TopicVocabulary(features: features, from: (0..<sampleEnd).filter {
            kinds[$0] == nil || kinds[$0] == .title || kinds[$0] == .preface
        })
        markPastedMaterial(in: sampleEnd..<count, vocabulary: preliminary)
        let commentStart = findCommentStart(from: articleStart) ?? count
        let articleRegion = articleStart..<commentStart
        let vocabulary = TopicVocabulary(features: features, from: (0..<commentStart).filter { kinds[$0] != .boilerplate })
        if commentStart < count {
            markPastedMaterial(in: commentStart..<count, vocabulary: vocabulary)
            for index in commentStart..<count where kinds[index] == nil {
                kinds[index] = .comment
                speakers[index] = Self.commenter
            }
        }
        // Credits of where the article first appeared, when they are not the byline at the top.
        for index in articleRegion where kinds[index] == nil && CleanerCues.isByline(features[index])
            && !features[index].opensWithByName {
            kinds[index] = .boilerplate
        }
        propagateFurniture(in: articleRegion, vocabulary: vocabulary)
        markPullQuotes(in: articleRegion)
        markHeadings(in: articleRegion)
        return (0..<count).map { (kinds[$0] ?? .body, speakers[$0]) }
    }

    // MARK: - Furniture

    private mutating func markFurniture() {
        let totalWords = features.reduce(0) { $0 + $1.words }
        var wordsSoFar = 0
        for index in 0..<count {
            defer { wordsSoFar += features[index].words }
            guard kinds[index] == nil else { continue }
            let feature = features[index]
            if feature.letters == 0 || (feature.letters <= 1 && feature.words <= 1) {
                kinds[index] = .boilerplate
            } else if CleanerCues.isListHeader(feature) {
                kinds[index] = .boilerplate
                // A list of other pages near the end takes the rest of the page with it.
                if wordsSoFar * 2 >= totalWords {
                    for rest in index..<count { kinds[rest] = .boilerplate }
                    return
                }
            } else if CleanerCues.isFurniture(feature) {
                kinds[index] = .boilerplate
            }
        }
    }

    /// Short lines without any topic word next to furniture are part of it ("For the best of our
    /// weekly content!" above a newsletter sign-up).
    private mutating func propagateFurniture(in region: Range<Int>, vocabulary: TopicVocabulary) {
        guard vocabulary.isUsable else { return }
        // One sweep each way lets furniture spread both down and up a run of such lines.
        for index in region { absorbIntoFurniture(index, region: region, vocabulary: vocabulary) }
        for index in region.reversed() { absorbIntoFurniture(index, region: region, vocabulary: vocabulary) }
    }

    private mutating func absorbIntoFurniture(_ index: Int, region: Range<Int>, vocabulary: TopicVocabulary) {
        guard kinds[index] == nil else { return }
        let feature = features[index]
        guard feature.words <= 12, vocabulary.hits(feature) == 0 else { return }
        let before = index > 0 && kinds[index - 1] == .boilerplate
        let after = index + 1 < count && kinds[index + 1] == .boilerplate
        if (before || after) && (feature.endsWithTerminal || (before && after) || (after && index == region.lowerBound)) {
            kinds[index] = .boilerplate
        }
    }

    // MARK: - Title, preface, byline

    /// Marks the title, an editor's preface and a byline at the top; returns where the article proper starts.
    private mutating func markFrontMatter() -> Int {
        var cursor = nextOpen(from: 0)
        guard cursor < count else { return count }
        var hasTitle = false
        if isTitleCandidate(cursor) {
            kinds[cursor] = .title
            hasTitle = true
            cursor = nextOpen(from: cursor + 1)
        }
        var window: [Int] = []
        var scan = cursor
        while scan < count && window.count < 6 {
            if kinds[scan] == nil { window.append(scan) }
            scan += 1
        }
        if let byline = window.first(where: { CleanerCues.isByline(features[$0]) }) {
            let before = window.prefix { $0 != byline }
            if before.contains(where: isProse) {
                for index in before { setPreface(index) }
                setPreface(byline)
            } else {
                kinds[byline] = .boilerplate
            }
            cursor = nextOpen(from: byline + 1)
            if !hasTitle && cursor < count && isTitleCandidate(cursor) {
                kinds[cursor] = .title
                cursor = nextOpen(from: cursor + 1)
            }
        } else if cursor < count && CleanerCues.opensEditorNote(features[cursor]) {
            setPreface(cursor)
            cursor = nextOpen(from: cursor + 1)
        }
        return cursor
    }

    private mutating func setPreface(_ index: Int) {
        kinds[index] = .preface
        speakers[index] = Self.editor
    }

    private func nextOpen(from index: Int) -> Int {
        var cursor = index
        while cursor < count && kinds[cursor] != nil { cursor += 1 }
        return cursor
    }

    private func isProse(_ index: Int) -> Bool {
        features[index].words >= 15 && features[index].endsWithTerminal
    }

    private func isTitleCandidate(_ index: Int) -> Bool {
        let followedByProse = (index + 1..<count).contains { kinds[$0] == nil && features[$0].words >= 15 }
        guard followedByProse else { return false }
        if paragraphs[index].headingLevel != nil { return true }
        let feature = features[index]
        return paragraphs[index].lineCount == 1 && !paragraphs[index].isListItem && (1...20).contains(feature.words)
            && feature.visibleLength <= 160 && feature.letters >= 2 && !feature.endsWithPeriod
            && !feature.endsWithEllipsis && !feature.endsMidSentence && !feature.startsLowercase && !feature.isURL
            && !feature.isQuoteReply && !feature.hasQuestionAnswerPrefix
    }

    // MARK: - Headings and pull quotes

    func isHeadingShaped(_ index: Int) -> Bool {
        let feature = features[index]
        let paragraph = paragraphs[index]
        guard paragraph.lineCount == 1, !paragraph.isListItem, (1...12).contains(feature.words),
              feature.visibleLength <= 100, !feature.endsWithPeriod, !feature.endsWithEllipsis,
              !feature.endsMidSentence, !feature.startsAsContinuation, !feature.isURL, !feature.isQuoteReply,
              !feature.hasQuestionAnswerPrefix, !feature.startsWithQuoteMark else { return false }
        return feature.isAllCaps || feature.capitalizedShare >= 0.6 || feature.words <= 3
    }

    private mutating func markHeadings(in region: Range<Int>) {
        for index in 0..<count where paragraphs[index].headingLevel != nil && kinds[index] == nil {
            kinds[index] = .heading
        }
        for index in region where kinds[index] == nil && isHeadingShaped(index) {
            // A heading introduces something: the next non-furniture paragraph must be in the article.
            var next = index + 1
            while next < region.upperBound && kinds[next] == .boilerplate { next += 1 }
            if next < region.upperBound { kinds[index] = .heading }
        }
    }

    /// A short standalone line that repeats, nearly word for word, a sentence of a longer
    /// paragraph is a display quote, not a new statement. Candidates' word pairs are indexed so each
    /// paragraph is scanned once, whatever the number of candidates.
    private mutating func markPullQuotes(in region: Range<Int>) {
        let candidates = region.filter { index in
            kinds[index] == nil && paragraphs[index].lineCount == 1 && (5...40).contains(features[index].words)
                && !features[index].hasQuestionAnswerPrefix && !features[index].isQuoteReply
        }
        guard !candidates.isEmpty else { return }
        // Word pair → entry; each entry lists the candidates holding that pair.
        var entries = WordTable<Int32>(missing: 0, capacity: candidates.count * 16)
        var holders: [[Int]] = []
        var ownPairs: [Int] = []
        for (slot, candidate) in candidates.enumerated() {
            let pairs = Set(Self.wordPairs(features[candidate].wordHashes))
            ownPairs.append(pairs.count)
            for pair in pairs {
                if entries[pair] == 0 {
                    holders.append([])
                    entries[pair] = Int32(holders.count)
                }
                holders[Int(entries[pair]) - 1].append(slot)
            }
        }
        var lastSeenIn = [Int](repeating: -1, count: holders.count)
        var shared = [Int](repeating: 0, count: candidates.count)
        var touched: [Int] = []
        var matched = Set<Int>()
        for other in region where kinds[other] == nil || kinds[other] == .body {
            let hashes = features[other].wordHashes
            guard hashes.count >= 8 else { continue }
            for position in 1..<hashes.count {
                let entry = Int(entries[WordHash.pair(hashes[position - 1], hashes[position])]) - 1
                // Count each pair once per paragraph; a pair shared by many candidates ("of the") says nothing.
                guard entry >= 0, lastSeenIn[entry] != other, holders[entry].count <= 16 else { continue }
                lastSeenIn[entry] = other
                for slot in holders[entry] where candidates[slot] != other {
                    if shared[slot] == 0 { touched.append(slot) }
                    shared[slot] += 1
                }
            }
            for slot in touched {
                let candidate = candidates[slot]
                if ownPairs[slot] >= 4, hashes.count >= features[candidate].words + 3,
                   Double(shared[slot]) >= 0.6 * Double(ownPairs[slot]) {
                    matched.insert(candidate)
                }
                shared[slot] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        for candidate in matched { kinds[candidate] = .pullquote }
    }

    private static func wordPairs(_ hashes: [UInt64]) -> [UInt64] {
        guard hashes.count >= 2 else { return [] }
        return (1..<hashes.count).map { WordHash.pair(hashes[$0 - 1], hashes[$0]) }
    }
}
