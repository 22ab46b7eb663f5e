/// Raw-text edits that apply only to what the reader sees; positions keep pointing into the raw text.
public struct DisplayEdits: Sendable, Hashable {
    /// Raw ranges that are not displayed (Markdown markup, the line break inside a broken word).
    public private(set) var hidden: [TextRange] = []
    /// Raw offsets before which a space is shown (sentences glued without one: "America.As").
    public private(set) var spaceBefore: Set<Int> = []

    public init() {}

    public mutating func hide(_ range: TextRange) {
        guard !range.isEmpty else { return }
        // Ranges usually arrive in text order: append without searching.
        if hidden.last.map({ $0.start <= range.start }) ?? true {
            hidden.append(range)
            return
        }
        let index = hidden.firstIndex { $0.start > range.start } ?? hidden.endIndex
        hidden.insert(range, at: index)
    }

    public mutating func insertSpace(before offset: Int) { spaceBefore.insert(offset) }

    /// Index of the first hidden range that could cover `offset` or lie after it.
    func firstHiddenIndex(endingAfter offset: Int) -> Int {
        var low = 0
        var high = hidden.count
        while low < high {
            let mid = (low + high) / 2
            if hidden[mid].end <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// The displayed form of a raw range, with the raw offset each displayed scalar came from.
public struct DisplayText: Sendable, Equatable {
    public let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the raw offset of `scalars[i]` (for an inserted or collapsed space: the next raw scalar).
    public let offsets: [Int]

    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    public init(source: SourceText, range: TextRange, edits: DisplayEdits) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(range.length)
        offsets.reserveCapacity(range.length)
        var pendingSpace = false
        var hiddenIndex = edits.firstHiddenIndex(endingAfter: range.start)
        var offset = max(0, range.start)
        let end = min(range.end, source.count)
        while offset < end {
            if hiddenIndex < edits.hidden.count, edits.hidden[hiddenIndex].contains(offset) {
                offset = edits.hidden[hiddenIndex].end
                hiddenIndex += 1
                continue
            }
            if hiddenIndex < edits.hidden.count, edits.hidden[hiddenIndex].end <= offset {
                hiddenIndex += 1
                continue
            }
            let scalar = source[offset]
            if DisplayText.isCollapsibleSpace(scalar) {
                pendingSpace = !scalars.isEmpty
            } else {
                if edits.spaceBefore.contains(offset), !scalars.isEmpty { pendingSpace = true }
                if pendingSpace {
                    scalars.append(" ")
                    offsets.append(offset)
                    pendingSpace = false
                }
                scalars.append(DisplayText.visible(scalar))
                offsets.append(offset)
            }
            offset += 1
        }
        self.scalars = scalars
        self.offsets = offsets
    }

    /// The displayed index range covering a raw range (clamped; empty when nothing of it shows).
    public func displayRange(of raw: TextRange) -> Range<Int> {
        let lower = firstIndex(atOrAfter: raw.start)
        let upper = firstIndex(atOrAfter: raw.end)
        return lower..<max(lower, upper)
    }

    private func firstIndex(atOrAfter rawOffset: Int) -> Int {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < rawOffset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2028}", "\u{2029}": return true
        default: return false
        }
    }

    /// Control characters and bidirectional overrides never reach a terminal: they show as placeholders.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value)!   // ␀ … ␟ (␛ for ESC)
        case 0x7F: return "\u{2421}"                                      // ␡
        case 0x80...0x9F: return "\u{FFFD}"
        case 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"          // bidi embeddings/overrides/isolates
        default: return scalar
        }
    }
}

/// Text that came from outside (file names, paths) made safe to print on one terminal line:
/// control characters, line breaks and bidi overrides become visible placeholders, so a file
/// named with an escape sequence cannot retitle the terminal or set its clipboard.
public enum TerminalSafe {
    public static func line(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.map(DisplayText.visible))
        return String(view)
    }
}
