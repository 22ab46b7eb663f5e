import CounterpointCore
import Foundation

/// Reads and checks the `[profile]` tables of a TOML file (normally `corpus.toml`). Every problem
/// is a one-line `TOMLFileError` naming the file and the place ("profile.cues[2].stance").
public enum ProfileLoader {
    /// The profile in `text`, or nil when the file has no `[profile]` table.
    public static func parseIfPresent(_ text: String, file: String) throws -> QuestionProfile? {
        let document = try TOMLFile.decode(ProfileDocument.self, from: text, file: file)
        guard let raw = document.profile else { return nil }
        return try build(raw, file: file)
    }

    public static func parse(_ text: String, file: String) throws -> QuestionProfile {
        guard let profile = try parseIfPresent(text, file: file) else {
            throw TOMLFileError(file: file, place: "top level", problem: "no [profile] table")
        }
        return profile
    }

    public static func load(_ url: URL) throws -> QuestionProfile {
        try parse(TOMLFile.read(url), file: url.path)
    }

    private static func build(_ raw: RawProfile, file: String) throws -> QuestionProfile {
        func fail(_ place: String, _ problem: String) -> TOMLFileError {
            TOMLFileError(file: file, place: "profile" + place, problem: problem)
        }
        let split = Stance(raw.splitStance)
        let bond = Stance(raw.bondStance)
        guard !raw.splitStance.isEmpty, !raw.bondStance.isEmpty, split != bond else {
            throw fail(".split_stance", "split_stance and bond_stance must be two different, non-empty ids")
        }
        func stance(_ id: String, at place: String) throws -> Stance {
            guard id == split.rawValue || id == bond.rawValue else {
                throw fail(place, "unknown stance \"\(id)\" (known: \(split), \(bond))")
            }
            return Stance(id)
        }
        func terms(_ list: [String], at place: String) throws -> [String] {
            if let index = list.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw fail("\(place)[\(index)]", "empty term")
            }
            return list
        }

        var partyIDs = Set<String>()
        var parties: [Party] = []
        for (index, entry) in raw.parties.enumerated() {
            guard partyIDs.insert(entry.id).inserted else { throw fail(".parties[\(index)].id", "duplicate party id \"\(entry.id)\"") }
            parties.append(Party(id: entry.id, name: entry.name ?? entry.id, role: entry.role ?? .other,
                                 aliases: try terms(entry.aliases, at: ".parties[\(index)].aliases")))
        }
        guard parties.contains(where: { $0.role == .bloc }) else {
            throw fail(".parties", "no party has role = \"bloc\"")
        }

        let events = try raw.events.enumerated().map { index, group in
            EventGroup(kind: group.kind, relation: group.relation ?? .bloc, weight: group.weight?.value ?? 1,
                       terms: try terms(group.terms, at: ".events[\(index)].terms"))
        }
        let cues = try raw.cues.enumerated().map { index, group in
            CueGroup(stance: try stance(group.stance, at: ".cues[\(index)].stance"), weight: group.weight?.value ?? 1,
                     terms: try terms(group.terms, at: ".cues[\(index)].terms"))
        }

        var themeIDs = Set<String>()
        var themes: [Theme] = []
        for (index, entry) in raw.themes.enumerated() {
            guard themeIDs.insert(entry.id).inserted else { throw fail(".themes[\(index)].id", "duplicate theme id \"\(entry.id)\"") }
            let lean = try entry.lean.map { try stance($0, at: ".themes[\(index)].lean") }
            themes.append(Theme(id: entry.id, description: entry.description ?? "",
                                terms: try terms(entry.terms, at: ".themes[\(index)].terms"), lean: lean,
                                answers: entry.answers ?? []))
        }
        guard !themes.isEmpty else { throw fail(".themes", "at least one theme is needed") }
        for (index, theme) in themes.enumerated() {
            if let unknown = theme.answers.first(where: { !themeIDs.contains($0) }) {
                throw fail(".themes[\(index)].answers", "unknown theme \"\(unknown)\"")
            }
        }

        let detector = raw.detector ?? DetectorParameters()
        let known = Set(SentenceFeature.allCases.map(\.rawValue) + ["bias"])
        if let unknown = detector.weights.keys.sorted().first(where: { !known.contains($0) }) {
            throw fail(".detector.weights.\(unknown)", "unknown feature (known: \(known.sorted().joined(separator: ", ")))")
        }
        guard detector.maxLinksPerArgument >= 0 else { throw fail(".detector.max_links", "must not be negative") }
        guard detector.stanceOffset.isFinite else { throw fail(".detector.stance_offset", "must be a finite number") }
        guard detector.stanceSlope.isFinite, detector.stanceSlope >= 0 else {
            throw fail(".detector.stance_slope", "must be a finite number, 0 or more (stronger evidence is never less sure)")
        }
        if let bad = firstNonStem(detector.words.keys) {
            throw fail(".detector.words.\"\(bad)\"", "not a word stem (lowercase, no spaces)")
        }
        if let bad = detector.words.first(where: { !$0.value.isFinite }) {
            throw fail(".detector.words.\(bad.key)", "weight must be a finite number")
        }

        if let model = detector.themes { try check(model, themeIDs: themeIDs, fail: fail) }

        return QuestionProfile(splitStance: split, bondStance: bond, parties: parties,
                               topicTerms: try terms(raw.topic ?? [], at: ".topic"), events: events, cues: cues,
                               language: try raw.language?.cues(checking: terms) ?? LanguageCues(),
                               themes: themes, detector: detector)
    }
}

