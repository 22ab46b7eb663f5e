/// The whole-debate export formats: the argument map as a graph (DOT, or a picture of it rendered
/// by Graphviz), as Argdown text, or a Markdown brief.
public enum DebateExportFormat: String, CaseIterable, Sendable {
    case dot, svg, png, argdown, report

    /// The usual file name extension of the format.
    public var fileExtension: String {
        switch self {
        case .dot: return "dot"
        case .svg: return "svg"
        case .png: return "png"
        case .argdown: return "argdown"
        case .report: return "md"
        }
    }

    /// Whether the format is the argument graph (its text or a rendering of it).
    public var isGraph: Bool { self == .dot || self == .svg || self == .png }

    /// Whether the output is bytes for a viewer rather than text for a person or a tool.
    public var isBinary: Bool { self == .png }
}

/// Which arguments a graph shows.
public enum GraphScope: String, CaseIterable, Sendable {
    /// Only arguments with at least one contradiction link: a picture of every argument of a real
    /// corpus (hundreds of boxes) is unreadable, and an unlinked box carries no structure.
    case linked
    /// Every argument, linked or not.
    case all
}
