/// How sure the analyzer is of a stance, in the three bands the reader and `eval` show. A stance
/// is a reading of evidence; when the evidence is weak the reader says so rather than colour a
/// guess like a finding.
public enum StanceSureness: Int, CaseIterable, Sendable {
    /// Right little more often than a coin toss: decided by the article's or the theme's lean.
    case guess
    case likely
    case sure

    public static let likelyFrom = 0.65
    public static let sureFrom = 0.8

    public init(_ stanceConfidence: Double) {
        self = stanceConfidence >= StanceSureness.sureFrom ? .sure : stanceConfidence >= StanceSureness.likelyFrom ? .likely : .guess
    }

    public var name: String {
        switch self {
        case .guess: return "a guess"
        case .likely: return "likely"
        case .sure: return "sure"
        }
    }
}

extension Argument {
    /// Curated stances are a reader's, never a guess.
    public var stanceSureness: StanceSureness { origin == .curated ? .sure : StanceSureness(stanceConfidence) }
}
