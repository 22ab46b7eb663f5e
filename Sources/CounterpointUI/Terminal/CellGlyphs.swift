/// What the backend actually sends for a cell, so that the terminal advances exactly as many
/// columns as the buffer says. Terminals and the C library disagree with our width table about
/// emoji sequences, flags and variation selectors, and a disagreement would shift the rest of the
/// row; so each cell is reduced to one spacing character the C library measures at the cell's
/// width, plus zero-width marks, padded with a space when it comes out narrower.
enum CellGlyphs {
    struct Glyph: Hashable, Sendable {
        /// A spacing character followed by its combining marks.
        var scalars: [Unicode.Scalar]
        /// Columns this glyph covers (1 or 2).
        var columns: Int
    }

    /// ncurses keeps at most 5 wide characters per cell: the spacing one and 4 marks.
    static let maximumMarks = 4
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// The glyphs that cover the cell's columns, left to right; empty for a continuation cell.
    /// `unicode` is false when the locale cannot encode non-ASCII text (LANG=C): then everything
    /// is shown with ASCII stand-ins. `systemWidth` is the C library's wcwidth.
    static func glyphs(for cell: Cell, unicode: Bool, systemWidth: (Unicode.Scalar) -> Int) -> [Glyph] {
        guard cell.width > 0 else { return [] }
        let columns = min(cell.width, 2)
        let scalars = Array(cell.text.unicodeScalars)
        guard let first = scalars.first else { return padded([" "], width: 1, to: columns) }
        guard unicode else { return padded([asciiStandIn(for: first)], width: 1, to: columns) }

        var base = spacingStandIn(for: first)
        var baseWidth = systemWidth(base)
        if baseWidth < 1 || baseWidth > columns {
            base = replacement
            baseWidth = 1
        }
        var glyph = [base]
        for scalar in scalars.dropFirst() {
            guard isMark(scalar, systemWidth: systemWidth), glyph.count <= maximumMarks else { break }
            // A variation selector asking for emoji presentation would widen a narrow base on some
            // terminals and not others: drop it when the cell is padded anyway.
            if baseWidth < columns && isVariationSelector(scalar) { continue }
            glyph.append(scalar)
        }
        return padded(glyph, width: baseWidth, to: columns)
    }

    private static func padded(_ scalars: [Unicode.Scalar], width: Int, to columns: Int) -> [Glyph] {
        var glyphs = [Glyph(scalars: scalars, columns: width)]
        for _ in width..<columns { glyphs.append(Glyph(scalars: [" "], columns: 1)) }
        return glyphs
    }

    /// Marks that draw on the previous character: zero width, and not a format control (ZWJ,
    /// bidirectional overrides), which terminals either ignore or act on.
    private static func isMark(_ scalar: Unicode.Scalar, systemWidth: (Unicode.Scalar) -> Int) -> Bool {
        if ScreenBuffer.isControl(scalar) { return false }
        if scalar.properties.generalCategory == .format { return false }
        return systemWidth(scalar) == 0
    }

    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// A character that may start a cell: controls and invisible formats become visible stand-ins.
    static func spacingStandIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ScreenBuffer.isControl(scalar) { return replacement }
        switch scalar.properties.generalCategory {
        case .lineSeparator, .paragraphSeparator: return " "
        case .format: return scalar == "\u{00AD}" ? "-" : replacement
        default: return scalar
        }
    }

    /// ASCII for a locale without UTF-8: punctuation keeps its meaning, anything else is `?`.
    static func asciiStandIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        if (0x20...0x7E).contains(scalar.value) { return scalar }
        if let standIn = asciiStandIns[scalar] { return standIn }
        if scalar.properties.generalCategory == .spaceSeparator { return " " }
        return "?"
    }

    private static let asciiStandIns: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00AB}": "\"", "\u{00BB}": "\"", "\u{2039}": "'", "\u{203A}": "'",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-",
        "\u{2015}": "-", "\u{2212}": "-", "\u{00AD}": "-",
        "\u{2026}": ".", "\u{2022}": "*", "\u{00B7}": ".", "\u{2219}": "*",
        "\u{2502}": "|", "\u{2503}": "|", "\u{2551}": "|", "\u{2500}": "-", "\u{2501}": "-", "\u{2550}": "=",
        "\u{250C}": "+", "\u{2510}": "+", "\u{2514}": "+", "\u{2518}": "+", "\u{251C}": "+",
        "\u{2524}": "+", "\u{252C}": "+", "\u{2534}": "+", "\u{253C}": "+",
        "\u{2192}": ">", "\u{2190}": "<", "\u{25B6}": ">", "\u{25C0}": "<", "\u{25B8}": ">", "\u{25C2}": "<",
        "\u{00D7}": "x", "\u{2713}": "+", "\u{2717}": "x",
    ]
}
