import Foundation

public enum DebateExportError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// Graphviz's `dot` is not on PATH.
    case graphvizMissing(format: String)
    /// `dot` ran and failed.
    case graphvizFailed(status: Int32, message: String)
    /// `dot` could not be started or its output could not be read.
    case graphvizUnusable(String)

    public var description: String {
        switch self {
        case .graphvizMissing(let format):
            return "\(format) export needs Graphviz's `dot`, which is not on PATH: install it "
                + "(`apt-get install graphviz`, or `brew install graphviz` on macOS) or export --format dot and render that elsewhere"
        case .graphvizFailed(let status, let message):
            let detail = message.split(whereSeparator: \.isNewline).prefix(3).joined(separator: "; ")
            return "Graphviz `dot` failed (exit \(status))" + (detail.isEmpty ? "" : ": \(detail)")
        case .graphvizUnusable(let reason):
            return "Graphviz `dot` could not be run: \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
