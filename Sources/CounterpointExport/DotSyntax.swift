/// Quoting for the Graphviz DOT language.
enum DotSyntax {
    /// A quoted DOT ID. Inside DOT quotes `\"` is a quote and Graphviz's scanner reads `\\` as one
    /// pair, so doubling every backslash keeps a trailing one from swallowing the closing quote.
    /// Line breaks become spaces: an ID is one line.
    static func id(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A quoted label (an escString): lines joined with `\n`, which Graphviz centres. A backslash
    /// in the text must be doubled, or `\N`, `\G`, `\l` and the like would be expanded.
    static func label(_ lines: [String]) -> String {
        var out = "\""
        for (index, line) in lines.enumerated() {
            if index > 0 { out += "\\n" }
            for scalar in line.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n", "\r", "\t": out += " "
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `[key=value, …]` with every value quoted.
    static func attributes(_ pairs: [(String, String)]) -> String {
        "[" + pairs.map { "\($0.0)=\(quoteValue($0.1))" }.joined(separator: ", ") + "]"
    }

    private static func quoteValue(_ value: String) -> String {
        value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? value : id(value)
    }
}
