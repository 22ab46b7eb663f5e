import CounterpointCore
import Testing
@testable import CounterpointAnalysis

/// Stance of single constructed sentences (none taken from the seeds): events, negation, doubt,
/// hedges, the outsider relation, passive and concessive constructions.
@Suite struct StanceTests {
    static let infeasible: [String] = [
        "Moscow is unlikely to walk away from its partnership with Beijing.",
        "The Kremlin will never abandon China.",
        "Russia's growing dependence on Chinese markets makes any American bid to pry it away unrealistic.",
        "Russia has little interest in better relations with the United States.",
        "Russia deeply mistrusts the United States.",
        "While frictions exist, the partnership between Russia and China is stronger than ever.",
        "Xi and Putin share a common vision of a multipolar world.",
        "Hoping to lure Moscow away from Beijing is wishful thinking.",
        "Washington's promises are unreliable, and the next president could reverse them.",
        "There is no rift between Moscow and Beijing to exploit.",
        // Coordinated judgements count once, not as a double negative.
        "Trying to pry Moscow away from Beijing is both naive and misguided.",
        "Any attempt to split Russia from China is futile, unrealistic and doomed.",
        // A doubter in the predicate judges the subject, not the reason that follows it.
        "A rapprochement between Washington and Moscow is unlikely given Russia's dependence on China.",
        "Prying Moscow away from Beijing will prove a mammoth task.",
        "I don't know if we will ever be able to pull Russia away from China.",
        // In the predicate it judges the whole subject, an aside between dashes included.
        "A rapprochement with Moscow and a grand bargain with the Kremlin are both unrealistic.",
        "Plans to pry Moscow away from Beijing – the pet project of some in Washington – are a fantasy.",
        // A doubter after the event restates the doubt before it: one judgement.
        "Hopes of dismantling the partnership between Moscow and Beijing are a fantasy.",
        "The belief that Washington can pry Moscow away from Beijing is flawed.",
        // Two predicates: the negation covers the first, the second stands ("and will deepen").
        "The Kremlin will not abandon Beijing and will deepen its ties with China.",
        // "as … as": a comparison, not the object of the bond before it.
        "Moscow and Beijing are as closely aligned as Washington feared.",
        // The split word is the object: ties with the outsider at a low hold the bloc together.
        "American-Russian ties hit a new low this year.",
        "Moscow and Beijing are linked by practical needs.",
        // An event named as the subject yields to what the predicate says of it.
        "Reports of a rift between the two capitals are exaggerated.",
        "Talk of friction between Moscow and Beijing is overstated.",
        // A party after a word of opposition is the bond's target, not its partner.
        "Putin and Xi have built a partnership against the West.",
        "Moscow and Beijing have forged an alliance aimed at counterbalancing Western influence.",
        // The affirmer right after a doubter is what it denies: one judgement.
        "Washington hopes to pull Moscow away from Beijing, but such efforts are unlikely to succeed.",
        // Verbs and adjectives that judge the idea they follow.
        "The notion that Washington can drive a wedge between Moscow and Beijing misunderstands their relationship.",
        "Moscow and Beijing will see through any attempt to divide them.",
        "The case for pulling Moscow away from Beijing rests on a flimsy basis.",
        // Damage to the outsider's credibility is its unreliability, not a negated cue.
        "Courting the Kremlin would further undermine American credibility with allies.",
        "Washington lacks the credibility to make Moscow a lasting offer.",
    ]

    /// The junior partner's role names the asymmetry, not a side: it is resented as often as it
    /// binds, so the words around it decide.
    @Test func theJuniorPartnersRoleTakesNoSideOfItsOwn() {
        #expect(Fixtures.stance("Russia has become China's junior partner.") == nil)
        #expect(Fixtures.stance("Moscow now plays second fiddle to Beijing.") == nil)
    }

    /// "anti" opposes a party only when it names one: "anti-war" and "anti-hegemonic" split nothing.
    @Test func antiSplitsOnlyWhenItNamesAParty() {
        #expect(Fixtures.stance("Beijing has censored anti-war sentiment at home.") == nil)
        #expect(Fixtures.stance("Moscow has joined anti-Chinese initiatives in Asia.") == Stance("feasible"))
    }

