import CounterpointCore

/// One terminal cell. A wide character occupies its cell (width 2) and a continuation cell (width 0).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    static let continuation = Cell(text: "", width: 0)
}

/// An in-memory screen that widgets draw into; the terminal backend draws the differences.
///
/// Invariants kept by every mutating method, which the backend's diff relies on: a cell of width 2
/// is always followed by a continuation cell of width 0 on the same row, a continuation cell always
/// follows a width-2 cell, and no cell holds a control character.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    /// A combining-mark flood in hostile text must not grow one cell without bound; terminals keep
    /// only a handful of marks per cell anyway (ncurses: 4).
    static let maximumScalarsPerCell = 8

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The cell at (x, y); a blank cell outside the buffer, so callers at tiny sizes never trap.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// One character whose width is already known (laid-out text): the render hot path, without
    /// re-measuring. Same rules as `put`; returns the columns used (0 when it does not fit).
    @discardableResult
    public mutating func putCharacter(_ character: Character, width charWidth: Int, x: Int, y: Int, style: Style, limit: Int) -> Int {
        guard charWidth == 1, let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F else {
            return put(String(character), x: x, y: y, style: style, maxWidth: limit - x)
        }
        guard y >= 0, y < height, x >= 0 else { return 0 }
        let end = min(limit, width)
        if x + charWidth > end {
            if x < end { setCell(x: x, y: y, Cell(text: " ", width: 1, style: style)) }
            return 0
        }
        setCell(x: x, y: y, Cell(text: String(character), width: charWidth, style: style))
        return charWidth
    }

    /// Writes text from (x, y), clipped at `x + maxWidth` and the right edge. A wide character that
    /// would straddle the limit is replaced by a space, never split. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        // Printable ASCII, nearly all of what is drawn, needs no grapheme breaking or measuring.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            for byte in text.utf8 {
                guard column < limit else { break }
                if column >= 0 { setCell(x: column, y: y, Cell(text: String(Unicode.Scalar(byte)), width: 1, style: style)) }
                column += 1
            }
            return column - x
        }
        for original in text {
            let character = Self.displayable(original)
            let charWidth = DisplayWidth.of(character)
            if charWidth == 0 {
                if column > x { attach(character, toCellBefore: column, y: y) }
                continue
            }
            if column + charWidth > limit {
                if column < limit && column >= 0 { setCell(x: column, y: y, Cell(text: " ", width: 1, style: style)) }
                return column - x
            }
            if column >= 0 {
                setCell(x: column, y: y, Cell(text: String(character), width: charWidth, style: style))
                if charWidth == 2 { setCell(x: column + 1, y: y, Cell(text: "", width: 0, style: style)) }
            } else if column + charWidth > 0 {
                // The visible right half of a wide character cut by the left edge.
                setCell(x: 0, y: y, Cell(text: " ", width: 1, style: style))
            }
            column += charWidth
        }
        return column - x
    }

    /// Fills a rectangle with a character (a rule, a background). A wide character fills pairs of
    /// columns; an odd column left at the right edge of the rectangle gets a space.
    public mutating func fill(x: Int, y: Int, width fillWidth: Int, height fillHeight: Int,
                              character: Character = " ", style: Style = .plain) {
        let rows = Self.clamp(start: y, length: fillHeight, to: height)
        let columns = Self.clamp(start: x, length: fillWidth, to: width)
        guard !rows.isEmpty, !columns.isEmpty else { return }
        var character = Self.displayable(character)
        if DisplayWidth.of(character) == 0 { character = " " }
        let charWidth = DisplayWidth.of(character)
        for row in rows {
            var column = columns.lowerBound
            while column < columns.upperBound {
                if column + charWidth <= columns.upperBound {
                    setCell(x: column, y: row, Cell(text: String(character), width: charWidth, style: style))
                    if charWidth == 2 { setCell(x: column + 1, y: row, Cell(text: "", width: 0, style: style)) }
                    column += charWidth
                } else {
                    setCell(x: column, y: row, Cell(text: " ", width: 1, style: style))
                    column += 1
                }
            }
        }
    }

    /// Changes the style of existing cells (highlighting a span without rewriting its text).
    public mutating func restyle(x: Int, y: Int, width spanWidth: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        for column in Self.clamp(start: x, length: spanWidth, to: width) { change(&cells[y * width + column].style) }
    }

    /// `start..<start+length` cut to `0..<limit`; empty (never inverted) when nothing is left.
    private static func clamp(start: Int, length: Int, to limit: Int) -> Range<Int> {
        let lower = max(0, start)
        let (end, overflow) = start.addingReportingOverflow(max(0, length))
        let upper = min(limit, overflow ? limit : end)
        return lower < upper ? lower..<upper : 0..<0
    }

    /// Control characters (C0, DEL, C1) would reach the terminal as commands: show U+FFFD instead.
    /// A cluster longer than a cell can hold keeps its first scalars (still one cluster: grapheme
    /// breaks depend only on what precedes them).
    static func displayable(_ character: Character) -> Character {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return character }
        var count = 0
        for scalar in character.unicodeScalars {
            if isControl(scalar) { return "\u{FFFD}" }
            count += 1
        }
        guard count > maximumScalarsPerCell else { return character }
        var text = ""
        text.unicodeScalars.append(contentsOf: character.unicodeScalars.prefix(maximumScalarsPerCell))
        return text.first ?? "\u{FFFD}"
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Combining marks and the like attach to the cell before `column` (the owner of a wide pair).
    private mutating func attach(_ character: Character, toCellBefore column: Int, y: Int) {
        guard column - 1 >= 0, column - 1 < width else { return }
        var owner = column - 1
        while owner > 0 && cells[y * width + owner].width == 0 { owner -= 1 }
        let index = y * width + owner
        let room = Self.maximumScalarsPerCell - cells[index].text.unicodeScalars.count
        guard room > 0 else { return }
        cells[index].text.unicodeScalars.append(contentsOf: character.unicodeScalars.prefix(room))
    }

    private mutating func setCell(x: Int, y: Int, _ cell: Cell) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        // Overwriting half of a wide character blanks the other half so nothing is left dangling.
        if cells[index].width == 2, x + 1 < width { cells[index + 1] = .blank }
        if cells[index].width == 0, x > 0, cells[index - 1].width == 2 { cells[index - 1] = .blank }
        cells[index] = cell
    }

    /// The text of each row (continuation cells omitted), for snapshot tests.
    public var lines: [String] {
        (0..<height).map { row in
            (0..<width).map { cells[row * width + $0].text }.joined()
        }
    }

    /// Rows with trailing spaces trimmed: easier to compare in tests.
    public var trimmedLines: [String] {
        lines.map { line in
            var line = line
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// The style code of each column of a row, for snapshot tests of highlighting.
    public func styleCodes(row: Int) -> [String] {
        guard row >= 0, row < height else { return [] }
        return (0..<width).map { cells[row * width + $0].style.code }
    }
}
