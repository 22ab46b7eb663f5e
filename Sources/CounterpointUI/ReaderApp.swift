/// Performs the effects that touch the notes store; the event loop feeds the reply back as an action.
public protocol ReaderServices: AnyObject {
    func perform(_ effect: ReaderEffect, in state: ReaderState) -> StoreReply
}

/// The event loop: key → action → reduce → effects → render → draw. All I/O goes through the
/// terminal backend and the services.
public final class ReaderApp {
    public private(set) var state: ReaderState
    private let terminal: TerminalBackend
    private let services: ReaderServices?
    private let keyMap: KeyMap

    public init(state: ReaderState, terminal: TerminalBackend, services: ReaderServices? = nil, keyMap: KeyMap = .standard) {
        self.state = state
        self.terminal = terminal
        self.services = services
        self.keyMap = keyMap
        let size = terminal.size
        (self.state, _) = reduce(self.state, .resize(width: size.width, height: size.height))
    }

    /// Runs until the user quits or input closes. The caller restores the terminal (`shutdown`).
    /// `afterFirstFrame` loads what can wait until the screen shows (the notes) and is applied
    /// before the first key.
    public func run(afterFirstFrame: (() -> StoreReply)? = nil) {
        terminal.draw(render(state))
        if let afterFirstFrame {
            (state, _) = reduce(state, .storeReplied(afterFirstFrame()))
            terminal.draw(render(state))
        }
        while !state.shouldQuit, let key = terminal.readKey() {
            let action: ReaderAction?
            if key == .resize {
                let size = terminal.size
                action = .resize(width: size.width, height: size.height)
            } else {
                action = keyMap.action(for: key, mode: state.mode)
            }
            guard let action else { continue }
            if perform(action) { break }
            terminal.draw(render(state))
        }
    }

    /// Applies an action and its effects; true when the program should quit.
    @discardableResult
    public func perform(_ action: ReaderAction) -> Bool {
        var pending = [action]
        while !pending.isEmpty {
            let effects: [ReaderEffect]
            (state, effects) = reduce(state, pending.removeFirst())
            for effect in effects {
                switch effect {
                case .quit: return true
                case .fullRedraw: terminal.invalidate()
                default:
                    let reply = services?.perform(effect, in: state) ?? StoreReply(message: "Notes are not available")
                    pending.append(.storeReplied(reply))
                }
            }
        }
        return false
    }
}
