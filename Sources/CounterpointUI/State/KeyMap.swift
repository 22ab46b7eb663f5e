/// Default key bindings (less/vim/tig conventions). Overlays and input lines get raw keys instead.
public struct KeyMap: Sendable {
    public private(set) var bindings: [Key: ReaderAction]

    public init(bindings: [Key: ReaderAction]) { self.bindings = bindings }

    public static let standard: KeyMap = {
        var map: [Key: ReaderAction] = [
            .character("j"): .lineDown, .down: .lineDown, .control("e"): .lineDown,
            .character("k"): .lineUp, .up: .lineUp, .control("y"): .lineUp,
            .character(" "): .pageDown, .pageDown: .pageDown, .control("f"): .pageDown,
            .character("b"): .pageUp, .pageUp: .pageUp, .control("b"): .pageUp,
            .character("g"): .top, .home: .top,
            .character("G"): .bottom, .end: .bottom,
            .character("]"): .nextArgument, .character("["): .previousArgument,
            .character("}"): .nextContested, .character("{"): .previousContested,
            .tab: .focusNextPane, .backTab: .focusPreviousPane, .right: .focusNextPane, .left: .focusPreviousPane,
            .character("o"): .openPicker,
            .enter: .follow, .character("c"): .cycleContradiction,
            .backspace: .jumpBack, .control("o"): .jumpBack, .control("n"): .jumpForward,
            .character("/"): .startSearch, .character("n"): .nextMatch, .character("N"): .previousMatch,
            .character("f"): .cycleFilter, .character("B"): .toggleBoilerplate, .character("l"): .toggleLinksPanel,
            .character("v"): .startSelection, .character("a"): .annotate, .character("'"): .openNotesList,
            .function(2): .openNotesList, .character("s"): .setStance, .character("x"): .rejectArgument,
            .character("L"): .linkArguments, .escape: .cancel,
            .character("m"): .openMatrix, .character("A"): .openArgumentList,
            .character("?"): .help, .function(1): .help,
            .control("l"): .redraw, .character("q"): .quit,
        ]
        for digit in 1...9 { map[.character(Character(String(digit)))] = .openArticle(digit) }
        return KeyMap(bindings: map)
    }()

    /// The action for a key in the current mode: overlays and the search line take raw input.
    public func action(for key: Key, mode: ReaderMode) -> ReaderAction? {
        if case .mouse(let event) = key { return .mouse(event) }
        switch mode {
        case .normal:
            return bindings[key]
        case .search, .picker, .links, .help, .matrix, .argumentList, .selecting, .editor, .notesList, .stancePrompt:
            if key == .control("l") { return .redraw }
            return .input(key)
        }
    }

    /// Keys bound to an action, as shown in help (e.g. "j, Down").
    public func keys(for action: ReaderAction) -> [Key] {
        bindings.filter { binding in
            if case .openArticle = action, case .openArticle = binding.value { return true }
            return binding.value == action
        }.map(\.key).sorted { KeyMap.label($0) < KeyMap.label($1) }
    }

    public static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Delete"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .mouse: return "mouse"
        }
    }
}
