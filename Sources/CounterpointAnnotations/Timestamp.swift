import Foundation

/// An instant as ISO 8601 UTC text with milliseconds (`2025-03-01T09:30:00.125Z`).
///
/// Kept as text rather than `Date` so a stored or imported time round-trips byte for byte, and
/// so ordering is plain string ordering (every stored timestamp has the same fixed width).
public struct Timestamp: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: String

    /// Accepts only the canonical form; use `parse` for other ISO 8601 spellings.
    public init?(rawValue: String) {
        guard let seconds = Timestamp.millisecondsSinceEpoch(rawValue),
              Timestamp.format(milliseconds: seconds) == rawValue else { return nil }
        self.rawValue = rawValue
    }

    private init(canonical: String) { self.rawValue = canonical }

    /// A stored value: trusted when it has the canonical shape (loading 10,000 notes should not
    /// parse 20,000 dates), parsed otherwise.
    static func stored(_ text: String) -> Timestamp? {
        let bytes = text.utf8
        if bytes.count == 24, bytes.last == UInt8(ascii: "Z"), bytes[bytes.index(bytes.startIndex, offsetBy: 10)] == UInt8(ascii: "T") {
            return Timestamp(canonical: text)
        }
        return parse(text)
    }

    public init(date: Date) {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        self.rawValue = Timestamp.format(milliseconds: milliseconds)
    }

    public static func now() -> Timestamp { Timestamp(date: Date()) }

    /// Any `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)` time, normalised to UTC milliseconds.
    public static func parse(_ text: String) -> Timestamp? {
        guard let milliseconds = millisecondsSinceEpoch(text) else { return nil }
        return Timestamp(canonical: format(milliseconds: milliseconds))
    }

    public var date: Date {
        Date(timeIntervalSince1970: Double(Timestamp.millisecondsSinceEpoch(rawValue) ?? 0) / 1000)
    }

    public var description: String { rawValue }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Timestamp.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not an ISO 8601 date-time: \(text)"))
        }
        self = parsed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian, UTC), no formatter objects involved

    static func format(milliseconds: Int64) -> String {
        let millis = Int(((milliseconds % 1000) + 1000) % 1000)
        let seconds = (milliseconds - Int64(millis)) / 1000
        let days = Int(floorDivide(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = civilDate(fromDays: days)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2) + "." + pad(millis, 3) + "Z"
    }

    /// Milliseconds since 1970 for an ISO 8601 date-time with a zone, or nil.
    static func millisecondsSinceEpoch(_ text: String) -> Int64? {
        let chars = Array(text.utf8)
        var index = 0
        func number(_ width: Int) -> Int? {
            guard index + width <= chars.count else { return nil }
            var value = 0
            for byte in chars[index..<index + width] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard index < chars.count, chars[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              index < chars.count, chars[index] == 84 || chars[index] == 116 else { return nil }
        index += 1
        guard let hour = number(2), expect(58), let minute = number(2), expect(58), let second = number(2),
              (1...12).contains(month), (1...daysInMonth(year, month)).contains(day),
              hour < 24, minute < 60, second < 61 else { return nil }
        var millis = 0
        if expect(46) {
            var digits = 0
            while index < chars.count, chars[index] >= 48 && chars[index] <= 57 {
                if digits < 3 { millis = millis * 10 + Int(chars[index] - 48) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if digits < 3 { for _ in digits..<3 { millis *= 10 } }
        }
        var offsetMinutes = 0
        if expect(90) || expect(122) {
            offsetMinutes = 0
        } else if index < chars.count, chars[index] == 43 || chars[index] == 45 {
            let sign = chars[index] == 45 ? -1 : 1
            index += 1
            guard let offsetHours = number(2) else { return nil }
            _ = expect(58)
            guard let offsetMins = number(2) else { return nil }
            offsetMinutes = sign * (offsetHours * 60 + offsetMins)
        } else {
            return nil
        }
        guard index == chars.count else { return nil }
        let days = Int64(days(fromCivilYear: year, month: month, day: day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59)) - Int64(offsetMinutes * 60)
        return seconds * 1000 + Int64(millis)
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    private static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    private static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func days(fromCivilYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
