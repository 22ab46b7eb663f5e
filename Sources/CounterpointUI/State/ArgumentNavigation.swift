import CounterpointAnalysis
import CounterpointCore

/// Moving between arguments, following contradictions, and the jump list (vim semantics).
extension ReaderState {
    mutating func moveToArgument(forward: Bool, contestedOnly: Bool) {
        let candidates = visibleArguments(inPane: focusedPane).filter {
            !contestedOnly || map.contradictionCount(of: $0.id) > 0
        }
        let pane = panes[focusedPane]
        let current = pane.currentArgumentID.flatMap { map.argument(id: $0) }
        let anchor: Int
        if let current, isInView(current.range, pane: focusedPane) {
            anchor = current.range.start
        } else {
            // Nothing current on screen: start from the top of the view, like less's search.
            anchor = forward ? topOffset(pane: focusedPane) - 1 : topOffset(pane: focusedPane)
        }
        let target = forward ? candidates.first { $0.range.start > anchor }
                             : candidates.last { $0.range.start < anchor }
        guard let target else {
            let what = contestedOnly ? "contested arguments" : "arguments"
            message = "No more \(what) \(forward ? "below" : "above")\(filter == .all ? "" : " (filter: \(filter.rawValue))")"
            return
        }
        panes[focusedPane].currentArgumentID = target.id
        scrollToShow(target.range, pane: focusedPane)
    }

    func isInView(_ range: TextRange, pane index: Int) -> Bool {
        guard let span = layout(forPane: index).lineSpan(of: range) else { return false }
        let top = panes[index].scroll
        let height = geometry.panes[min(index, geometry.panes.count - 1)].bodyHeight
        return span.upperBound >= top && span.lowerBound < top + height
    }

    /// Enter follows the best contradiction; `c` shows the next one of the same source argument.
    mutating func followContradiction(cycling: Bool) {
        if cycling, let follow, follow.targetPane == focusedPane, follow.targetPane < visiblePaneCount || visiblePaneCount == 1,
           let source = map.argument(id: follow.sourceArgumentID) {
            let views = map.contradictions(of: source.id)
            let shown = views.indices.contains(follow.index) ? views[follow.index].id : nil
            if !views.isEmpty, panes[focusedPane].currentArgumentID == shown {
                let index = (follow.index + 1) % views.count
                open(views[index], inPane: follow.targetPane)
                self.follow = FollowContext(sourceArgumentID: source.id, index: index, targetPane: follow.targetPane)
                message = "Contradiction \(index + 1) of \(views.count) for \(source.id)"
                return
            }
        }
        guard let source = currentArgument else {
            message = "No current argument: press ] to select one"
            return
        }
        let views = map.contradictions(of: source.id)
        guard let best = views.first else {
            message = "No view contradicts this argument"
            return
        }
        recordJump()
        let target = paneForFollowing(to: best)
        open(best, inPane: target)
        focusedPane = target
        follow = FollowContext(sourceArgumentID: source.id, index: 0, targetPane: target)
        message = views.count > 1 ? "Contradiction 1 of \(views.count): c for the next" : "The only contradicting view"
    }

    /// Another pane than the focused one: one already showing the target's article, else the next pane.
    func paneForFollowing(to target: Argument) -> Int {
        let count = visiblePaneCount
        guard count > 1 else { return focusedPane }
        let others = (1..<count).map { (focusedPane + $0) % count }
        if let showing = others.first(where: { article(inPane: $0).id == target.articleID }) { return showing }
        return others[0]
    }

    mutating func open(_ argument: Argument, inPane index: Int) {
        guard let articleIndex = corpus.articleIndex(id: argument.articleID) else { return }
        if panes[index].articleIndex != articleIndex { panes[index] = PaneState(articleIndex: articleIndex) }
        panes[index].currentArgumentID = argument.id
        scrollToShow(argument.range, pane: index)
    }

    var currentLocation: JumpLocation { JumpLocation(paneIndex: focusedPane, pane: panes[focusedPane]) }

    /// Remembers where we are before a jump: like vim, the entry moves to the end and forward history stays.
    mutating func recordJump() {
        let location = currentLocation
        jumps.removeAll { $0 == location }
        jumps.append(location)
        if jumps.count > 100 { jumps.removeFirst(jumps.count - 100) }
        jumpIndex = jumps.count
    }

    mutating func jumpBack() {
        if jumpIndex >= jumps.count {
            // Leaving the newest position: remember it so jump-forward can return.
            let location = currentLocation
            if jumps.last != location { jumps.append(location) }
            jumpIndex = jumps.count - 1
        }
        guard jumpIndex > 0 else {
            message = "Already at the oldest position in the jump list"
            return
        }
        jumpIndex -= 1
        restore(jumps[jumpIndex])
    }

    mutating func jumpForward() {
        guard jumpIndex + 1 < jumps.count else {
            message = "Already at the newest position in the jump list"
            return
        }
        jumpIndex += 1
        restore(jumps[jumpIndex])
    }

    mutating func restore(_ location: JumpLocation) {
        focusedPane = min(location.paneIndex, visiblePaneCount - 1)
        panes[focusedPane] = location.pane
        panes[focusedPane].scroll = min(location.pane.scroll, maxScroll(pane: focusedPane))
        if let id = location.pane.currentArgumentID, let argument = map.argument(id: id) {
            scrollToShow(argument.range, pane: focusedPane)
        }
    }
}
