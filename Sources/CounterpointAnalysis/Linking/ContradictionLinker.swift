import Foundation

/// An argument with the content terms the linker compares.
struct LinkableArgument: Sendable {
    var argument: Argument
    /// `ContentTerms` ids, all from one tokenizer.
    var terms: [Int32]
    /// The id of the argument this one answers right after it (`AdjacentAnswers`), if any.
    var answers: String? = nil
}

/// Links each argument to the opposite-stance arguments that answer the same point. The score mixes
/// content similarity (tf-idf cosine over `ContentTerms`, where aliases are already one party and
/// theme vocabulary adds its theme) with theme affinity (the same theme, or one the profile says
/// answers it). Candidates come from an inverted index keyed by stance and term, so an argument is
/// only compared with arguments that share a term with it, never with the whole corpus.
struct ContradictionLinker {
    let profile: QuestionProfile
    let parameters: DetectorParameters

    /// Share of the score that comes from content similarity; the rest is theme affinity.
    static let contentShare = 0.5
    /// Theme affinity of a pair of different themes that the profile says answer each other.
    static let answeringAffinity = 0.6
    /// Postings scanned per term and terms scanned per argument: bound the work on large corpora
    /// and on corpora of near-duplicates, where every posting list is long.
    static let maxPostingsPerTerm = 24
    static let maxTermsScanned = 10
    /// Candidates each argument keeps for the global ranking, as a multiple of the link limit.
    static let candidatesPerArgument = 2

    /// `existing` counts links an argument already has (curated ones), which use up its slots.
    func links(_ items: [LinkableArgument], existing: [String: Int] = [:]) -> [ContradictionLink] {
        linksCountingWork(items, existing: existing).links
    }

