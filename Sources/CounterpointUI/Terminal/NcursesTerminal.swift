import CNcursesw
import Foundation

/// The real terminal, through ncursesw: the only file that imports it. Draws screen buffers by
/// difference, reads keys, follows resizes, suspends on Ctrl-Z, and restores the terminal on
/// quit, on quit signals, at exit and (emergency sequence from a signal handler) on a crash.
///
/// Signals: the C handlers in shim.h only set flags and wake `readKey`, which does the work on
/// the main thread, because ncurses is not async-signal-safe. A quit signal restores the terminal
/// and exits with 128 + the signal number; a second one while the first is pending (the program
/// is stuck outside `readKey`) restores with write/tcsetattr from the handler and `_exit`s.
public final class NcursesTerminal: TerminalBackend {
    public private(set) var size: (width: Int, height: Int) = (0, 0)
    /// Runs after the terminal is restored and just before the process exits on SIGINT, SIGTERM,
    /// SIGHUP or SIGQUIT (e.g. to save the reading position); receives the signal number.
    public var willExitOnSignal: ((Int32) -> Void)?
    /// What the terminal turned out to support, for diagnostics and tests.
    public let usesColor: Bool
    public let usesUnicode: Bool

    private var screen: OpaquePointer?
    private var active = false
    private let palette: ColorPalette
    private let defaultColorsAvailable: Bool
    private let mouseEnabled: Bool
    private let decoder: KeyDecoder
    private var previous: ScreenBuffer?
    private var clearBeforeNextDraw = true
    private var appearances: [Style: (attributes: attr_t, pair: Int16)] = [:]
    private var pairs: [ColorPair: Int16] = [:]
    private var nextPair: Int16 = 1

    /// A closed or dead input returns ERR at once, forever: give up instead of spinning.
    private static let maximumConsecutiveErrors = 100
    private static let escapeDelayMilliseconds: Int32 = 25

    /// Throws the reason the reader cannot run here, without touching the screen: the same
    /// checks `init` makes, cheap enough to run before loading and analysing the corpus.
    public static func checkAvailability() throws {
        let environment = ProcessInfo.processInfo.environment
        if let problem = TerminalPreflight.problem(inputIsTerminal: isatty(0) == 1, outputIsTerminal: isatty(1) == 1,
                                                   term: environment["TERM"]) {
            throw problem
        }
        guard cp_is_curses_active() == 0 else { throw TerminalUnavailable(.alreadyRunning) }
        let term = environment["TERM"] ?? ""
        switch Int(cp_probe_terminal()) {
        case CP_TERMINAL_USABLE: break
        case CP_TERMINAL_INCAPABLE: throw TerminalUnavailable(.noCursorAddressing(term))
        case CP_TERMINAL_DATABASE_MISSING: throw TerminalUnavailable(.noTerminfoDatabase)
        default: throw TerminalUnavailable(.unknownTerminal(term))
        }
    }

    /// Starts the full-screen terminal, or throws `TerminalUnavailable` (one line for stderr,
    /// exit code 2) when it cannot: redirected streams, TERM unset, unknown or without cursor
    /// addressing. Only one may be running at a time.
    public init(options: TerminalOptions = TerminalOptions()) throws {
        let environment = ProcessInfo.processInfo.environment
        usesUnicode = Self.setUpLocale(environment)
        try Self.checkAvailability()
        let term = environment["TERM"] ?? ""

        // Before newterm, so ncurses sees our handlers and does not install its own.
        cp_save_shell_modes()
        guard cp_install_signal_handlers() == 0 else { throw TerminalUnavailable(.startFailed("no signal pipe")) }
        guard let output = cp_fdopen(1, "w"), let input = cp_fdopen(0, "r"), let screen = newterm(nil, output, input) else {
            cp_restore_signal_handlers()
            throw TerminalUnavailable(.unknownTerminal(term))
        }
        self.screen = screen
        active = true
        cp_set_curses_active(1)

        let window = cp_stdscr()
        cbreak()          // not raw: Ctrl-C and Ctrl-Z stay signals
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        meta(window, true)
        nodelay(window, true)   // readKey sleeps in poll(), where signals can wake it
        leaveok(window, true)
        typeahead(-1)           // finish every frame; a half-drawn frame would outlive its keypress
        cp_set_escdelay(Self.escapeDelayMilliseconds)
        curs_set(0)

        var depth = ColorDepth.resolve(policy: options.color, noColor: environment["NO_COLOR"],
                                       terminalHasColors: has_colors(), colorCount: 8)
        var defaultColors = false
        if depth != .none, start_color() == OK {
            depth = ColorDepth.resolve(policy: options.color, noColor: environment["NO_COLOR"],
                                       terminalHasColors: true, colorCount: Int(cp_colors()))
            defaultColors = use_default_colors() == OK
        } else {
            depth = .none
        }
        palette = ColorPalette(depth: depth)
        usesColor = depth != .none
        defaultColorsAvailable = defaultColors

        // mousemask initialises the mouse driver and returns what it can report (0: no mouse).
        mouseEnabled = options.mouse && mousemask(cp_reader_mouse_mask(), nil) != 0
        if mouseEnabled {
            mouseinterval(0)   // report presses and releases as they happen, no click synthesis
        }
        decoder = KeyDecoder(functionKeys: Self.functionKeyCodes())
        cp_arm_emergency_restore(Self.resetSequence(mouse: mouseEnabled))
        updateSize()
    }

