/// An open-addressing table from word hashes to small values. Word hashes are already well mixed
/// (FNV-1a), so a slot is found from the low bits without hashing again; Swift's `Set` and
/// `Dictionary` would run SipHash on every lookup, which dominated the cleaner's profile.
struct WordTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value]
    private var mask: Int
    private let missing: Value
    private(set) var count = 0

    /// `missing` is what lookups of absent words return.
    init(missing: Value, capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: missing, count: size)
        mask = size - 1
        self.missing = missing
    }

    /// 0 marks an empty slot, so the (unlikely) hash 0 is stored as 1.
    @inline(__always) private static func key(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key ^ (key >> 31)) & mask }

    subscript(hash: UInt64) -> Value {
        get {
            let key = Self.key(hash)
            var index = slot(key)
            while true {
                let stored = keys[index]
                if stored == key { return values[index] }
                if stored == 0 { return missing }
                index = (index + 1) & mask
            }
        }
        set {
            let key = Self.key(hash)
            var index = slot(key)
            while true {
                let stored = keys[index]
                if stored == key { values[index] = newValue; return }
                if stored == 0 { break }
                index = (index + 1) & mask
            }
            keys[index] = key
            values[index] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    func contains(_ hash: UInt64) -> Bool {
        let key = Self.key(hash)
        var index = slot(key)
        while true {
            let stored = keys[index]
            if stored == key { return true }
            if stored == 0 { return false }
            index = (index + 1) & mask
        }
    }

    /// How many stored words have a value satisfying `predicate`.
    func count(where predicate: (Value) -> Bool) -> Int {
        var result = 0
        for index in keys.indices where keys[index] != 0 && predicate(values[index]) { result += 1 }
        return result
    }

    /// Every stored word with its value.
    var entries: [(hash: UInt64, value: Value)] {
        keys.indices.compactMap { keys[$0] == 0 ? nil : (keys[$0], values[$0]) }
    }

    private mutating func grow() {
        let old = entries
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        values = [Value](repeating: missing, count: size)
        mask = size - 1
        count = 0
        for entry in old { self[entry.hash] = entry.value }
    }
}