    /// The links, and how many (argument, candidate) accumulations it took: the inverted index keeps
    /// this near the number of shared postings, far below all pairs.
    func linksCountingWork(_ items: [LinkableArgument], existing: [String: Int] = [:]) -> (links: [ContradictionLink], accumulations: Int) {
        guard items.count >= 2, parameters.maxLinksPerArgument > 0 else { return ([], 0) }
        var accumulations = 0
        let vectors = weightedVectors(items)
        let signs = items.map { profile.sign(of: $0.argument.stance) ?? 0 }
        let themeIndex = Dictionary(profile.themes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let themes = items.map { themeIndex[$0.argument.theme] ?? profile.themes.count }
        let affinity = affinityMatrix(themeIndex)
        var articleNumbers: [String: Int] = [:]
        let articles = items.map { item in
            if let known = articleNumbers[item.argument.articleID] { return known }
            articleNumbers[item.argument.articleID] = articleNumbers.count
            return articleNumbers.count - 1
        }

        // Per stance (index 0: bond side, 1: split side): each term's postings (argument, weight),
        // in flat arrays indexed by the dense term id, so the hot loop neither hashes nor retains.
        let postings = [Postings(vectors, signs: signs, side: -1), Postings(vectors, signs: signs, side: 1)]

        var accumulated = [Float](repeating: 0, count: items.count)
        var touched: [Int] = []
        var isTouched = [Bool](repeating: false, count: items.count)
        let keep = ContradictionLinker.candidatesPerArgument * parameters.maxLinksPerArgument
        var candidates: [Candidate] = []
        var best: [Candidate] = []
        let themeStride = profile.themes.count + 1
        for a in items.indices where signs[a] != 0 {
            // The most telling terms first; the rest add little and cost most on large corpora.
            for (term, weight) in vectors.entries[a].prefix(ContradictionLinker.maxTermsScanned) {
                accumulations += postings[signs[a] > 0 ? 0 : 1].accumulate(term: Int(term), weight: weight,
                                                                          into: &accumulated, touched: &touched,
                                                                          isTouched: &isTouched)
            }
            best.removeAll(keepingCapacity: true)
            var worst = 0
            for b in touched {
                defer { accumulated[b] = 0; isTouched[b] = false }
                let cosine = Double(accumulated[b]) / max(1e-9, vectors.norms[a] * vectors.norms[b])
                let score = ContradictionLinker.contentShare * cosine
                    + (1 - ContradictionLinker.contentShare) * affinity[themes[a] * themeStride + themes[b]]
                guard score >= parameters.linkThreshold else { continue }
                let candidate = Candidate(a: min(a, b), b: max(a, b), score: score, cross: articles[a] != articles[b])
                // Keep this argument's best few only: the global ranking never needs more.
                if best.count < keep {
                    best.append(candidate)
                    if best.count == keep { worst = ContradictionLinker.worstIndex(best) }
                } else if best[worst].ranks(below: candidate) {
                    best[worst] = candidate
                    worst = ContradictionLinker.worstIndex(best)
                }
            }
            touched.removeAll(keepingCapacity: true)
            candidates += best
        }

        // Other articles first, then by score; each argument keeps at most `maxLinksPerArgument`.
        candidates.sort { $1.ranks(below: $0) }
        var seen = Set<Int>()
        var degree = existing.isEmpty ? [Int](repeating: 0, count: items.count) : items.map { existing[$0.argument.id] ?? 0 }
        var links: [ContradictionLink] = []
        for candidate in candidates
        where degree[candidate.a] < parameters.maxLinksPerArgument && degree[candidate.b] < parameters.maxLinksPerArgument
            && seen.insert(candidate.a &* items.count &+ candidate.b).inserted {
            degree[candidate.a] += 1
            degree[candidate.b] += 1
            links.append(ContradictionLink(from: items[candidate.a].argument.id, to: items[candidate.b].argument.id,
                                           origin: .auto, score: candidate.score.rounded(toPlaces: 3)))
        }
        return (links, accumulations)
    }

    /// One stance's inverted index in compressed rows: the postings of term `t` are
    /// `arguments[offsets[t]..<offsets[t + 1]]`, in argument order.
    private struct Postings {
        var offsets: [Int]
        var arguments: [Int32]
        var weights: [Float]

        init(_ vectors: Vectors, signs: [Int], side: Int) {
            var counts = [Int](repeating: 0, count: vectors.termCount + 1)
            for (index, vector) in vectors.entries.enumerated() where signs[index] == side {
                for (term, _) in vector { counts[Int(term) + 1] += 1 }
            }
            for term in 0..<vectors.termCount { counts[term + 1] += counts[term] }
            offsets = counts
            var next = counts
            arguments = [Int32](repeating: 0, count: counts[vectors.termCount])
            weights = [Float](repeating: 0, count: counts[vectors.termCount])
            for (index, vector) in vectors.entries.enumerated() where signs[index] == side {
                for (term, weight) in vector {
                    arguments[next[Int(term)]] = Int32(index)
                    weights[next[Int(term)]] = weight
                    next[Int(term)] += 1
                }
            }
        }

        /// Adds `weight` × each posting's weight of `term` (at most `maxPostingsPerTerm`) to the
        /// arguments' sums, noting the arguments touched; returns how many postings it read.
        /// Unchecked buffers: this is the loop all of linking's time goes to, and every index
        /// comes from this index or from arrays sized to the argument count.
        func accumulate(term: Int, weight: Float, into sums: inout [Float], touched: inout [Int],
                        isTouched: inout [Bool]) -> Int {
            let start = offsets[term]
            let end = min(offsets[term + 1], start + ContradictionLinker.maxPostingsPerTerm)
            guard start < end else { return 0 }
            arguments.withUnsafeBufferPointer { arguments in
                weights.withUnsafeBufferPointer { weights in
                    sums.withUnsafeMutableBufferPointer { sums in
                        isTouched.withUnsafeMutableBufferPointer { isTouched in
                            for position in start..<end {
                                let b = Int(arguments[position])
                                if !isTouched[b] { isTouched[b] = true; touched.append(b) }
                                sums[b] += weight * weights[position]
                            }
                        }
                    }
                }
            }
            return end - start
        }
    }

    private struct Candidate {
        var a: Int
        var b: Int
        var score: Double
        var cross: Bool

        /// The ranking order: other articles before the same article, then score, then position.
        func ranks(below other: Candidate) -> Bool {
            if cross != other.cross { return other.cross }
            if score != other.score { return score < other.score }
            return (a, b) > (other.a, other.b)
        }
    }

    private static func worstIndex(_ candidates: [Candidate]) -> Int {
        var worst = 0
        for index in candidates.indices.dropFirst() where candidates[index].ranks(below: candidates[worst]) { worst = index }
        return worst
    }


    /// Theme × theme affinity, row by row in one array (row stride: themes + 1): 1 on the diagonal,
    /// `answeringAffinity` for themes that answer each other (either way round), 0 otherwise; the
    /// last row and column stand for an unknown theme.
    private func affinityMatrix(_ themeIndex: [String: Int]) -> [Double] {
        let stride = profile.themes.count + 1
        var matrix = [Double](repeating: 0, count: stride * stride)
        for index in 0..<profile.themes.count { matrix[index * stride + index] = 1 }
        for (index, theme) in profile.themes.enumerated() {
            for other in theme.answers {
                guard let otherIndex = themeIndex[other], otherIndex != index else { continue }
                matrix[index * stride + otherIndex] = ContradictionLinker.answeringAffinity
                matrix[otherIndex * stride + index] = ContradictionLinker.answeringAffinity
            }
        }
        return matrix
    }

    // MARK: - tf-idf

    private struct Vectors {
        var entries: [[(Int32, Float)]]
        var norms: [Double]
        var partyTerms: Set<Int32>
        var termCount: Int
    }

    private func weightedVectors(_ items: [LinkableArgument]) -> Vectors {
        // Dense ids for the terms in use, so frequencies live in an array.
        var ids: [Int32: Int32] = [:]
        var partyTerms = Set<Int32>()
        // Per argument: (dense term id, count), from the sorted terms rather than a dictionary.
        var counts: [[(Int32, Int)]] = []
        counts.reserveCapacity(items.count)
        for item in items {
            var local: [(Int32, Int)] = []
            for term in item.terms.sorted() {
                if let last = local.last, last.0 == term {
                    local[local.count - 1].1 += 1
                } else {
                    local.append((term, 1))
                }
            }
            for index in local.indices {
                let term = local[index].0
                if let existing = ids[term] { local[index].0 = existing } else {
                    let id = Int32(ids.count)
                    ids[term] = id
                    if ContentTerms.isParty(term) { partyTerms.insert(id) }
                    local[index].0 = id
                }
            }
            counts.append(local)
        }
        var documentFrequency = [Int](repeating: 0, count: ids.count)
        for local in counts { for (term, _) in local { documentFrequency[Int(term)] += 1 } }
        let total = Double(items.count)
        var entries: [[(Int32, Float)]] = []
        var norms: [Double] = []
        entries.reserveCapacity(items.count)
        for local in counts {
            var vector: [(Int32, Float)] = []
            var norm = 0.0
            for (term, count) in local {
                let frequency = documentFrequency[Int(term)]
                let idf = log((total + 1) / (Double(frequency) + 0.5))
                let weight = (1 + log(Double(count))) * max(0, idf)
                norm += weight * weight
                // A term found once still counts in the norm but cannot link anything.
                if frequency >= 2, weight > 0 { vector.append((term, Float(weight))) }
            }
            entries.append(vector.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 })
            norms.append(norm.squareRoot())
        }
        return Vectors(entries: entries, norms: norms, partyTerms: partyTerms, termCount: ids.count)
    }
}
