/// Where everything goes on a screen of a given size. Pure arithmetic, shared by the renderer
/// (to draw) and the reducer (to scroll by pages and keep arguments in view).
public struct ScreenGeometry: Equatable, Sendable {
    public struct PaneFrame: Equatable, Sendable {
        public var x: Int
        public var width: Int
        /// Header row, then `bodyHeight` rows of text.
        public var top: Int
        public var bodyHeight: Int
        public static let gutterWidth = 4
        public var textX: Int { x + PaneFrame.gutterWidth }
        public var textWidth: Int { max(1, width - PaneFrame.gutterWidth - 1) }
        public var bodyTop: Int { top + 1 }
    }

    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public static let minimumPaneWidth = 50

    public var width: Int
    public var height: Int
    public var panes: [PaneFrame]
    /// Rows of the links panel when it is open (0 when closed).
    public var linksPanelTop: Int
    public var linksPanelHeight: Int
    public var statusRow: Int
    public var hintsRow: Int

    public var isTooSmall: Bool { width < ScreenGeometry.minimumWidth || height < ScreenGeometry.minimumHeight }

    /// Side-by-side panes as fit: 1 below 100 columns, 2 up to 159, then one per ~53 columns.
    public static func paneCount(width: Int, articleCount: Int) -> Int {
        let fitting = width < 100 ? 1 : (width < 160 ? 2 : max(3, width / 53))
        return max(1, min(fitting, max(1, articleCount)))
    }

    public init(width: Int, height: Int, articleCount: Int, linksPanelOpen: Bool, linksCount: Int) {
        self.width = width
        self.height = height
        statusRow = max(0, height - 2)
        hintsRow = max(0, height - 1)
        let count = ScreenGeometry.paneCount(width: width, articleCount: articleCount)
        let panelHeight = linksPanelOpen ? min(max(3, linksCount + 2), max(3, (height - 2) / 3)) : 0
        linksPanelHeight = panelHeight
        let paneAreaHeight = max(1, height - 2 - panelHeight)
        linksPanelTop = paneAreaHeight
        let separators = count - 1
        let paneWidth = max(1, (width - separators) / count)
        var panes: [PaneFrame] = []
        var x = 0
        for index in 0..<count {
            let thisWidth = index == count - 1 ? max(1, width - x) : paneWidth
            panes.append(PaneFrame(x: x, width: thisWidth, top: 0, bodyHeight: max(1, paneAreaHeight - 1)))
            x += thisWidth + 1
        }
        self.panes = panes
    }
}
