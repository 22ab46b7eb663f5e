import CounterpointAnalysis
import CounterpointCore

/// The argument map as a Graphviz graph: one box per argument with a short form of its claim,
/// coloured and outlined by stance, one column (cluster) per article, and a dashed red line for
/// each contradiction. Undirected (`graph`, `--`) because contradictions are symmetric.
public struct DotExporter: Sendable {
    public var scope: GraphScope
    /// At most this many contradictions, the strongest (see `strongest`); nil: all of them.
    public var linkLimit: Int?
    public var showsLegend: Bool
    /// Characters per line of a node's label.
    public var labelWidth: Int

    /// Past about this many edges a picture of the seeds turns into a tangle at any size.
    public static let defaultLinkLimit = 60

    public init(scope: GraphScope = .linked, linkLimit: Int? = DotExporter.defaultLinkLimit, showsLegend: Bool = true,
                labelWidth: Int = 24) {
        self.scope = scope
        self.linkLimit = linkLimit.map { max(0, $0) }
        self.showsLegend = showsLegend
        self.labelWidth = max(8, labelWidth)
    }

    /// The pairs a graph draws: all, or the `limit` strongest (hand-curated first, then by the
    /// linker's score), kept in map order so the layout does not depend on the ranking.
    public static func strongest(_ pairs: [ArgumentPair], limit: Int?) -> [ArgumentPair] {
        guard let limit, pairs.count > limit else { return pairs }
        let ranked = pairs.indices.sorted { a, b in
            let (pa, pb) = (pairs[a].link, pairs[b].link)
            if (pa.origin == .curated) != (pb.origin == .curated) { return pa.origin == .curated }
            if pa.score != pb.score { return pa.score > pb.score }
            return a < b
        }
        return ranked.prefix(limit).sorted().map { pairs[$0] }
    }

