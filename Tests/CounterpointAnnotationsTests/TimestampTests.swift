import Foundation
import Testing
@testable import CounterpointAnnotations

@Suite struct TimestampTests {
    @Test func formatsUTCWithMilliseconds() {
        let stamp = Timestamp(date: Date(timeIntervalSince1970: 1_700_000_000.1259))
        #expect(stamp.rawValue == "2023-11-14T22:13:20.125Z")
    }

    @Test func parsesOffsetsAndFractionsIntoCanonicalUTC() {
        #expect(Timestamp.parse("2015-01-28T12:00:00+01:00")?.rawValue == "2015-01-28T11:00:00.000Z")
        #expect(Timestamp.parse("2015-01-28T12:00:00.5Z")?.rawValue == "2015-01-28T12:00:00.500Z")
        #expect(Timestamp.parse("2000-02-29T23:59:59.999999Z")?.rawValue == "2000-02-29T23:59:59.999Z")
        #expect(Timestamp.parse("1969-12-31T23:59:59.000Z")?.rawValue == "1969-12-31T23:59:59.000Z")
    }

    @Test func rejectsWhatIsNotADateTime() {
        #expect(Timestamp.parse("2015-02-29T12:00:00Z") == nil)
        #expect(Timestamp.parse("2015-01-28") == nil)
        #expect(Timestamp.parse("2015-01-28T12:00:00") == nil)
        #expect(Timestamp(rawValue: "2015-01-28T12:00:00Z") == nil)
        #expect(Timestamp(rawValue: "2015-01-28T12:00:00.000Z") != nil)
    }

    @Test func ordersAsTime() {
        #expect(Timestamp.parse("2015-01-28T12:00:00Z")! < Timestamp.parse("2015-01-28T12:00:00.001Z")!)
    }
}
