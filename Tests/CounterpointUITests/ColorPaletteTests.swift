import Foundation
import Testing
@testable import CounterpointUI

@Suite struct ColorPaletteTests {
    @Test func depthFollowsPolicyNoColorAndTheTerminal() {
        #expect(ColorDepth.resolve(policy: .auto, noColor: nil, terminalHasColors: true, colorCount: 256) == .extended)
        #expect(ColorDepth.resolve(policy: .auto, noColor: nil, terminalHasColors: true, colorCount: 8) == .basic)
        #expect(ColorDepth.resolve(policy: .auto, noColor: nil, terminalHasColors: true, colorCount: 16) == .basic)
        #expect(ColorDepth.resolve(policy: .auto, noColor: "", terminalHasColors: true, colorCount: 256) == .extended)
        #expect(ColorDepth.resolve(policy: .auto, noColor: "1", terminalHasColors: true, colorCount: 256) == .none)
        #expect(ColorDepth.resolve(policy: .never, noColor: nil, terminalHasColors: true, colorCount: 256) == .none)
        #expect(ColorDepth.resolve(policy: .auto, noColor: nil, terminalHasColors: false, colorCount: 0) == .none)
        #expect(ColorDepth.resolve(policy: .auto, noColor: nil, terminalHasColors: true, colorCount: 2) == .none)
    }

    @Test func withoutColourRolesBecomeAttributes() {
        let palette = ColorPalette(depth: .none)
        for role in ColorRole.allCases {
            #expect(palette.appearance(of: Style(foreground: role)).colors == nil)
            #expect(palette.appearance(of: Style(background: role)).attributes.contains(.reverse))
        }
        #expect(palette.appearance(of: Style(foreground: .muted)).attributes == .dim)
        #expect(palette.appearance(of: Style(foreground: .heading)).attributes == .bold)
        #expect(palette.appearance(of: Style(foreground: .feasible, bold: true, underline: true)).attributes == [.bold, .underline])
        #expect(palette.appearance(of: .plain) == CellAppearance(attributes: [], colors: nil))
    }

    @Test(arguments: [ColorDepth.basic, .extended])
    func stanceColoursDifferFromEachOtherAndFromWarnings(depth: ColorDepth) {
        let palette = ColorPalette(depth: depth)
        let feasible = palette.foregroundColor(.feasible)
        let infeasible = palette.foregroundColor(.infeasible)
        #expect(feasible != nil && infeasible != nil)
        #expect(feasible != infeasible)
        #expect(palette.appearance(of: .plain).colors == nil)
        #expect(palette.appearance(of: Style(foreground: .feasible)).colors == ColorPair(foreground: feasible!, background: -1))
    }

    @Test(arguments: [ColorDepth.basic, .extended])
    func backgroundsCarryTheirOwnReadableText(depth: ColorDepth) {
        let palette = ColorPalette(depth: depth)
        for role in ColorRole.allCases {
            let (fill, text) = palette.backgroundColors(role)
            #expect(fill >= 0 && text >= 0 && fill != text, "\(role)")
            let colors = palette.appearance(of: Style(background: role)).colors
            #expect(colors == ColorPair(foreground: text, background: fill))
        }
        let both = palette.appearance(of: Style(foreground: .infeasible, background: .selection)).colors
        #expect(both?.foreground == palette.foregroundColor(.infeasible))
    }

    /// The 256-colour shades must read on dark and on light themes alike (WCAG contrast ratio
    /// against black and against white).
    @Test func extendedForegroundsReadOnBlackAndOnWhite() {
        let palette = ColorPalette(depth: .extended)
        for role in ColorRole.allCases {
            let color = palette.foregroundColor(role)!
            let luminance = Self.relativeLuminance(xterm256: Int(color))
            let onBlack = (luminance + 0.05) / 0.05
            let onWhite = 1.05 / (luminance + 0.05)
            #expect(onBlack >= 3 && onWhite >= 3, "\(role) colour \(color): \(onBlack) on black, \(onWhite) on white")
        }
        for role in ColorRole.allCases {
            let (fill, text) = palette.backgroundColors(role)
            let ratio = Self.contrast(Self.relativeLuminance(xterm256: Int(fill)), Self.relativeLuminance(xterm256: Int(text)))
            #expect(ratio >= 3, "\(role) background \(fill) with text \(text): \(ratio)")
        }
    }

    static func contrast(_ a: Double, _ b: Double) -> Double {
        (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// xterm's 6x6x6 cube (16-231) and grey ramp (232-255).
    static func relativeLuminance(xterm256 index: Int) -> Double {
        let levels = [0, 95, 135, 175, 215, 255]
        let rgb: [Int]
        if index >= 232 {
            let grey = 8 + (index - 232) * 10
            rgb = [grey, grey, grey]
        } else {
            let cube = index - 16
            rgb = [levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6]]
        }
        let linear = rgb.map { value -> Double in
            let channel = Double(value) / 255
            return channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }
}
