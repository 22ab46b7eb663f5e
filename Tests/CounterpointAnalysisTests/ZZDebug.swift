import Testing
import Foundation
@testable import CounterpointAnalysis
import CounterpointCore

@Suite struct ZZDebug {
    @Test func linkDiagnostics() throws {
        guard ProcessInfo.processInfo.environment["CP_DEBUG"] == "links" else { return }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = try CorpusLoader.load(folder: root.appendingPathComponent("seeds"))
        let profile = try ProfileLoader.parse(corpus.manifestText!, file: "corpus.toml")
        let map = try CuratedMapLoader.load(folder: corpus.folder, articles: corpus.articles, profile: profile)!
        let analyzer = Analyzer(profile: profile)
        var tokenizer = Fixtures.analyzer.makeTokenizer()
        let byID = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = map.arguments.map { analyzer.linkable($0, in: byID[$0.articleID]!, tokenizer: &tokenizer) }
        var summary = ""
        for t in [0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45] {
            var q = analyzer.parameters; q.linkThreshold = t
            let found = ContradictionLinker(profile: profile, parameters: q).links(items)
            let keys = Set(found.map { Analyzer.pairKey($0.from, $0.to) })
            let hit = map.links.filter { keys.contains(Analyzer.pairKey($0.from, $0.to)) }.count
            summary += "threshold \(t) links \(found.count) recall \(hit)/\(map.links.count)\n"
        }
        try summary.write(toFile: "/tmp/ana/linkrecall.txt", atomically: true, encoding: .utf8)
        var p = analyzer.parameters; p.linkThreshold = 0; p.maxLinksPerArgument = 1000
        let linker = ContradictionLinker(profile: profile, parameters: p)
        let links = linker.links(items)
        var score: [String: Double] = [:]
        for l in links { score[Analyzer.pairKey(l.from, l.to)] = l.score }
        var out = ""
        for l in map.links {
            let s = score[Analyzer.pairKey(l.from, l.to)] ?? -1
            // rank of partner among 'from' candidates
            let cands = links.filter { $0.from == l.from || $0.to == l.from }.sorted { $0.score > $1.score }
            let rank = cands.firstIndex { $0.from == l.to || $0.to == l.to } ?? -1
            let a = items.first { $0.argument.id == l.from }!, b = items.first { $0.argument.id == l.to }!
            let shared = Set(a.terms).intersection(b.terms).map { String($0) }
            out += "\(l.from) \(l.to) score \(String(format: "%.3f", s)) rank \(rank)/\(cands.count) shared \(shared.sorted())\n"
        }
        try out.write(toFile: "/tmp/ana/links.txt", atomically: true, encoding: .utf8)
    }
}

extension ZZDebug {
    @Test func featureDump() throws {
        guard ProcessInfo.processInfo.environment["CP_DEBUG"] == "features" else { return }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = try CorpusLoader.load(folder: root.appendingPathComponent("seeds"))
        let profile = try ProfileLoader.parse(corpus.manifestText!, file: "corpus.toml")
        let map = try CuratedMapLoader.load(folder: corpus.folder, articles: corpus.articles, profile: profile)!
        let analyzer = Analyzer(profile: profile)
        var tokenizer = Fixtures.analyzer.makeTokenizer()
        var out = "article\tgold\tstance\tscore\tevidence\t" + SentenceFeature.allCases.map(\.rawValue).joined(separator: "\t") + "\ttext\tcues\n"
        for article in corpus.articles {
            var sentences = analyzer.readSentences(article, tokenizer: &tokenizer)
            analyzer.articleReader.score(&sentences)
            let gold = Evaluator.goldLabels(sentences, map.arguments.filter { $0.articleID == article.id })
            for (s, g) in zip(sentences, gold) {
                let f = s.features
                out += "\(article.id)\t\(g.map { $0.rawValue } ?? "-")\t\(s.stanceScore)\t\(s.reading.stanceScore)\t\(s.reading.evidence)\t"
                out += SentenceFeature.allCases.map { String(f[$0] ?? 0) }.joined(separator: "\t")
                out += "\t" + article.displayText(s.range).text.replacingOccurrences(of: "\t", with: " ") + "\t" + s.reading.cues.joined(separator: " ") + "\n"
            }
        }
        try out.write(toFile: "/tmp/ana/features.tsv", atomically: true, encoding: .utf8)
    }
}

extension ZZDebug {
    @Test func sentenceDump() throws {
        guard let text = ProcessInfo.processInfo.environment["CP_SENTENCE"] else { return }
        let r = Fixtures.reading(text)
        try "\(r.stanceScore) \(r.evidence) \(r.reportedSpeaker ?? "-")\n\(r.cues)\n\(r.matches.map { "\($0.text)\($0.roles)" })\n".write(toFile: "/tmp/ana/sentence.txt", atomically: true, encoding: .utf8)
    }
}

extension ZZDebug {
    @Test func articleDump() throws {
        guard ProcessInfo.processInfo.environment["CP_DEBUG"] == "article" else { return }
        var out = ""
        for article in [NewArticleTests.sceptic, NewArticleTests.optimist] {
            var tokenizer = Fixtures.analyzer.makeTokenizer()
            var sentences = Fixtures.analyzer.readSentences(article, tokenizer: &tokenizer)
            Fixtures.analyzer.articleReader.score(&sentences)
            for s in sentences {
                out += String(format: "%.2f %+.2f ", s.probability, s.stanceScore) + article.rawText(s.range).prefix(70) + "\n   " + s.reading.cues.joined(separator: " ") + "\n"
            }
        }
        try out.write(toFile: "/tmp/ana/article.txt", atomically: true, encoding: .utf8)
    }
}