    deinit {
        shutdown()
    }

    // MARK: Drawing

    public func draw(_ buffer: ScreenBuffer) {
        guard active, let window = cp_stdscr() else { return }
        let columns = Int(getmaxx(window))
        let rows = Int(getmaxy(window))
        let last = previous.flatMap { $0.width == buffer.width && $0.height == buffer.height ? $0 : nil }
        if last == nil { werase(window) }
        if clearBeforeNextDraw {
            clearok(cp_curscr(), true)
            clearBeforeNextDraw = false
        }
        for y in 0..<min(rows, buffer.height) {
            for x in 0..<min(columns, buffer.width) {
                let cell = buffer[x, y]
                // A continuation cell is drawn by its wide character.
                guard cell.width > 0 else { continue }
                if let last {
                    if cell == last[x, y] { continue }
                } else if cell == .blank {
                    continue
                }
                write(cell, x: x, y: y, columns: columns, window: window)
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = buffer
    }

    public func invalidate() {
        previous = nil
        clearBeforeNextDraw = true
    }

    private func write(_ cell: Cell, x: Int, y: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>) {
        let look = appearance(of: cell.style)
        var column = x
        let glyphs = CellGlyphs.glyphs(for: cell, unicode: usesUnicode) { Int(cp_system_wcwidth($0.value)) }
        for glyph in glyphs {
            // A wide character never straddles the right edge of a screen narrower than the buffer.
            let scalars: [Unicode.Scalar] = column + glyph.columns <= columns ? glyph.scalars : [" "]
            guard column < columns else { break }
            var characters = scalars.map { wchar_t(bitPattern: $0.value) }
            characters.append(0)
            var complex = cchar_t()
            setcchar(&complex, characters, look.attributes, look.pair, nil)
            mvwadd_wch(window, Int32(y), Int32(column), &complex)
            column += glyph.columns
        }
    }

    private func appearance(of style: Style) -> (attributes: attr_t, pair: Int16) {
        if let known = appearances[style] { return known }
        let look = palette.appearance(of: style)
        var attributes = cp_a_normal()
        if look.attributes.contains(.bold) { attributes |= cp_a_bold() }
        if look.attributes.contains(.dim) { attributes |= cp_a_dim() }
        if look.attributes.contains(.underline) { attributes |= cp_a_underline() }
        if look.attributes.contains(.reverse) { attributes |= cp_a_reverse() }
        if look.attributes.contains(.italic) { attributes |= cp_a_italic() }
        let result = (attributes, pairNumber(for: look.colors))
        appearances[style] = result
        return result
    }

    /// Colour pairs are made on first use; if the terminal runs out, text keeps its attributes.
    private func pairNumber(for colors: ColorPair?) -> Int16 {
        guard let colors else { return 0 }
        if let known = pairs[colors] { return known }
        guard Int(nextPair) < Int(cp_color_pairs()) else { return 0 }
        var foreground = colors.foreground
        var background = colors.background
        if !defaultColorsAvailable {
            if foreground < 0 { foreground = ColorPalette.ANSI.white }
            if background < 0 { background = ColorPalette.ANSI.black }
        }
        guard init_pair(nextPair, foreground, background) == OK else {
            pairs[colors] = 0
            return 0
        }
        pairs[colors] = nextPair
        nextPair += 1
        return nextPair - 1
    }

    // MARK: Input

    public func readKey() -> Key? {
        guard active, let window = cp_stdscr() else { return nil }
        var consecutiveErrors = 0
        var inputWasReady = false
        while active {
            if let key = handlePendingSignals() { return key }
            var character: wint_t = 0
            let status = wget_wch(window, &character)
            if status == OK {
                consecutiveErrors = 0
                if let key = decoder.decode(character: UInt32(character)) { return key }
            } else if status == KEY_CODE_YES {
                consecutiveErrors = 0
                if let key = functionKey(Int32(bitPattern: UInt32(character))) { return key }
            } else {
                // ERR right after poll said input was ready means end of file or a dead terminal.
                if inputWasReady {
                    consecutiveErrors += 1
                    if consecutiveErrors >= Self.maximumConsecutiveErrors { return nil }
                }
                let waited = cp_wait_for_input()
                inputWasReady = waited != CP_WAIT_WOKEN
            }
        }
        return nil
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_RESIZE:
            updateSize()
            previous = nil
            return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return KeyDecoder.decode(mouse: Self.report(event))
        default:
            return decoder.decode(functionKey: code)
        }
    }

    private static func report(_ event: MEVENT) -> MouseReport {
        var buttons = MouseReport.Buttons()
        let state = event.bstate
        if state & cp_button1_pressed() != 0 { buttons.insert(.primaryPressed) }
        if state & cp_button1_released() != 0 { buttons.insert(.primaryReleased) }
        if state & cp_button1_clicked() != 0 { buttons.insert(.primaryClicked) }
        if state & cp_button4_pressed() != 0 { buttons.insert(.wheelUp) }
        if cp_button5_pressed() != 0 && state & cp_button5_pressed() != 0 { buttons.insert(.wheelDown) }
        return MouseReport(x: Int(event.x), y: Int(event.y), buttons: buttons)
    }

    private static func functionKeyCodes() -> [Int32: Key] {
        var codes: [Int32: Key] = [
            KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
            KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
            KEY_FIND: .home, KEY_SELECT: .end, KEY_DC: .delete,
            KEY_BACKSPACE: .backspace, KEY_ENTER: .enter, KEY_BTAB: .backTab,
        ]
        for number in 1...24 { codes[cp_key_f0() + Int32(number)] = .function(number) }
        return codes
    }

    // MARK: Signals and size

    private func handlePendingSignals() -> Key? {
        let quit = cp_pending_quit_signal()
        if quit != 0 {
            shutdown()
            willExitOnSignal?(quit)
            exit(128 + quit)
        }
        if cp_take_stop_request() != 0 {
            suspend()
            return .resize
        }
        if cp_take_continued() != 0 {
            resume()
            return .resize
        }
        return nil
    }

    /// Ctrl-Z: give the shell its terminal back, stop, and on `fg` take it again.
    private func suspend() {
        def_prog_mode()
        endwin()
        cp_stop_self()
        _ = cp_take_continued()
        resume()
    }

    /// After SIGCONT the screen holds whatever the shell wrote and the size may have changed.
    private func resume() {
        reset_prog_mode()
        cp_refresh_size_from_tty()
        updateSize()
        invalidate()
    }

    private func updateSize() {
        guard let window = cp_stdscr() else { return }
        size = (Int(max(0, getmaxx(window))), Int(max(0, getmaxy(window))))
    }

    // MARK: Shutdown

    public func shutdown() {
        guard active else { return }
        active = false
        cp_disarm_emergency_restore()
        if mouseEnabled { mousemask(0, nil) }
        curs_set(1)
        endwin()
        cp_set_curses_active(0)
        if let screen { delscreen(screen) }
        screen = nil
        cp_restore_signal_handlers()
    }

    /// Leaves the alternate screen, resets attributes, shows the cursor, stops keypad transmit
    /// and mouse reports: what endwin would do, as bytes a signal handler can write.
    private static func resetSequence(mouse: Bool) -> String {
        let names = ["sgr0", "rmcup", "cnorm", "rmkx"]
        var sequence = names.compactMap { name in cp_capability(name).map { String(cString: $0) } }
        if mouse && cp_capability("kmous") != nil {
            sequence.append("\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l")
        }
        return sequence.joined()
    }

    /// `setlocale(LC_ALL, "")`, with C.UTF-8 standing in when the environment asks for UTF-8 but
    /// names a locale that is not installed. Returns whether the locale encodes UTF-8.
    private static func setUpLocale(_ environment: [String: String]) -> Bool {
        _ = cp_setlocale_from_env()
        if cp_locale_is_utf8() == 0 && TerminalPreflight.environmentWantsUTF8(environment) {
            _ = cp_setlocale_ctype("C.UTF-8") != 0 || cp_setlocale_ctype("C.utf8") != 0
        }
        return cp_locale_is_utf8() != 0
    }
}
