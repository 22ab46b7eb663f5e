/// How the reader uses the terminal, from command-line flags and configuration.
public struct TerminalOptions: Sendable, Hashable {
    /// Mouse reporting takes the terminal's own text selection away, so users can turn it off.
    public var mouse: Bool
    public var color: ColorPolicy

    public init(mouse: Bool = true, color: ColorPolicy = .auto) {
        self.mouse = mouse
        self.color = color
    }
}

/// `auto` uses colour when the terminal has it and `NO_COLOR` is unset or empty; `never` draws
/// with attributes only (bold, dim, underline, reverse).
public enum ColorPolicy: String, Sendable, Hashable, CaseIterable {
    case auto, never
}
