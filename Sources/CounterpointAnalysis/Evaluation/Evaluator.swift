import CounterpointCore

/// Measures the analyzer against a curated map. With leave-one-article-out, every fitted number
/// (detection weights, threshold, the article-lean weight) is fitted on the other articles and
/// only then applied to the article being measured. Articles of `training` folders are never
/// measured: they join every fit.
public enum Evaluator {
    public static func evaluate(articles: [Article], curated: CuratedMap, profile: QuestionProfile,
                                method: EvaluationReport.Method, training: [LabelledFolder] = []) -> EvaluationReport {
        let analyzer = Analyzer(profile: profile)
        let data = LabelledSentences(articles: articles, curated: curated, training: training, analyzer: analyzer)
        let measured = data.measured

        var parameters: [String: DetectorParameters] = [:]
        for article in measured {
            switch method {
            case .asShipped:
                parameters[article.id] = profile.detector
            case .leaveOneArticleOut:
                parameters[article.id] = fit(measured.filter { $0.id != article.id } + data.training, data: data, profile: profile)
            }
        }

        var perArticle: [EvaluationFigures] = []
        var outcomes: [SentenceOutcome] = []
        var autoItems: [LinkableArgument] = []
        for article in measured {
            let articleAnalyzer = Analyzer(profile: profile, parameters: parameters[article.id])
            var sentences = data.read[article.id] ?? []
            data.stems.apply(articleAnalyzer.parameters, themeIDs: profile.themes.map(\.id), to: &sentences, articleID: article.id)
            articleAnalyzer.articleReader.score(&sentences)
            let items = articleAnalyzer.arguments(from: sentences, article: article)
            autoItems += items
            let gold = data.labels[article.id] ?? []
            var figures = EvaluationFigures(articleID: article.id)
            let curatedHere = data.curated[article.id] ?? []
            figures.curatedArguments = curatedHere.count
            figures.unreachableArguments = curatedHere.filter { argument in
                !sentences.contains { substantiallyOverlap($0.range, argument.range) }
            }.count
            for (index, sentence) in sentences.enumerated() {
                let predicted = sentence.isArgument
                if gold[index] != nil { figures.goldSentences += 1 }
                if predicted { figures.predictedSentences += 1 }
                if predicted && gold[index] != nil { figures.truePositives += 1 }
                let auto = items.first { $0.argument.range.contains(sentence.range) }?.argument
                outcomes.append(SentenceOutcome(articleID: article.id, start: sentence.range.start, end: sentence.range.end,
                                                text: article.displayText(sentence.range).text, isGold: gold[index] != nil,
                                                isPredicted: predicted, probability: sentence.probability.rounded(toPlaces: 3),
                                                goldStance: gold[index], predictedStance: auto?.stance, cues: sentence.reading.cues))
            }
            for argument in curatedHere {
                guard let best = mostOverlapping(items.map(\.argument), argument.range, range: \.range) else { continue }
                figures.matchedArguments += 1
                let stanceIsRight = best.stance == argument.stance
                let band = best.stanceSureness.rawValue
                figures.matchedBySureness[band] += 1
                if stanceIsRight {
                    figures.stanceCorrect += 1
                    figures.stanceCorrectBySureness[band] += 1
                }
                if best.theme == argument.theme { figures.themeCorrect += 1 }
            }
            perArticle.append(figures)
        }
        countLinks(&perArticle, curated: curated, autoItems: autoItems, analyzer: analyzer)
        var report = EvaluationReport(method: method, perArticle: perArticle, parameters: parameters, sentences: outcomes)
        report.linksFoundFromCurated = linksFromCuratedArguments(articles: articles, curated: curated, analyzer: analyzer)
        return report
    }

    /// Parameters fitted on every article of the map (and of the `training` folders): what the
    /// profile ships for unseen articles.
    public static func fitAll(articles: [Article], curated: CuratedMap, profile: QuestionProfile,
                              training: [LabelledFolder] = []) -> DetectorParameters {
        let data = LabelledSentences(articles: articles, curated: curated, training: training, analyzer: Analyzer(profile: profile))
        return fit(data.measured + data.training, data: data, profile: profile)
    }

    // MARK: - Labels

    /// The measured folder's articles and the training folders' articles that a map covers, read
    /// once, with each sentence's gold label and stems. Articles no curated argument touches are
    /// left out of both: unannotated is not "no arguments".
    struct LabelledSentences {
        var measured: [Article]
        var training: [Article]
        var curated: [String: [Argument]]
        var read: [String: [ReadSentence]] = [:]
        var labels: [String: [Stance?]] = [:]
        var stems: SentenceStems

