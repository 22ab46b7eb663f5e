/// Why the interactive reader cannot run here. Its description is one line for stderr (the CLI
/// prefixes "counterpoint: " and exits with `exitCode`), always naming the commands that work
/// without a terminal.
public struct TerminalUnavailable: Error, CustomStringConvertible, Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        case outputNotATerminal
        case inputNotATerminal
        case termUnset
        case unknownTerminal(String)
        case noCursorAddressing(String)
        case noTerminfoDatabase
        case alreadyRunning
        case startFailed(String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The exit status the CLI uses: 2, like other usage problems.
    public var exitCode: Int32 { 2 }

    public static let alternatives =
        "use `counterpoint articles`, `counterpoint text ID` or `counterpoint arguments` instead"

    public var description: String {
        "\(problem); \(Self.alternatives)"
    }

    var problem: String {
        switch reason {
        case .outputNotATerminal:
            return "standard output is not a terminal"
        case .inputNotATerminal:
            return "standard input is not a terminal"
        case .termUnset:
            return "TERM is not set (set it to the terminal type, e.g. TERM=xterm-256color)"
        case .unknownTerminal(let name):
            return "unknown terminal type \(Self.quoted(name)) (no terminfo entry)"
        case .noCursorAddressing(let name):
            return "terminal type \(Self.quoted(name)) cannot move the cursor"
        case .noTerminfoDatabase:
            return "no terminfo database found (install ncurses-base)"
        case .alreadyRunning:
            return "the terminal reader is already running in this process"
        case .startFailed(let detail):
            return "could not start the terminal (\(Self.printable(detail)))"
        }
    }

    /// TERM comes from the environment: keep the message one printable line whatever it holds.
    static func quoted(_ name: String) -> String {
        "\"" + printable(name) + "\""
    }

    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars.prefix(64) {
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                result += "?"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 64 ? result + "…" : result
    }
}
