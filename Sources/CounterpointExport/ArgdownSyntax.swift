import Foundation

/// Escaping and naming for Argdown text.
enum ArgdownSyntax {
    /// Characters with a meaning anywhere in an Argdown line: references and definitions (`[`, `]`,
    /// `<`, `>`), mentions (`@`), tags (`#`), bold and italic (`*`, `_`), YAML data (`{`, `}`),
    /// comments (`//`, `/*`), front matter (`===`) and the escape itself. Argdown's lexer reads `\`
    /// followed by any character as that character.
    static let special: Set<Unicode.Scalar> = ["\\", "[", "]", "<", ">", "@", "#", "*", "_", "{", "}", "/", "="]

    /// Text for one line of a statement or heading: whitespace collapsed, specials escaped.
    static func text(_ raw: String) -> String {
        var out = ""
        for scalar in ClaimText.collapse(raw).unicodeScalars {
            if special.contains(scalar) { out += "\\" }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// Punctuation a title keeps; anything else that is not a letter, digit or space becomes a space.
    private static let titlePunctuation = Set("-.,;:!?'\"’‘“”%$€£&()/+…".unicodeScalars)

    /// A statement title: one line of letters, digits, spaces and plain punctuation. Argdown ends a
    /// title at `]`, matches titles literally (no escapes), and other syntax characters inside
    /// one (`#`, `//`, `===`) invite misreading by tools, so brackets become parentheses and the
    /// rest becomes spaces.
    static func title(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "[", "{", "<": out.append("(")
            case "]", "}", ">": out.append(")")
            default:
                let plain = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || titlePunctuation.contains(scalar)
                out.append(plain ? scalar : " ")
            }
        }
        var cleaned = ClaimText.collapse(String(out))
        while cleaned.contains("//") { cleaned = cleaned.replacingOccurrences(of: "//", with: "/") }
        return cleaned.isEmpty ? "untitled" : cleaned
    }

    /// `#tag` when the whole word is tag characters, else the bracketed `#(tag words)` form.
    static func tag(_ raw: String) -> String {
        let name = ClaimText.collapse(raw)
        let simple = !name.isEmpty && name.unicodeScalars.allSatisfy(isTagScalar)
        if simple { return "#" + name }
        let bracketed = name.replacingOccurrences(of: ")", with: "").replacingOccurrences(of: "(", with: "")
        return "#(\(bracketed.isEmpty ? "untagged" : bracketed))"
    }

    /// Argdown's simple-tag characters: ASCII letters, digits, `-`, `_`, and most of Unicode above U+00A0.
    private static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: return true
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return !scalar.properties.isWhitespace
        default: return false
        }
    }

    /// A YAML double-quoted scalar (JSON string syntax, which YAML accepts). `=` is written as
    /// `\u003D` because a run of `===` would end Argdown's front matter early.
    static func yamlString(_ raw: String) -> String {
        var out = "\""
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "=": out += "\\u003D"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
