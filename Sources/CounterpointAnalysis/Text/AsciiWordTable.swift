import CounterpointCore

/// The tokenizer's memo of plain ASCII words, found straight from the text's scalars.
///
/// Nearly every word of a run was seen before, so the common case is a lookup; this one hashes the
/// lowercased bytes with FNV-1a and compares them in place, where the dictionary it stands in front
/// of needed a new String and a SipHash for every word (the tokenizer's largest cost).
struct AsciiWordTable {
    private struct Entry {
        var hash: UInt64
        /// The lowercased word's bytes are `bytes[byteStart..<byteStart + byteCount]`.
        var byteStart: Int
        var byteCount: Int
        var lower: String
        var info: Tokenizer.WordInfo
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing with linear probing: an entry index, or -1 for an empty slot.
    private var slots = [Int32](repeating: -1, count: 1 << 10)
    /// A slot is the hash's top bits: FNV's low bits mix poorly (bit 0 is the parity of the bytes'
    /// bit 0), which made long probe chains.
    private var shift: UInt64 = 64 - 10

    private func firstSlot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> shift) }

    /// FNV-1a of the ASCII letters `start..<end`, lowercased.
    static func hash(_ source: SourceText, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in start..<end {
            hash = (hash ^ UInt64(lowercased(source[offset]))) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        return byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    /// The lowercased word and its facts, if the word at `start..<end` was added before.
    func find(_ source: SourceText, _ start: Int, _ end: Int, hash: UInt64) -> (lower: String, info: Tokenizer.WordInfo)? {
        let mask = slots.count - 1
        var slot = firstSlot(hash)
        while slots[slot] >= 0 {
            let index = Int(slots[slot])
            if entries[index].hash == hash, sameBytes(entries[index], source, start, end) {
                return (entries[index].lower, entries[index].info)
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func sameBytes(_ entry: Entry, _ source: SourceText, _ start: Int, _ end: Int) -> Bool {
        guard entry.byteCount == end - start else { return false }
        for offset in 0..<entry.byteCount where bytes[entry.byteStart + offset] != AsciiWordTable.lowercased(source[start + offset]) {
            return false
        }
        return true
    }

    /// Adds a word not found before (`lower` is its lowercased ASCII text).
    mutating func add(_ lower: String, hash: UInt64, info: Tokenizer.WordInfo) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let entry = Entry(hash: hash, byteStart: bytes.count, byteCount: lower.utf8.count, lower: lower, info: info)
        bytes.append(contentsOf: lower.utf8)
        place(Int32(entries.count), hash: hash)
        entries.append(entry)
    }

    private mutating func place(_ index: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = firstSlot(hash)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = index
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        shift -= 1
        for index in entries.indices { place(Int32(index), hash: entries[index].hash) }
    }
}
