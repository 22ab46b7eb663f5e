import Foundation
import Testing

/// A chmod 000 article, read by a user who really cannot read it. The core test
/// (`HostileCorpusTests`) cannot check this in the test containers, which run as root and so
/// read every file; here the binary runs as `nobody` through runuser.
@Suite(.enabled(if: NotesReliabilityTests.canRunAsAnotherUser, "needs root and runuser to act as another user"))
struct UnreadableFileTests {

    @Test func anArticleTheUserCannotReadIsSkippedWithAWarning() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cp-unreadable-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("Readable Article\n\nRussia and China trade more every year. Neither will turn on the other.\n".utf8)
            .write(to: root.appendingPathComponent("readable.txt"))
        let secret = root.appendingPathComponent("secret.txt")
        try Data("Secret Article\n\nNobody may read this paragraph about Moscow and Beijing.\n".utf8).write(to: secret)
        chmod(root.path, 0o755)
        chmod(root.appendingPathComponent("readable.txt").path, 0o644)
        chmod(secret.path, 0o000)

        let result = try CounterpointProcess.runAsNobody(["articles", root.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("readable"))
        #expect(!result.stdout.contains("secret"))
        let warnings = result.stderr.split(separator: "\n")
        #expect(warnings == ["counterpoint: warning: secret.txt: skipped: cannot be read"], "\(result.stderr)")
    }
}