    /// A split in the past is history, not evidence about now: the sentence takes no side by itself.
    @Test func pastEventsOfAnEraTakeNoSide() {
        let past = Fixtures.reading("During the Cold War, the Soviet Union and China were bitter rivals and fought over their border.")
        #expect(past.stanceScore == 0 && past.cues.contains { $0.hasPrefix("historical:") }, "\(past.cues)")
        let present = Fixtures.reading("Unlike the Soviet Union, Russia is now dependent on China.")
        #expect(present.stanceScore != 0 && !present.cues.contains { $0.hasPrefix("historical:") }, "\(present.cues)")
    }

    /// Dealings between the outsider and third parties (its own allies) take no side on the bloc.
    @Test func theOutsidersOwnAlliancesAreNotTheBloc() {
        let reading = Fixtures.reading("European allies might stop buying American weapons and end their alliance with Washington.")
        #expect(reading.cues.contains { $0.hasSuffix("@third-party") }, "\(reading.cues)")
        #expect(!reading.cues.contains { $0.hasPrefix("event:") && !$0.hasSuffix("@third-party") }, "\(reading.cues)")
        // Owned by the outsider ("U.S. allies") even where the sentence names a bloc member.
        let owned = Fixtures.reading("A deal with Moscow would unsettle U.S. allies in Europe.")
        #expect(owned.cues.contains { $0.hasPrefix("event:bond:") && $0.hasSuffix("@third-party") }, "\(owned.cues)")
        // With a bloc member beside the owner, the pair is the outsider's relation with the bloc.
        let paired = Fixtures.reading("Russia's trade with China dwarfs the old Russian-European partnership.")
        #expect(!paired.cues.contains { $0.hasSuffix("@third-party") }, "\(paired.cues)")
    }

    static let feasible: [String] = [
        "Moscow could walk away from Beijing once the war ends.",
        "Closer ties with Washington would give Moscow an alternative to Beijing.",
        "There is deep mistrust between Moscow and Beijing over Central Asia.",
        "Their friendship is limited by competing interests in the Arctic.",
        "It is not implausible that Russia could distance itself from China.",
        "The Kremlin resents being Beijing's junior partner.",
        // Leaving the bloc: a breakup or an escape from it.
        "The partnership between Moscow and Beijing is heading for a breakup.",
        "Russia is desperate to escape its dependence on China.",
        "It is not in Russia's interest to become a vassal of China.",
        "Officials in Moscow have welcomed the American overtures.",
        "Washington can drive a wedge between Russia and China.",
        // Nested doubt is a double negative: a split that is unlikely to fail.
        "A split between Moscow and Beijing is unlikely to fail.",
        "It is unclear whether the partnership between Moscow and Beijing will last.",
        "The bond between Beijing and Moscow looks strong, but there are cracks beneath the surface.",
        "If Washington lifts sanctions, Moscow's dependence on Beijing decreases.",
        // The negation ends at the conjunction: "not happy and even resents" asserts the resentment.
        "The Kremlin is not happy and even resents playing second fiddle to Beijing.",
        // A bond word with a split for object furthers the split.
        "Many in Congress support driving a wedge between Moscow and Beijing.",
        "New sanctions would only deepen the rift between Russia and China.",
        "For the Kremlin, the lure of Western markets may outweigh its loyalty to Beijing.",
        "Undermining the partnership between Russia and China is within reach.",
        "The plan has merit.",
        "Militarily, China is surpassing Russia, whose economy stagnates.",
        "There is a growing power disparity between Moscow and Beijing.",
        "Their partnership has become deeply imbalanced.",
        "Tariffs could derail the partnership between Moscow and Beijing.",
        // The outsider owns the bond, whatever other bloc member the sentence names.
        "Washington's alliance with Moscow would isolate Beijing.",
        // A bond aimed at a bloc member, named after its partner or after a verb of opposition.
        "Washington could form an alliance with Moscow against Beijing.",
        "Washington and Moscow could work together to check a rising China.",
    ]

    @Test(arguments: infeasible) func infeasibleSentences(_ sentence: String) {
        #expect(Fixtures.stance(sentence) == .infeasible, "\(Fixtures.reading(sentence).cues)")
    }

