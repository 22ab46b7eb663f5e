import Foundation
import Testing
@testable import CounterpointCore

/// Files that are not plain files, or stop existing while the folder loads (issue 7).
@Suite struct SpecialAndVanishingFilesTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cp-special-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("Good Article\n\nRussia and China trade more every year. Neither will turn on the other.\n".utf8)
            .write(to: url.appendingPathComponent("good.txt"))
        return url
    }

    /// Opens a FIFO's write end as soon as anything opens it for reading, so a loader that blocks
    /// in open() or read() is released (it then sees an empty file) instead of hanging the test.
    final class FIFORescuer: @unchecked Sendable {
        private let lock = NSLock()
        private var rescued = false
        private var stopped = false

        var didRescue: Bool { lock.withLock { rescued } }

        init(path: String) {
            Thread.detachNewThread { [self] in
                while !lock.withLock({ stopped }) {
                    // Non-blocking: fails with ENXIO while no reader has the FIFO open.
                    let fd = open(path, O_WRONLY | O_NONBLOCK)
                    if fd >= 0 {
                        lock.withLock { rescued = true }
                        close(fd)
                    }
                    usleep(10_000)
                }
            }
        }

        func stop() { lock.withLock { stopped = true } }
    }

    @Test func aFIFOAndADeviceAreSkippedWithAWarningWithoutBlocking() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("zero.md").path,
                                                   withDestinationPath: "/dev/zero")
        let rescuer = FIFORescuer(path: fifo)
        defer { rescuer.stop() }

        let corpus = try CorpusLoader.load(folder: folder)
        #expect(!rescuer.didRescue, "the loader opened the FIFO for reading and waited for a writer")
        #expect(corpus.articles.map(\.file) == ["good.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: corpus.warnings.map { ($0.file, $0.description) })
        #expect(reasons["pipe.txt"]?.contains("not a regular file (a FIFO)") == true, "\(corpus.warnings)")
        #expect(reasons["zero.md"]?.contains("not a regular file (a device)") == true, "\(corpus.warnings)")
    }

    @Test func aManifestThatIsAFIFOIsAnErrorNotAHang() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent(CorpusLoader.manifestName).path
        #expect(mkfifo(fifo, 0o644) == 0)
        let rescuer = FIFORescuer(path: fifo)
        defer { rescuer.stop() }
        do {
            _ = try CorpusLoader.load(folder: folder)
            Issue.record("a FIFO corpus.toml loaded")
        } catch let error as CorpusLoadError {
            #expect(error.description.contains("corpus.toml: file: not a regular file (a FIFO)"), "\(error)")
        }
        #expect(!rescuer.didRescue, "the loader waited on the FIFO corpus.toml")
    }

    /// The folder is listed first and each file read after: a file deleted (or a link whose target
    /// is deleted) in between is skipped with a warning, not a crash or an empty article.
    @Test(arguments: ["deleted", "link target deleted", "replaced by a folder"])
    func aFileThatVanishesAfterTheListingIsSkippedWithAWarning(how: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "vanishing.txt"
        let url = folder.appendingPathComponent(name)
        let target = folder.appendingPathComponent("target.data")
        try Data("Here a moment ago.\n".utf8).write(to: how == "link target deleted" ? target : url)
        if how == "link target deleted" { try FileManager.default.createSymbolicLink(at: url, withDestinationURL: target) }
        let listed = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(listed.contains(name))

        switch how {
        case "deleted": try FileManager.default.removeItem(at: url)
        case "link target deleted": try FileManager.default.removeItem(at: target)
        default:
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        }
        var warnings: [LoadWarning] = []
        #expect(CorpusLoader.readRegularFile(url, name: name, warnings: &warnings) == nil)
        if how == "replaced by a folder" {
            #expect(warnings.isEmpty, "a folder is passed over silently, as in a listing: \(warnings)")
        } else {
            #expect(warnings.count == 1 && warnings[0].description == "\(name): skipped: missing or a broken link", "\(warnings)")
        }
    }
}
