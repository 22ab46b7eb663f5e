import CounterpointAnalysis
import Foundation

extension Stance {
    /// Curation only: the passage is not an argument at all (it leaves the map).
    public static let notAnArgument = Stance("not-an-argument")
}

/// What a curation record says about an argument (or a pair of arguments).
public enum CurationAction: Hashable, Sendable {
    /// The argument takes this stance (`Stance.notAnArgument` removes it).
    case setStance(Stance)
    /// An auto-detected argument is wrong: remove it.
    case reject
    /// The two arguments contradict each other.
    case link
    /// The two arguments do not contradict each other (removes an auto or curated link).
    case unlink

    /// The name stored in the database and shown in reports.
    public var kind: String {
        switch self {
        case .setStance: return "stance"
        case .reject: return "reject"
        case .link: return "link"
        case .unlink: return "unlink"
        }
    }

    public var isPairwise: Bool { self == .link || self == .unlink }

    public var motivation: Motivation { isPairwise ? .linking : .classifying }
}

/// One user decision about the analysis. Arguments are named by their passage (article key and
/// both selectors), not by analyzer id, so a decision survives re-analysis and edits to the text.
public struct CurationRecord: Hashable, Sendable, Identifiable {
    public var id: UUID
    public var action: CurationAction
    public var target: TextTarget
    /// The second argument of a link or unlink.
    public var other: TextTarget?
    /// The argument's theme and speaker when the decision was made, so a stance given to a passage
    /// the analyzer no longer finds can still put a complete argument on the map.
    public var theme: String?
    public var speaker: String?
    public var created: Timestamp
    public var modified: Timestamp

    public init(id: UUID = UUID(), action: CurationAction, target: TextTarget, other: TextTarget? = nil,
                theme: String? = nil, speaker: String? = nil, created: Timestamp = .now(), modified: Timestamp? = nil) {
        precondition(action.isPairwise == (other != nil), "links name two arguments, other curation one")
        self.id = id
        self.action = action
        self.target = target
        self.other = other
        self.theme = theme
        self.speaker = speaker
        self.created = created
        self.modified = modified ?? created
    }

    public var stance: Stance? {
        if case .setStance(let stance) = action { return stance }
        return nil
    }
}
