/// A number in a profile. TOML tells `1` from `1.0`; a person editing a weight by hand does not,
/// and a fitted profile edited to a round value must still load.
struct ProfileNumber: Decodable {
    let value: Double

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Most profile numbers are written as floats, so try that first (a failed decode throws);
        // neither kind rethrows the float's error, which names the place and what was found.
        do {
            value = try container.decode(Double.self)
        } catch {
            guard let integer = try? container.decode(Int.self) else { throw error }
            value = Double(integer)
        }
    }
}

extension KeyedDecodingContainer {
    /// A number written either as a TOML float or as an integer.
    func decodeNumberIfPresent(forKey key: Key) throws -> Double? {
        try decodeIfPresent(ProfileNumber.self, forKey: key)?.value
    }

    /// A table of numbers, each written either as a TOML float or as an integer.
    func decodeNumbersIfPresent(forKey key: Key) throws -> [String: Double]? {
        try decodeIfPresent([String: ProfileNumber].self, forKey: key)?.mapValues(\.value)
    }
}