    @Test(arguments: feasible) func feasibleSentences(_ sentence: String) {
        #expect(Fixtures.stance(sentence) == .feasible, "\(Fixtures.reading(sentence).cues)")
    }

    /// The subject's own event gives way to the predicate, and only when it is the subject: after
    /// a relative word the event is an object, and both count.
    @Test func aSubjectEventYieldsToItsPredicate() {
        let subject = Fixtures.reading("The partnership between Moscow and Beijing is increasingly imbalanced.")
        #expect(subject.stanceScore > 0)
        #expect(!subject.cues.contains { $0.hasPrefix("event:bond") }, "\(subject.cues)")
        let object = Fixtures.reading("Moscow values its partnership with Beijing, which is increasingly imbalanced.")
        #expect(object.stanceScore == 0)
        #expect(object.cues.contains { $0.hasPrefix("event:bond:partnership") }, "\(object.cues)")
    }

    @Test func negationFlipsTheEventAndSaysSo() {
        let plain = Fixtures.reading("Russia will abandon China.")
        let negated = Fixtures.reading("Russia will not abandon China.")
        #expect(plain.stanceScore > 0)
        #expect(negated.stanceScore < 0)
        #expect(negated.cues.contains { $0.hasPrefix("negation:not") })
        #expect(plain.cues.contains("party:Russia") && plain.cues.contains("party:China"))
    }

    /// A denied affirmer judges the events after it: "no benefit to a partnership" doubts it.
    @Test func aDeniedAffirmerDoubtsWhatFollows() {
        #expect(Fixtures.stance("There would be no real benefit to a new partnership between Washington and Moscow.") == .infeasible)
        #expect(Fixtures.stance("There is no chance of a rift between Beijing and Moscow.") == .infeasible)
        #expect(Fixtures.stance("There is a chance of a rift between Beijing and Moscow.") == .feasible)
    }

    /// A denied affirmer after its event judges it, in the predicate over the reason that follows:
    /// "a reverse Nixon would not be feasible given Moscow's dependence" denies the reverse Nixon.
    @Test func aDeniedAffirmerInThePredicateJudgesItsSubject() {
        for sentence in ["A rapprochement between Washington and Moscow is not realistic.",
                         "Washington's attempts to drive a wedge between Moscow and Beijing will not succeed.",
                         "Pulling Moscow away from Beijing is not a viable strategy.",
                         "A reverse Nixon would not be feasible given Moscow's dependence on Beijing."] {
            let reading = Fixtures.reading(sentence)
            #expect(reading.stanceScore < 0, "\(sentence): \(reading.cues)")
            #expect(reading.cues.contains { $0.hasPrefix("doubt:") }, "\(sentence): \(reading.cues)")
        }
        // Affirmed, the event stands.
        #expect(Fixtures.stance("Washington's attempts to drive a wedge between Moscow and Beijing will succeed.") == .feasible)
    }

    /// Removing an obstacle to a bond is the bond; eliminating a grievance ends a split.
    @Test func removingAnObstacleAffirmsWhatItBlocked() {
        #expect(Fixtures.stance("Moscow and Beijing have removed the last obstacle to closer cooperation.") == .infeasible)
        #expect(Fixtures.stance("The settlement eliminated the old grievances between Moscow and Beijing.") == .infeasible)
    }

    /// A main clause with nothing of its own to say (a bare negation at most) answers the
    /// concession the sentence opens with.
    @Test func aBareDenialTurnsTheConcessionAround() {
        let denied = Fixtures.reading("Although Moscow may welcome closer ties with Washington, it will not act on them.")
        #expect(denied.stanceScore < 0 && denied.cues.contains("answers-concession"), "\(denied.cues)")
        // A main clause with evidence of its own is judged as before, concession halved.
        let argued = Fixtures.reading("Although Moscow wants closer ties with Washington, it will not abandon Beijing.")
        #expect(argued.stanceScore < 0 && !argued.cues.contains("answers-concession"), "\(argued.cues)")
        let bare = Fixtures.reading("Although the two countries have had periods of rivalry, today's world is different.")
        #expect(bare.stanceScore < 0 && bare.cues.contains("answers-concession"), "\(bare.cues)")
        // Only a sentence that opens by conceding: a later "whereas" carries the point itself.
        let whereas = Fixtures.reading("Moscow sees Washington as a rival, whereas Beijing is a partner.")
        #expect(!whereas.cues.contains("answers-concession"), "\(whereas.cues)")
    }

