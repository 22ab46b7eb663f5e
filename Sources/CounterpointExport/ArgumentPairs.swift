import CounterpointAnalysis

/// Two arguments joined by a contradiction link: each unordered pair once, both ends present.
public struct ArgumentPair: Sendable, Hashable {
    public var first: Argument
    public var second: Argument
    public var link: ContradictionLink

    /// The map's contradiction pairs in link order. Links whose ends are not both in the map, and
    /// repeats of a pair (in either direction), are left out: every export shows a pair once.
    public static func pairs(in map: ArgumentMap) -> [ArgumentPair] {
        var seen = Set<String>()
        return map.links.compactMap { link in
            guard link.from != link.to,
                  let first = map.argument(id: link.from), let second = map.argument(id: link.to),
                  seen.insert(key(link.from, link.to)).inserted else { return nil }
            return ArgumentPair(first: first, second: second, link: link)
        }
    }

    /// The same key for (a, b) and (b, a).
    static func key(_ a: String, _ b: String) -> String { a < b ? "\(a)\u{1}\(b)" : "\(b)\u{1}\(a)" }
}