extension ProfileLoader {
    /// Word-weight keys are stems as the tokenizer makes them (lowercase, one word): anything else
    /// would never match.
    /// The first key, in sorted order so the error names the same one every time, that is not a
    /// stem; sorted only when there is one.
    private static func firstNonStem(_ keys: Dictionary<String, Double>.Keys) -> String? {
        guard keys.contains(where: { !isStem($0) }) else { return nil }
        return keys.sorted().first { !isStem($0) }
    }

    private static func isStem(_ key: String) -> Bool {
        // Lowercase ASCII, the common case, without a Unicode property lookup per letter.
        if !key.isEmpty, key.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) { return true }
        return !key.isEmpty && !key.unicodeScalars.contains { $0.properties.isUppercase || $0.properties.isWhitespace }
    }

    /// The theme model names only the profile's themes, and its word keys are stems.
    private static func check(_ model: ThemeModel, themeIDs: Set<String>,
                              fail: (String, String) -> TOMLFileError) throws {
        let at = ".detector.themes"
        for (name, value) in [("passage", model.passage), ("block", model.block), ("article", model.article), ("agrees", model.agrees)]
        where !value.isFinite {
            throw fail("\(at).\(name)", "weight must be a finite number")
        }
        if let unknown = model.bias.keys.sorted().first(where: { !themeIDs.contains($0) }) {
            throw fail("\(at).bias.\(unknown)", "unknown theme \"\(unknown)\"")
        }
        if let bad = model.bias.first(where: { !$0.value.isFinite }) { throw fail("\(at).bias.\(bad.key)", "weight must be a finite number") }
        for theme in model.words.keys.sorted() {
            guard themeIDs.contains(theme) else { throw fail("\(at).words.\(theme)", "unknown theme \"\(theme)\"") }
            let words = model.words[theme] ?? [:]
            if let bad = firstNonStem(words.keys) {
                throw fail("\(at).words.\(theme).\"\(bad)\"", "not a word stem (lowercase, no spaces)")
            }
            if let bad = words.first(where: { !$0.value.isFinite }) {
                throw fail("\(at).words.\(theme).\(bad.key)", "weight must be a finite number")
            }
        }
    }
}

// MARK: - The TOML shape

private struct ProfileDocument: Decodable {
    var profile: RawProfile?
}

private struct RawProfile: Decodable {
    var splitStance: String
    var bondStance: String
    var parties: [RawParty]
    var topic: [String]?
    var events: [RawEventGroup]
    var cues: [RawCueGroup]
    var language: RawLanguage?
    var themes: [RawTheme]
    var detector: DetectorParameters?

    enum CodingKeys: String, CodingKey {
        case splitStance = "split_stance", bondStance = "bond_stance"
        case parties, topic, events, cues, language, themes, detector
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        splitStance = try container.decode(String.self, forKey: .splitStance)
        bondStance = try container.decode(String.self, forKey: .bondStance)
        parties = try container.decodeIfPresent([RawParty].self, forKey: .parties) ?? []
        topic = try container.decodeIfPresent([String].self, forKey: .topic)
        events = try container.decodeIfPresent([RawEventGroup].self, forKey: .events) ?? []
        cues = try container.decodeIfPresent([RawCueGroup].self, forKey: .cues) ?? []
        language = try container.decodeIfPresent(RawLanguage.self, forKey: .language)
        themes = try container.decodeIfPresent([RawTheme].self, forKey: .themes) ?? []
        detector = try container.decodeIfPresent(DetectorParameters.self, forKey: .detector)
    }
}

private struct RawParty: Decodable {
    var id: String
    var name: String?
    var role: Party.Role?
    var aliases: [String]
}

private struct RawEventGroup: Decodable {
    var kind: EventGroup.Kind
    var relation: EventGroup.Relation?
    var weight: ProfileNumber?
    var terms: [String]
}

private struct RawCueGroup: Decodable {
    var stance: String
    var weight: ProfileNumber?
    var terms: [String]
}

private struct RawTheme: Decodable {
    var id: String
    var description: String?
    var lean: String?
    var answers: [String]?
    var terms: [String]
}

private struct RawLanguage: Decodable {
    var negators, doubters, affirmers, hedges, reporting, modals, causal, contrast, concessive: [String]?
    var evaluative, background, rebuttals, firstPerson, planNouns, intents, neutral, historical: [String]?

    enum CodingKeys: String, CodingKey {
        case negators, doubters, affirmers, hedges, reporting, modals, causal, contrast, concessive
        case evaluative, background, rebuttals, intents, neutral, historical
        case firstPerson = "first_person", planNouns = "plan_nouns"
    }

    func cues(checking check: ([String], String) throws -> [String]) throws -> LanguageCues {
        var cues = LanguageCues()
        let fields: [(WritableKeyPath<LanguageCues, [String]>, [String]?, String)] = [
            (\.negators, negators, "negators"), (\.doubters, doubters, "doubters"), (\.affirmers, affirmers, "affirmers"),
            (\.hedges, hedges, "hedges"), (\.reporting, reporting, "reporting"), (\.modals, modals, "modals"),
            (\.causal, causal, "causal"), (\.contrast, contrast, "contrast"), (\.concessive, concessive, "concessive"),
            (\.evaluative, evaluative, "evaluative"), (\.background, background, "background"),
            (\.rebuttals, rebuttals, "rebuttals"), (\.firstPerson, firstPerson, "first_person"),
            (\.planNouns, planNouns, "plan_nouns"), (\.intents, intents, "intents"), (\.neutral, neutral, "neutral"),
            (\.historical, historical, "historical"),
        ]
        for (path, list, name) in fields {
            cues[keyPath: path] = try check(list ?? [], ".language.\(name)")
        }
        return cues
    }
}
