import CounterpointCore

/// Which arguments an argument map holds.
public enum ArgumentSource: String, CaseIterable, Sendable {
    /// Curated arguments plus the auto-detected ones that overlap none of them.
    case all
    /// Only the hand-curated map.
    case curated
    /// Only what the analyzer finds; the curated map is not read at all.
    case auto
}

/// The argument analysis engine: detection, stance, theme and speaker for every content sentence,
/// and contradiction links. Generic over the `QuestionProfile`; holds no corpus state, so one
/// analyzer can serve many corpora and threads.
public struct Analyzer: Sendable {
    public let profile: QuestionProfile
    public let parameters: DetectorParameters
    let compiled: CompiledProfile

    public init(profile: QuestionProfile, parameters: DetectorParameters? = nil) {
        self.profile = profile
        self.parameters = parameters ?? profile.detector
        self.compiled = CompiledProfile(profile)
    }

    /// The arguments the analyzer finds in one article, in text order.
    public func detect(in article: Article) -> [Argument] {
        var tokenizer = makeTokenizer()
        return detectLinkable(in: article, tokenizer: &tokenizer).map(\.argument)
    }

    public func detect(in articles: [Article]) -> [Argument] {
        var tokenizer = makeTokenizer()
        return articles.flatMap { detectLinkable(in: $0, tokenizer: &tokenizer).map(\.argument) }
    }

    /// Contradiction links among `arguments`, whose text is read from `articles`.
    public func links(among arguments: [Argument], articles: [Article]) -> [ContradictionLink] {
        var tokenizer = makeTokenizer()
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let items = arguments.compactMap { argument -> LinkableArgument? in
            guard let article = byID[argument.articleID] else { return nil }
            return linkable(argument, in: article, tokenizer: &tokenizer)
        }
        return autoLinks(items)
    }

    /// The argument map of a corpus from the chosen source. `curated` is ignored for `.auto`.
    public func map(articles: [Article], curated: CuratedMap?, source: ArgumentSource) -> ArgumentMap {
        var tokenizer = makeTokenizer()
        switch source {
        case .curated:
            return ArgumentMap(arguments: curated?.arguments ?? [], links: curated?.links ?? [])
        case .auto:
            let items = articles.flatMap { detectLinkable(in: $0, tokenizer: &tokenizer) }
            return ArgumentMap(arguments: items.map(\.argument), links: autoLinks(items))
        case .all:
            let curatedArguments = curated?.arguments ?? []
            var curatedRanges: [String: [TextRange]] = [:]
            for argument in curatedArguments { curatedRanges[argument.articleID, default: []].append(argument.range) }
            let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var items = curatedArguments.compactMap { argument in
                byID[argument.articleID].map { linkable(argument, in: $0, tokenizer: &tokenizer) }
            }
            for article in articles {
                let ranges = curatedRanges[article.id] ?? []
                items += detectLinkable(in: article, tokenizer: &tokenizer).filter { item in
                    !ranges.contains { $0.overlaps(item.argument.range) }
                }
            }
            let curatedLinks = curated?.links ?? []
            let curatedPairs = Set(curatedLinks.map { Analyzer.pairKey($0.from, $0.to) })
            // Curated links use up an argument's slots first, so no argument passes the link limit
            // because of auto links.
            var curatedDegree: [String: Int] = [:]
            for link in curatedLinks {
                curatedDegree[link.from, default: 0] += 1
                curatedDegree[link.to, default: 0] += 1
            }
            return ArgumentMap(arguments: items.map(\.argument),
                               links: curatedLinks + autoLinks(items, existing: curatedDegree, skip: curatedPairs))
        }
    }

    // MARK: - Internals shared with evaluation

    /// A tokenizer that knows this profile's lexicon; one per run, so term ids agree.
    func makeTokenizer() -> Tokenizer {
        Tokenizer(lexicon: compiled.lexicon, wordWeights: parameters.words,
                  themeWords: parameters.themes?.wordRows(themeIDs: profile.themes.map(\.id)) ?? [:])
    }

    var linker: ContradictionLinker { ContradictionLinker(profile: profile, parameters: parameters) }

    /// Auto links: adjacent answers first, then the similarity linker in the slots left. `existing`
    /// counts links arguments already have; pairs in `skip` (already linked) are not repeated.
    func autoLinks(_ items: [LinkableArgument], existing: [String: Int] = [:], skip: Set<String> = []) -> [ContradictionLink] {
        var degree = existing
        let answers = AdjacentAnswers.links(items, degree: &degree, limit: parameters.maxLinksPerArgument, skip: skip)
        let taken = skip.union(answers.map { Analyzer.pairKey($0.from, $0.to) })
        return answers + linker.links(items, existing: degree).filter { !taken.contains(Analyzer.pairKey($0.from, $0.to)) }
    }
    var articleReader: ArticleReader { ArticleReader(reader: SentenceReader(compiled), parameters: parameters) }

    func readSentences(_ article: Article, tokenizer: inout Tokenizer) -> [ReadSentence] {
        articleReader.read(article, tokenizer: &tokenizer)
    }

    func detectLinkable(in article: Article, tokenizer: inout Tokenizer) -> [LinkableArgument] {
        let sentences = readSentences(article, tokenizer: &tokenizer)
        return arguments(from: sentences, article: article)
    }

    /// Arguments from already-read sentences, with their content terms (no second tokenizing).
    func arguments(from sentences: [ReadSentence], article: Article) -> [LinkableArgument] {
        let detected = ArgumentDetector(profile: profile, parameters: parameters).arguments(from: sentences, article: article)
        var items = detected.map { argument, members in
            LinkableArgument(argument: argument, terms: members.flatMap { sentences[$0].terms })
        }
        AdjacentAnswers.mark(&items, members: detected.map(\.members), sentences: sentences)
        return items
    }

    func linkable(_ argument: Argument, in article: Article, tokenizer: inout Tokenizer) -> LinkableArgument {
        let tokens = tokenizer.tokens(in: article.source, range: argument.range)
        let matches = compiled.lexicon.matches(in: tokens)
        return LinkableArgument(argument: argument, terms: ContentTerms(compiled: compiled).terms(tokens, matches: matches))
    }

    static func pairKey(_ a: String, _ b: String) -> String { a < b ? "\(a)|\(b)" : "\(b)|\(a)" }
}