    /// A bond aimed at a bloc member is a split from it; a split aimed at one stays a split.
    @Test func aBondAgainstABlocMemberIsASplit() {
        let ally = Fixtures.reading("Russia might become an ally against China.")
        #expect(ally.stanceScore > 0 && ally.cues.contains { $0.hasSuffix("@against") }, "\(ally.cues)")
        #expect(Fixtures.stance("Russia and China are building a coalition against Washington.") == .infeasible)
        #expect(Fixtures.stance("Moscow would never join a coalition against Beijing.") == .infeasible)
        let hostility = Fixtures.reading("Moscow's hostility against Beijing keeps growing.")
        #expect(hostility.stanceScore > 0 && !hostility.cues.contains { $0.hasSuffix("@against") }, "\(hostility.cues)")
    }

    /// Negation reaches the events coordinated with the one it negates.
    @Test func negationReachesCoordinatedEvents() {
        let reading = Fixtures.reading("Russia will never join NATO or the European Union or even rejoin the G-8.")
        #expect(reading.stanceScore < 0, "\(reading.cues)")
        #expect(reading.cues.filter { $0.hasPrefix("negation:never") }.count == 2, "\(reading.cues)")
    }

    @Test func doubleNegationCancels() {
        #expect(Fixtures.stance("A split between Russia and China is not unlikely.") == .feasible)
        #expect(Fixtures.stance("A split between Russia and China is unlikely.") == .infeasible)
    }

    @Test func hedgesAreReportedWithoutFlipping() {
        let reading = Fixtures.reading("Russia may perhaps abandon China.")
        #expect(reading.stanceScore > 0)
        #expect(reading.cues.contains("hedge:may"))
    }

    @Test func theOutsiderAsPartnerReversesTheEvent() {
        #expect(Fixtures.stance("Moscow is building a partnership with Beijing.") == .infeasible)
        #expect(Fixtures.stance("Moscow is building a partnership with Washington.") == .feasible)
        #expect(Fixtures.reading("Moscow is building a partnership with Washington.").cues.contains { $0.hasSuffix("@outsider") })
    }

    @Test func aSentenceWithoutEvidenceHasNoStance() {
        let reading = Fixtures.reading("The weather in Vladivostok was mild in spring.")
        #expect(reading.stanceScore == 0)
        #expect(reading.evidence == 0)
    }
}

@Suite struct SpeakerTests {
    @Test func reportingVerbAfterAQuote() {
        #expect(Fixtures.reading("“Moscow will never turn against Beijing,” Lavrov said.").reportedSpeaker == "Lavrov")
    }

    @Test func titlesAreDroppedFromNames() {
        let reading = Fixtures.reading("Russian Foreign Minister Sergei Lavrov said that ties with China are unbreakable.")
        #expect(reading.reportedSpeaker == "Sergei Lavrov")
    }

    @Test func accordingToASpeakingNoun() {
        #expect(Fixtures.reading("According to Western diplomats, Russia is uneasy about its dependence on China.").reportedSpeaker
                == "Western diplomats")
        #expect(Fixtures.reading("In the words of one Chinese scholar, the relationship is a marriage of convenience.").reportedSpeaker
                == "Chinese scholar")
    }

    @Test func firstPersonIsTheAuthor() {
        #expect(Fixtures.reading("I believe the Kremlin values its ties with Beijing.").reportedSpeaker == nil)
    }

    @Test func aNounThatCannotSpeakIsNoSpeaker() {
        #expect(Fixtures.reading("The new partnership states that both sides will cooperate.").reportedSpeaker == nil)
    }

    @Test func aPronounResolvesToTheNameBeforeIt() {
        let sentence = "After the call, Secretary of State Jane Doe praised the talks, and she said the thaw would last."
        #expect(Fixtures.reading(sentence).reportedSpeaker == "Jane Doe")
    }
}
