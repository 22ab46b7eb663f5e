import CounterpointCore

/// Case-insensitive search over what a pane displays, reported as raw ranges.
public enum SearchMatcher {
    public static func matches(in layout: ArticleLayout, query: String) -> [TextRange] {
        let needle = Array(query.lowercased())
        guard !needle.isEmpty else { return [] }
        var result: [TextRange] = []
        // Search block by block over the laid-out characters so matches may cross line breaks.
        var characters: [Character] = []
        var offsets: [Int] = []
        var currentBlock: Int?
        func flush() {
            guard characters.count >= needle.count else { characters.removeAll(); offsets.removeAll(); return }
            var index = 0
            while index + needle.count <= characters.count {
                var matched = true
                for k in 0..<needle.count where characters[index + k] != needle[k] {
                    matched = false
                    break
                }
                if matched {
                    result.append(TextRange(offsets[index], offsets[index + needle.count - 1] + 1))
                    index += needle.count
                } else {
                    index += 1
                }
            }
            characters.removeAll()
            offsets.removeAll()
        }
        for line in layout.lines {
            guard case .text = line.kind else { continue }
            if line.blockIndex != currentBlock {
                flush()
                currentBlock = line.blockIndex
            } else if !characters.isEmpty {
                characters.append(" ")
                offsets.append(offsets.last ?? 0)
            }
            for (character, offset) in zip(line.characters, line.offsets) {
                let lowered = Array(String(character).lowercased())
                characters.append(contentsOf: lowered)
                offsets.append(contentsOf: Array(repeating: offset, count: lowered.count))
            }
        }
        flush()
        return result
    }
}

extension ReaderState {
    /// Search matches in a pane's article (memoised with its layout).
    public func searchMatches(inPane index: Int, query: String) -> [TextRange] {
        let frame = geometry.panes[min(index, geometry.panes.count - 1)]
        return layouts.matches(for: panes[index].articleIndex, in: corpus.articles, width: frame.textWidth,
                               showBoilerplate: showBoilerplate, query: query)
    }

    /// The query whose matches are highlighted: the one being typed, else the last accepted one.
    public var activeQuery: String? {
        if case .search(let query, _) = mode { return query.isEmpty ? nil : query }
        return lastSearch
    }

    mutating func updateIncrementalSearch(query: String, origin: PaneState) {
        mode = .search(query: query, origin: origin)
        panes[focusedPane] = origin
        guard !query.isEmpty else { return }
        let matches = searchMatches(inPane: focusedPane, query: query)
        let start = topOffset(pane: focusedPane)
        guard let match = matches.first(where: { $0.start >= start }) ?? matches.first else {
            message = "Pattern not found: \(query)"
            return
        }
        scrollToShow(match, pane: focusedPane)
    }

    mutating func repeatSearch(forward: Bool) {
        guard let query = lastSearch, !query.isEmpty else {
            message = "No previous search: press / to search"
            return
        }
        let matches = searchMatches(inPane: focusedPane, query: query)
        guard !matches.isEmpty else {
            message = "Pattern not found: \(query)"
            return
        }
        let lines = layout(forPane: focusedPane)
        let top = panes[focusedPane].scroll
        // Matches on lines after (or before) the top line; wrap around like vim with a message.
        let lineOf = { (range: TextRange) in lines.lineIndex(containing: range.start) ?? 0 }
        let candidate = forward ? matches.first { lineOf($0) > top } : matches.last { lineOf($0) < top }
        let match: TextRange
        if let candidate {
            match = candidate
        } else {
            match = forward ? matches[0] : matches[matches.count - 1]
            message = forward ? "Search hit bottom, continuing at top" : "Search hit top, continuing at bottom"
        }
        recordJump()
        panes[focusedPane].scroll = min(lineOf(match), maxScroll(pane: focusedPane))
    }
}
