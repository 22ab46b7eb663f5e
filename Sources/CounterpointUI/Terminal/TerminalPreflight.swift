/// The checks that need no terminfo: where the streams go and what TERM says.
public enum TerminalPreflight {
    public static func problem(inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?) -> TerminalUnavailable? {
        if !outputIsTerminal { return TerminalUnavailable(.outputNotATerminal) }
        if !inputIsTerminal { return TerminalUnavailable(.inputNotATerminal) }
        guard let term, !term.isEmpty else { return TerminalUnavailable(.termUnset) }
        if term == "dumb" { return TerminalUnavailable(.noCursorAddressing(term)) }
        return nil
    }

    /// Whether the locale variables ask for UTF-8 (the first of LC_ALL, LC_CTYPE, LANG that is set),
    /// used when that locale is not installed and C.UTF-8 has to stand in.
    public static func environmentWantsUTF8(_ environment: [String: String]) -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8")
        }
        return false
    }
}
