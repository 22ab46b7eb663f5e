import Foundation

/// The seed corpus bundled with the program, so `counterpoint` opens it from any directory.
public enum SeedsLocation {
    /// Name of the resource bundle SwiftPM builds for this target next to the executable.
    static let bundleName = "Counterpoint_CounterpointSeeds"

    /// The bundled `seeds` folder. Avoids `Bundle.module`, which aborts the process when the
    /// resource bundle is missing (for instance when the binary is copied alone).
    public static var url: URL? {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let bases = [Bundle.main.bundleURL, Bundle.main.executableURL?.deletingLastPathComponent(),
                     executable.deletingLastPathComponent()].compactMap { $0 }
        let candidates = bases.flatMap { base in
            ["resources", "bundle"].map { base.appendingPathComponent("\(bundleName).\($0)/seeds") }
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }
}