        init(articles: [Article], curated map: CuratedMap, training folders: [LabelledFolder], analyzer: Analyzer) {
            var tokenizer = analyzer.makeTokenizer()
            let extra = LabelledFolder.merged(folders)
            curated = Dictionary(grouping: map.arguments + extra.curated.arguments, by: \.articleID)
            measured = articles.filter { [curated] in curated[$0.id] != nil }
            training = extra.articles.filter { [curated] in curated[$0.id] != nil }
            for article in measured + training where read[article.id] == nil {
                let sentences = analyzer.readSentences(article, tokenizer: &tokenizer)
                read[article.id] = sentences
                labels[article.id] = Evaluator.goldLabels(sentences, curated[article.id] ?? [])
            }
            stems = SentenceStems(articles: measured + training, read: read, tokenizer: &tokenizer)
        }
    }

    /// Whether two ranges share at least half of the shorter one.
    static func substantiallyOverlap(_ a: TextRange, _ b: TextRange) -> Bool {
        let shorter = min(a.length, b.length)
        return shorter > 0 && a.overlapLength(b) * 2 >= shorter
    }

    /// Of the items that substantially overlap `target`, the one that overlaps it most: how a
    /// sentence or detected argument is matched to a curated one, and back.
    static func mostOverlapping<Item>(_ items: [Item], _ target: TextRange, range: (Item) -> TextRange) -> Item? {
        items.filter { substantiallyOverlap(range($0), target) }
            .max { range($0).overlapLength(target) < range($1).overlapLength(target) }
    }

    /// For each read sentence, the stance of the curated argument covering it, or nil.
    static func goldLabels(_ sentences: [ReadSentence], _ curated: [Argument]) -> [Stance?] {
        sentences.map { mostOverlapping(curated, $0.range, range: \.range)?.stance }
    }

    // MARK: - Fitting

    static func fit(_ training: [Article], data: LabelledSentences, profile: QuestionProfile) -> DetectorParameters {
        let (read, labels, stems) = (data.read, data.labels, data.stems)
        // Start from the hand-set prior, never from the profile's shipped weights: those were fitted
        // on every seed article, the measured one included.
        var prior = DetectorParameters()
        prior.linkThreshold = profile.detector.linkThreshold
        prior.maxLinksPerArgument = profile.detector.maxLinksPerArgument
        var parameters = prior
        let fitter = LogisticFit()
        // Stage 1 without the neighbour feature, stage 2 with neighbours scored by stage 1.
        func examples(_ sentences: [String: [ReadSentence]], _ features: (ReadSentence) -> FeatureVector) -> [LogisticFit.Example] {
            training.flatMap { article in
                zip(zip(sentences[article.id] ?? [], labels[article.id] ?? []), stems.stems(article.id)).map { pair, words in
                    LogisticFit.Example(features: features(pair.0), stems: words, label: pair.1 != nil)
                }
            }
        }
        (parameters.weights, parameters.words) = fitter.fit(examples(read, \.baseFeatures), prior: prior.weights)
        let reader = SentenceReader(CompiledProfile(profile))
        /// The training sentences with the current word evidence, scored by the current model.
        func scoredSentences() -> [String: [ReadSentence]] {
            Dictionary(uniqueKeysWithValues: training.map { article in
                var sentences = read[article.id] ?? []
                stems.apply(parameters, themeIDs: profile.themes.map(\.id), to: &sentences, articleID: article.id)
                ArticleReader(reader: reader, parameters: parameters).score(&sentences)
                return (article.id, sentences)
            })
        }
        (parameters.weights, parameters.words) = fitter.fit(examples(scoredSentences(), \.features), prior: parameters.weights)
        let weighed = scoredSentences()
        var scored: [(probability: Double, label: Bool)] = []
        for article in training {
            for (sentence, label) in zip(weighed[article.id] ?? [], labels[article.id] ?? []) { scored.append((sentence.probability, label != nil)) }
        }
        parameters.threshold = bestThreshold(scored)
        parameters.maxShare = bestShare(training, read: weighed, labels: labels, profile: profile, parameters: parameters)
        let lean = bestLean(training, read: weighed, curated: data.curated, profile: profile, parameters: parameters)
        parameters.articleLean = lean.weight
        if let calibration = StanceCalibration().fit(lean.stances) {
            (parameters.stanceOffset, parameters.stanceSlope) = calibration
        }
        parameters.themes = ThemeFit().fit(themeExamples(training, read: weighed, data: data, profile: profile, parameters: parameters),
                                           themeIDs: profile.themes.map(\.id))
        return parameters
    }

    /// Detection is asked for precision 0.85 and recall 0.80 together, so the fit looks for the
    /// operating point nearest both: the one whose larger shortfall from its target is smallest.
    /// (F1 weighs the two alike and, on our data, settled where recall was high and precision short.)
    static let precisionTarget = 0.85
    static let recallTarget = 0.80

