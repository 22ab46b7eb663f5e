/// The scalars of a raw range that a reader sees (hidden markup skipped), indexed from 0, each
/// mapping back to its raw offset. Without hidden ranges inside, no offset table is built.
struct VisibleScalars {
    let scalars: [Unicode.Scalar]
    let start: Int
    let count: Int
    private let offsets: [Int]?

    init(source: SourceText, range: TextRange, edits: DisplayEdits) {
        scalars = source.scalars
        start = range.start
        var index = edits.firstHiddenIndex(endingAfter: range.start)
        guard index < edits.hidden.count, edits.hidden[index].start < range.end else {
            offsets = nil
            count = range.length
            return
        }
        var table: [Int] = []
        table.reserveCapacity(range.length)
        var offset = range.start
        while offset < range.end {
            if index < edits.hidden.count, edits.hidden[index].start <= offset {
                if edits.hidden[index].end > offset { offset = edits.hidden[index].end }
                index += 1
                continue
            }
            table.append(offset)
            offset += 1
        }
        offsets = table
        count = table.count
    }

    @inline(__always) subscript(index: Int) -> Unicode.Scalar { scalars[raw(index)] }

    @inline(__always) func raw(_ index: Int) -> Int { offsets?[index] ?? start + index }

    /// Raw offset just after the visible scalar at `index`.
    @inline(__always) func rawEnd(_ index: Int) -> Int { raw(index) + 1 }

    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for index in range { view.append(self[index]) }
        return String(view)
    }
}