    public func graph(corpus: Corpus, map: ArgumentMap, profile: QuestionProfile) -> String {
        let allPairs = ArgumentPair.pairs(in: map)
        let pairs = Self.strongest(allPairs, limit: linkLimit)
        let drawnIDs = Set(pairs.flatMap { [$0.first.id, $0.second.id] })
        let shown = map.arguments.filter { scope == .all || drawnIDs.contains($0.id) }
        let nodeIDs = Self.nodeIDs(for: map.arguments)
        let articles = Dictionary(corpus.articlesCovering(shown).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let columns = columnOrder(corpus: corpus, shown: shown, pairs: pairs)
        let column = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        var lines = ["graph counterpoint {"]
        lines += header(corpus: corpus, shown: shown, pairCount: pairs.count, totalPairs: allPairs.count)
        var columnHeads: [String] = []
        for (index, articleID) in columns.enumerated() {
            let arguments = shown.filter { $0.articleID == articleID }
            guard let article = articles[articleID], !arguments.isEmpty else { continue }
            let ids = arguments.map { DotSyntax.id(nodeIDs[$0.id]!) }
            columnHeads.append(ids[0])
            lines.append("")
            lines.append("  subgraph \(DotSyntax.id("cluster_\(index)_\(article.id)")) {")
            lines.append("    label=\(DotSyntax.label(clusterLabel(article)))")
            for argument in arguments {
                lines.append("    " + node(argument, id: nodeIDs[argument.id]!, corpus: corpus, profile: profile))
            }
            // One rank per article: with rankdir=LR each article becomes a column of boxes.
            lines.append("    {rank=\"same\"; \(ids.joined(separator: "; "))}")
            lines.append("  }")
        }
        lines.append("")
        // Invisible, heavy edges between the columns' first boxes hold the columns in order even
        // where no contradiction joins two neighbours.
        for (left, right) in zip(columnHeads, columnHeads.dropFirst()) {
            lines.append("  \(left) -- \(right) [style=\"invis\", weight=\"10\"]")
        }
        for pair in pairs {
            // Graphviz ranks the tail before the head: tails in the left column.
            let (a, b) = (pair.first, pair.second)
            let (ca, cb) = (column[a.articleID] ?? Int.max, column[b.articleID] ?? Int.max)
            let (tail, head) = ca != cb ? (ca < cb ? (a, b) : (b, a)) : (a.range <= b.range ? (a, b) : (b, a))
            let suffix = pair.link.origin == .auto ? " [style=\"dotted\"]" : ""
            lines.append("  \(DotSyntax.id(nodeIDs[tail.id]!)) -- \(DotSyntax.id(nodeIDs[head.id]!))\(suffix)")
        }
        if showsLegend { lines += legend(profile: profile, showsDetected: pairs.contains { $0.link.origin == .auto }) }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// DOT node ids by argument id: the argument id itself when it is plain (`000-01`), else a
    /// made-up `argument-N`, so any id a curator writes still gives valid, unambiguous DOT.
    public static func nodeIDs(for arguments: [Argument]) -> [String: String] {
        var ids: [String: String] = [:]
        var used = Set<String>()
        for (index, argument) in arguments.enumerated() where ids[argument.id] == nil {
            let plain = !argument.id.isEmpty && argument.id.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            }
            var id = plain && !argument.id.hasPrefix(legendPrefix) ? argument.id : "argument-\(index + 1)"
            while used.contains(id) { id += "-" }
            used.insert(id)
            ids[argument.id] = id
        }
        return ids
    }

    static let legendPrefix = "legend-"

    private func columnOrder(corpus: Corpus, shown: [Argument], pairs: [ArgumentPair]) -> [String] {
        let present = Set(shown.map(\.articleID))
        let ids = corpus.articlesCovering(shown).map(\.id).filter { present.contains($0) }
        var weights: [Set<String>: Int] = [:]
        for pair in pairs where pair.first.articleID != pair.second.articleID {
            weights[[pair.first.articleID, pair.second.articleID], default: 0] += 1
        }
        return ArticleColumns.order(ids, weights: weights)
    }

    private func header(corpus: Corpus, shown: [Argument], pairCount: Int, totalPairs: Int) -> [String] {
        let question = corpus.question?.title ?? "Counterpoint argument map"
        var counts = "\(shown.count) arguments"
        counts += pairCount == totalPairs ? ", \(pairCount) contradictions"
            : ", the \(pairCount) strongest of \(totalPairs) contradictions (hand-curated first, then by score)"
        if scope == .linked { counts += "; arguments without a drawn contradiction left out" }
        let caption = ClaimText.wrap(question, width: 90) + [counts]
        // `dot` ignores `overlap`; it is there for whoever re-lays the file out with neato or fdp.
        return [
            "  graph [label=\(DotSyntax.label(caption)), labelloc=\"t\", fontname=\"Helvetica\", fontsize=\"16\",",
            "         rankdir=\"LR\", newrank=\"true\", splines=\"true\", overlap=\"false\", nodesep=\"0.3\", ranksep=\"1.5\",",
            "         pad=\"0.3\", bgcolor=\"white\", style=\"rounded\", color=\"#9a9a9a\", penwidth=\"1.2\"]",
            "  node [shape=\"box\", fontname=\"Helvetica\", fontsize=\"11\", margin=\"0.12,0.06\", penwidth=\"1.2\"]",
            "  edge [color=\"\(StanceStyle.contradictionColour)\", style=\"dashed\", penwidth=\"1.4\", fontname=\"Helvetica\", fontsize=\"10\"]",
        ]
    }

    private func clusterLabel(_ article: Article) -> [String] {
        var lines = ClaimText.wrap("\(article.id) · \(article.title)", width: max(labelWidth + 8, 32))
        let byline = ReportEntries.byline(article)
        if !byline.isEmpty { lines += ClaimText.wrap(byline, width: max(labelWidth + 8, 32)) }
        return lines
    }

    private func node(_ argument: Argument, id: String, corpus: Corpus, profile: QuestionProfile) -> String {
        let style = StanceStyle.of(argument.stance, in: profile)
        let claim = ClaimText.wrap(ClaimText.short(argument, in: corpus), width: labelWidth)
        let first = "\(style.glyph) \(argument.id) · \(argument.theme)"
        return "\(DotSyntax.id(id)) " + DotSyntax.attributes(Self.styleAttributes(style) + [
            ("label", DotSyntax.label([first] + claim)),
            ("tooltip", DotSyntax.label([ClaimText.passage(argument, in: corpus)])),
        ])
    }

    static func styleAttributes(_ style: StanceStyle) -> [(String, String)] {
        [("style", style.style), ("fillcolor", style.fill), ("color", style.border), ("peripheries", String(style.peripheries))]
    }

    private func legend(profile: QuestionProfile, showsDetected: Bool) -> [String] {
        let split = DotSyntax.id("\(Self.legendPrefix)split"), bond = DotSyntax.id("\(Self.legendPrefix)bond")
        var lines = [
            "",
            "  subgraph \"cluster_legend\" {",
            "    label=\"Legend\"; style=\"rounded,dashed\"; color=\"#9a9a9a\"",
            "    \(split) " + DotSyntax.attributes(Self.styleAttributes(.split) + [
                ("label", DotSyntax.label(["+ \(profile.splitStance.rawValue)", "(the split can happen)"]))]),
            "    \(bond) " + DotSyntax.attributes(Self.styleAttributes(.bond) + [
                ("label", DotSyntax.label(["− \(profile.bondStance.rawValue)", "(the bloc holds)"]))]),
            "    \(split) -- \(bond) [label=\"contradicts\", fontcolor=\"\(StanceStyle.contradictionColour)\"]",
        ]
        if showsDetected {
            lines.append("    \(split) -- \(bond) [label=\"contradicts (detected)\", style=\"dotted\", fontcolor=\"\(StanceStyle.contradictionColour)\"]")
        }
        lines.append("  }")
        return lines
    }
}
