import CounterpointAnalysis

/// How a stance looks in pictures. Fills are light so black text stays legible on paper; the two
/// sides also differ in outline (rounded single vs square double) so they read in greyscale.
struct StanceStyle: Sendable, Equatable {
    var glyph: String
    var fill: String
    var border: String
    var style: String
    var peripheries: Int

    static let split = StanceStyle(glyph: "+", fill: "#d6e8f7", border: "#1f5f99", style: "rounded,filled", peripheries: 1)
    static let bond = StanceStyle(glyph: "−", fill: "#fbe0c3", border: "#9c4f00", style: "filled", peripheries: 2)
    static let other = StanceStyle(glyph: "?", fill: "#eeeeee", border: "#555555", style: "dashed,filled", peripheries: 1)

    static func of(_ stance: Stance, in profile: QuestionProfile) -> StanceStyle {
        stance == profile.splitStance ? .split : stance == profile.bondStance ? .bond : .other
    }

    /// Contradiction edges: red and dashed, so they stand out from cluster frames in colour and in grey.
    static let contradictionColour = "#c0392b"
}