    static func operatingScore(truePositives: Int, predicted: Int, gold: Int) -> Double {
        let precision = predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
        let recall = gold == 0 ? 0 : Double(truePositives) / Double(gold)
        return min(precision / precisionTarget, recall / recallTarget)
    }

    static func bestThreshold(_ scored: [(probability: Double, label: Bool)]) -> Double {
        var best = (threshold: 0.5, score: -1.0)
        for step in 20...85 {
            let threshold = Double(step) / 100
            var truePositives = 0, predicted = 0, gold = 0
            for item in scored {
                if item.label { gold += 1 }
                if item.probability >= threshold {
                    predicted += 1
                    if item.label { truePositives += 1 }
                }
            }
            let score = operatingScore(truePositives: truePositives, predicted: predicted, gold: gold)
            if score > best.score + 1e-9 { best = (threshold, score) }
        }
        return best.threshold
    }

    /// The share cap that best meets the targets (`operatingScore`) over the training articles'
    /// sentences, at most 0.8: a careful reading marks about half of an op-ed's sentences, and an
    /// article whose every sentence passes the threshold says more about the threshold than about
    /// the article.
    static func bestShare(_ training: [Article], read: [String: [ReadSentence]], labels: [String: [Stance?]],
                          profile: QuestionProfile, parameters: DetectorParameters) -> Double {
        var best = (share: 1.0, score: -1.0)
        for step in stride(from: 8, through: 4, by: -1) {
            var candidate = parameters
            candidate.maxShare = Double(step) / 10
            let reader = ArticleReader(reader: SentenceReader(CompiledProfile(profile)), parameters: candidate)
            var truePositives = 0, predicted = 0, gold = 0
            for article in training {
                var sentences = read[article.id] ?? []
                reader.score(&sentences)
                for (sentence, label) in zip(sentences, labels[article.id] ?? []) {
                    if label != nil { gold += 1 }
                    if sentence.isArgument {
                        predicted += 1
                        if label != nil { truePositives += 1 }
                    }
                }
            }
            let score = operatingScore(truePositives: truePositives, predicted: predicted, gold: gold)
            if score > best.score + 1e-9 { best = (candidate.maxShare, score) }
        }
        return best.share
    }

    /// The article-lean weight that gives the most curated arguments their stance, and the
    /// stances it gave (what the stance calibration is fitted on).
    static func bestLean(_ training: [Article], read: [String: [ReadSentence]], curated: [String: [Argument]],
                         profile: QuestionProfile, parameters: DetectorParameters)
        -> (weight: Double, stances: [StanceCalibration.Example]) {
        let reader = SentenceReader(CompiledProfile(profile))
        var best: (weight: Double, stances: [StanceCalibration.Example], correct: Int) = (parameters.articleLean, [], -1)
        for lean in [0.0, 0.25, 0.5, 0.75, 1.0] {
            var candidate = parameters
            candidate.articleLean = lean
            let stances = stanceExamples(training, read: read, curated: curated, profile: profile, reader: reader, parameters: candidate)
            let correct = stances.filter(\.correct).count
            if correct > best.correct { best = (lean, stances, correct) }
        }
        return (best.weight, best.stances)
    }

    // MARK: - Links

    /// How many curated links auto linking finds among the curated arguments themselves.
    static func linksFromCuratedArguments(articles: [Article], curated: CuratedMap, analyzer: Analyzer) -> Int {
        let found = Set(analyzer.links(among: curated.arguments, articles: articles).map { Analyzer.pairKey($0.from, $0.to) })
        return curated.links.filter { found.contains(Analyzer.pairKey($0.from, $0.to)) }.count
    }

    /// A curated link counts as found when auto linking joins any argument overlapping one end to
    /// any argument overlapping the other.
    static func countLinks(_ figures: inout [EvaluationFigures], curated: CuratedMap, autoItems: [LinkableArgument],
                           analyzer: Analyzer) {
        let links = analyzer.autoLinks(autoItems)
        let autoByID = Dictionary(autoItems.map { ($0.argument.id, $0.argument) }, uniquingKeysWith: { first, _ in first })
        let curatedByID = Dictionary(curated.arguments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func covers(_ auto: Argument?, _ end: Argument) -> Bool {
            guard let auto, auto.articleID == end.articleID else { return false }
            return auto.range.overlaps(end.range)
        }
        for link in curated.links {
            guard let from = curatedByID[link.from], let to = curatedByID[link.to],
                  let index = figures.firstIndex(where: { $0.articleID == from.articleID }) else { continue }
            figures[index].curatedLinks += 1
            let found = links.contains { auto in
                let a = autoByID[auto.from], b = autoByID[auto.to]
                return (covers(a, from) && covers(b, to)) || (covers(a, to) && covers(b, from))
            }
            if found { figures[index].linksFound += 1 }
        }
    }
}
