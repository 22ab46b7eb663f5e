import CounterpointAnalysis
import CounterpointCore

/// How each kind of thing looks. With colour, stance is a colour; in monochrome (NO_COLOR, vt100)
/// stance reads from the gutter glyph on every line of an argument and from attributes.
struct Theme {
    var monochrome: Bool

    static func glyph(for stance: Stance) -> String {
        switch stance {
        case .feasible: return "+"
        case .infeasible: return "−"
        default: return "•"
        }
    }

    func role(for stance: Stance) -> ColorRole? {
        switch stance {
        case .feasible: return .feasible
        case .infeasible: return .infeasible
        default: return .accent
        }
    }

    func base(for kind: BlockKind) -> Style {
        switch kind {
        case .title, .heading: return Style(foreground: monochrome ? nil : .heading, bold: true)
        case .pullquote, .preface: return Style(italic: true)
        case .comment, .boilerplate: return Style(dim: true)
        case .body: return .plain
        }
    }

    /// An argument's text: stance colour, dim when auto-detected, bold when curated in monochrome.
    func argument(_ argument: Argument, over base: Style, current: Bool) -> Style {
        var style = base
        if monochrome {
            style.bold = argument.origin == .curated || base.bold
            style.dim = argument.origin == .auto
        } else {
            style.foreground = role(for: argument.stance)
            style.dim = argument.origin == .auto && !current
        }
        if current { style.reverse = true }
        return style
    }

    func searchMatch(over base: Style) -> Style {
        var style = base
        if monochrome {
            style.underline = true
            style.bold = true
        } else {
            style.background = .selection
        }
        return style
    }

    func gutter(for argument: Argument, current: Bool) -> Style {
        var style = Style(foreground: monochrome ? nil : role(for: argument.stance), bold: true)
        style.reverse = current
        return style
    }

    func selected(over base: Style) -> Style {
        var style = base
        if monochrome { style.reverse = true } else { style.background = .accent }
        return style
    }

    var noteMark: Style { Style(foreground: monochrome ? nil : .note, bold: true) }
    var muted: Style { Style(foreground: monochrome ? nil : .muted, dim: true) }
    var rule: Style { Style(foreground: monochrome ? nil : .muted) }
    var focusedHeader: Style { Style(foreground: monochrome ? nil : .accent, bold: true, reverse: true) }
    var header: Style { Style(bold: true, underline: monochrome) }
    var status: Style { Style(bold: true) }
    var message: Style { Style(foreground: monochrome ? nil : .warning, bold: true) }
    var selection: Style { Style(reverse: true) }
}
