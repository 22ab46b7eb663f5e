/// How many colours the reader may use on this terminal.
enum ColorDepth: Sendable, Hashable {
    /// Attributes only: `NO_COLOR`, `--color never`, or a monochrome terminal (vt100).
    case none
    /// The eight ANSI colours. Terminal themes tune these to their own background, which makes
    /// them the safest choice on both dark and light themes.
    case basic
    /// The xterm 256-colour cube, from which mid-luminance shades are picked: each keeps a contrast
    /// of about 4:1 or better against both a black and a white background.
    case extended

    static func resolve(policy: ColorPolicy, noColor: String?, terminalHasColors: Bool, colorCount: Int) -> ColorDepth {
        if policy == .never { return .none }
        // no-color.org: present and not empty disables colour.
        if let noColor, !noColor.isEmpty { return .none }
        guard terminalHasColors, colorCount >= 8 else { return .none }
        return colorCount >= 256 ? .extended : .basic
    }
}

/// Bold, dim... as a set the backend maps to its own attribute bits.
struct TextAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = TextAttributes(rawValue: 1 << 0)
    static let dim = TextAttributes(rawValue: 1 << 1)
    static let underline = TextAttributes(rawValue: 1 << 2)
    static let reverse = TextAttributes(rawValue: 1 << 3)
    static let italic = TextAttributes(rawValue: 1 << 4)
}

/// A foreground/background pair of terminal colour numbers; -1 is the terminal's default.
struct ColorPair: Hashable, Sendable {
    var foreground: Int16
    var background: Int16
    static let terminalDefault = ColorPair(foreground: -1, background: -1)
}

/// What one cell looks like on this terminal.
struct CellAppearance: Hashable, Sendable {
    var attributes: TextAttributes
    /// Nil draws with the terminal's default colours.
    var colors: ColorPair?
}

/// Maps the renderer's semantic styles to colours and attributes for one colour depth.
struct ColorPalette: Sendable {
    let depth: ColorDepth

    /// ANSI colour numbers (ECMA-48 SGR 30-37 order).
    enum ANSI {
        static let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
        static let blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7
    }

    func appearance(of style: Style) -> CellAppearance {
        var attributes = TextAttributes()
        if style.bold { attributes.insert(.bold) }
        if style.dim { attributes.insert(.dim) }
        if style.underline { attributes.insert(.underline) }
        if style.reverse { attributes.insert(.reverse) }
        if style.italic { attributes.insert(.italic) }
        guard depth != .none else {
            return CellAppearance(attributes: attributes.union(Self.monochromeAttributes(of: style)), colors: nil)
        }
        if style.foreground == .muted && depth == .basic { attributes.insert(.dim) }
        guard style.foreground != nil || style.background != nil else {
            return CellAppearance(attributes: attributes, colors: nil)
        }
        var pair = ColorPair.terminalDefault
        if let background = style.background {
            let (fill, text) = backgroundColors(background)
            pair.background = fill
            pair.foreground = text
        }
        if let foreground = style.foreground, let color = foregroundColor(foreground) {
            pair.foreground = color
        }
        return CellAppearance(attributes: attributes, colors: pair == .terminalDefault ? nil : pair)
    }

    /// Without colour, roles still have to read: a background becomes reverse video, muted text
    /// dim, headings and warnings bold. Stance itself reads through the renderer's glyphs.
    static func monochromeAttributes(of style: Style) -> TextAttributes {
        var attributes = TextAttributes()
        if style.background != nil { attributes.insert(.reverse) }
        switch style.foreground {
        case .muted: attributes.insert(.dim)
        case .heading, .warning: attributes.insert(.bold)
        default: break
        }
        return attributes
    }

    /// Nil keeps the terminal's default foreground (muted on eight colours is dim instead).
    func foregroundColor(_ role: ColorRole) -> Int16? {
        switch depth {
        case .none:
            return nil
        case .basic:
            switch role {
            case .feasible: return ANSI.green
            case .infeasible: return ANSI.red
            case .heading: return ANSI.yellow
            case .accent: return ANSI.cyan
            case .link: return ANSI.blue
            case .warning: return ANSI.red
            case .selection: return ANSI.blue
            case .note: return ANSI.magenta
            case .muted: return nil
            }
        case .extended:
            switch role {
            case .feasible: return 30      // #008787 teal
            case .infeasible: return 161   // #d7005f raspberry
            case .heading: return 136      // #af8700 dark gold
            case .accent: return 98        // #875fd7 violet
            case .link: return 32          // #0087d7 blue
            case .warning: return 166      // #d75f00 orange
            case .selection: return 32
            case .note: return 133         // #af5faf orchid
            case .muted: return 244        // #808080 grey
            }
        }
    }

    /// A background role's fill and the text colour that stays readable on it whatever the theme.
    func backgroundColors(_ role: ColorRole) -> (fill: Int16, text: Int16) {
        switch depth {
        case .none:
            return (-1, -1)
        case .basic:
            switch role {
            case .feasible: return (ANSI.green, ANSI.black)
            case .infeasible: return (ANSI.red, ANSI.white)
            case .heading: return (ANSI.yellow, ANSI.black)
            case .accent: return (ANSI.cyan, ANSI.black)
            case .link, .selection: return (ANSI.blue, ANSI.white)
            case .warning: return (ANSI.red, ANSI.white)
            case .note: return (ANSI.magenta, ANSI.white)
            case .muted: return (ANSI.white, ANSI.black)
            }
        case .extended:
            let white: Int16 = 231, black: Int16 = 16
            switch role {
            case .feasible: return (30, white)
            case .infeasible: return (161, white)
            case .heading: return (136, black)
            case .accent: return (98, white)
            case .link: return (32, white)
            case .selection: return (25, white)   // #005faf
            case .warning: return (166, white)
            case .note: return (133, white)
            case .muted: return (250, black)      // #bcbcbc
            }
        }
    }
}
