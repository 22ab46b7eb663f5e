/// The event loop: key → action → reduce → render → draw. All terminal I/O goes through the backend.
public final class ReaderApp {
    public private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let keyMap: KeyMap

    public init(state: ReaderState, terminal: TerminalBackend, keyMap: KeyMap = .standard) {
        self.state = state
        self.terminal = terminal
        self.keyMap = keyMap
        let size = terminal.size
        (self.state, _) = reduce(self.state, .resize(width: size.width, height: size.height))
    }

    /// Runs until the user quits or input closes. The caller restores the terminal (`shutdown`).
    public func run() {
        terminal.draw(render(state))
        while !state.shouldQuit, let key = terminal.readKey() {
            let action: ReaderAction?
            if key == .resize {
                let size = terminal.size
                action = .resize(width: size.width, height: size.height)
            } else {
                action = keyMap.action(for: key, mode: state.mode)
            }
            guard let action else { continue }
            let effects: [ReaderEffect]
            (state, effects) = reduce(state, action)
            if effects.contains(.quit) { break }
            if effects.contains(.fullRedraw) || key == .resize { terminal.invalidate() }
            terminal.draw(render(state))
        }
    }
}
