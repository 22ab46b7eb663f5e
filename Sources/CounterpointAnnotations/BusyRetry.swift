import Foundation
import GRDB

/// SQLite answers SQLITE_BUSY without waiting in a few cases the busy timeout does not cover: two
/// processes switching a new file to WAL at once, WAL recovery, or a read transaction that must
/// become a write after another process committed. Each is over in milliseconds, so the whole
/// operation is retried with a short jittered pause, for a bounded time.
enum BusyRetry {
    static let limit: TimeInterval = 15

    static func run<T>(_ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(limit)
        var pause: UInt32 = 5_000
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where isBusy(error) && Date() < deadline {
                usleep(pause + UInt32.random(in: 0...pause))
                pause = min(pause * 2, 100_000)
            }
        }
    }

    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }
}
