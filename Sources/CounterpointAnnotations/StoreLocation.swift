import Foundation

/// Where the notes database lives when `--store` does not say: `$XDG_DATA_HOME/counterpoint/`
/// (XDG base directories: user data, not cache, so nothing cleans it away).
public enum StoreLocation {
    public static let folderName = "counterpoint"
    public static let fileName = "annotations.sqlite"

    /// `$XDG_DATA_HOME` when set to an absolute path; otherwise `~/.local/share` (the XDG rule:
    /// unset, empty or relative values are ignored).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = URL(fileURLWithPath: data, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/share", isDirectory: true)
        }
        return base.appendingPathComponent(folderName, isDirectory: true).appendingPathComponent(fileName)
    }
}
