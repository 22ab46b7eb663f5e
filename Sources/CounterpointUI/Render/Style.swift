/// What a cell means, not how it is coloured: the backend maps roles to colours (or to nothing
/// under NO_COLOR), so stance always also reads through glyphs and attributes.
public enum ColorRole: String, Sendable, Hashable, CaseIterable {
    case feasible, infeasible, heading, accent, muted, link, warning, selection, note
}

public struct Style: Hashable, Sendable {
    public var foreground: ColorRole?
    public var background: ColorRole?
    public var bold = false
    public var dim = false
    public var underline = false
    public var reverse = false
    public var italic = false

    public init(foreground: ColorRole? = nil, background: ColorRole? = nil, bold: Bool = false, dim: Bool = false,
                underline: Bool = false, reverse: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    public static let plain = Style()

    /// A compact description for snapshot tests, e.g. `feasible+bold+reverse`.
    public var code: String {
        var parts: [String] = []
        if let foreground { parts.append(foreground.rawValue) }
        if let background { parts.append("on-" + background.rawValue) }
        if bold { parts.append("bold") }
        if dim { parts.append("dim") }
        if underline { parts.append("underline") }
        if reverse { parts.append("reverse") }
        if italic { parts.append("italic") }
        return parts.isEmpty ? "plain" : parts.joined(separator: "+")
    }
}
