/// A decoded key press or terminal event, independent of ncurses.
public enum Key: Hashable, Sendable {
    /// A printable character (already decoded from UTF-8).
    case character(Character)
    /// Ctrl plus a letter, lowercased: `.control("o")` is Ctrl-O. Tab (Ctrl-I), Enter (Ctrl-M) and
    /// Backspace (Ctrl-H) arrive as their own cases because terminals cannot tell them apart.
    case control(Character)
    case enter, escape, backspace, tab, backTab, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// The terminal changed size; the backend has already learned the new size.
    case resize
    case mouse(MouseEvent)
}

public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, release, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// What the reader's event loop needs from a terminal. Only `NcursesTerminal` implements it for
/// real; tests drive the loop with a scripted fake.
public protocol TerminalBackend: AnyObject {
    /// Columns and rows right now.
    var size: (width: Int, height: Int) { get }
    /// Draws the buffer, writing only the cells that changed since the last draw.
    func draw(_ buffer: ScreenBuffer)
    /// Forgets what is on screen so the next draw repaints everything (Ctrl-L).
    func invalidate()
    /// Blocks until a key arrives; nil when input has closed for good (the loop then quits).
    func readKey() -> Key?
    /// Restores the terminal. Safe to call more than once.
    func shutdown()
}
