import CounterpointAnalysis
import CounterpointAnnotations
import CounterpointCore
import Foundation

/// Settings of a whole-debate export; each has a default that suits its format.
public struct DebateExportOptions: Sendable {
    /// Which arguments the graph formats show.
    public var graphScope: GraphScope
    /// At most this many contradictions in the graph formats, the strongest; nil: every one.
    public var graphLinkLimit: Int?
    /// Whether pictures carry a legend of the stance styles.
    public var showsLegend: Bool
    /// Arguments per side and theme in the report.
    public var reportArgumentsPerSide: Int
    /// Runs `dot` for svg and png.
    public var renderer: GraphvizRenderer

    public init(graphScope: GraphScope = .linked, graphLinkLimit: Int? = DotExporter.defaultLinkLimit, showsLegend: Bool = true,
                reportArgumentsPerSide: Int = 4, renderer: GraphvizRenderer = GraphvizRenderer()) {
        self.graphScope = graphScope
        self.graphLinkLimit = graphLinkLimit
        self.showsLegend = showsLegend
        self.reportArgumentsPerSide = reportArgumentsPerSide
        self.renderer = renderer
    }
}

/// The one entry point for `counterpoint export --format dot|svg|png|argdown|report`.
public enum DebateExport {
    /// The export's bytes: UTF-8 text for dot, svg, argdown and report, PNG bytes for png.
    /// `notes` are the user's notes placed in this corpus; only the report uses them.
    /// Throws `DebateExportError` for svg and png when Graphviz is missing or fails.
    public static func render(format: DebateExportFormat, corpus: Corpus, map: ArgumentMap, profile: QuestionProfile,
                              notes: [PlacedNote] = [], options: DebateExportOptions = DebateExportOptions()) throws -> Data {
        switch format {
        case .dot:
            return Data(dot(corpus: corpus, map: map, profile: profile, options: options).utf8)
        case .svg, .png:
            return try options.renderer.render(dot(corpus: corpus, map: map, profile: profile, options: options),
                                               format: format.rawValue)
        case .argdown:
            return Data(ArgdownExporter().document(corpus: corpus, map: map, profile: profile).utf8)
        case .report:
            let report = DebateReport(argumentsPerSide: options.reportArgumentsPerSide)
            return Data(report.document(corpus: corpus, map: map, profile: profile, notes: notes).utf8)
        }
    }

    private static func dot(corpus: Corpus, map: ArgumentMap, profile: QuestionProfile, options: DebateExportOptions) -> String {
        DotExporter(scope: options.graphScope, linkLimit: options.graphLinkLimit, showsLegend: options.showsLegend)
            .graph(corpus: corpus, map: map, profile: profile)
    }
}
