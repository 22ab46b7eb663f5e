import CounterpointAnalysis
import Foundation
import Testing
@testable import CounterpointExport

/// Checks that need Graphviz's `dot`; skipped, with the reason, where it is not installed.
@Suite("Graphviz rendering", .enabled(if: GraphvizRenderer.findDot() != nil, "Graphviz `dot` is not on PATH (apt-get install graphviz)"))
struct GraphvizTests {
    @Test("dot -Tsvg accepts the seeds' graph and the awkward one")
    func svgRenders() throws {
        let renderer = GraphvizRenderer()
        for debate in [ExportFixtures.seeds, try ExportFixtures.awkward()] {
            let data = try DebateExport.render(format: .svg, corpus: debate.corpus, map: debate.map, profile: debate.profile,
                                               options: DebateExportOptions(renderer: renderer))
            let svg = String(decoding: data, as: UTF8.self)
            #expect(svg.contains("<svg"))
            #expect(svg.contains("</svg>"))
        }
    }

    @Test("png output is a PNG")
    func pngRenders() throws {
        let debate = try ExportFixtures.awkward()
        let data = try DebateExport.render(format: .png, corpus: debate.corpus, map: debate.map, profile: debate.profile)
        #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test("in the seeds' layout no two boxes overlap and every label has room")
    func noOverlappingBoxes() throws {
        let seeds = ExportFixtures.seeds
        let source = DotExporter().graph(corpus: seeds.corpus, map: seeds.map, profile: seeds.profile)
        // `-Tplain`: "node NAME X Y WIDTH HEIGHT LABEL …" in inches, centre coordinates.
        let plain = String(decoding: try GraphvizRenderer().render(source, format: "plain"), as: UTF8.self)
        struct Box { var name: String; var x, y, width, height: Double }
        let boxes: [Box] = plain.split(separator: "\n").compactMap { line in
            let fields = Self.plainFields(String(line))
            guard fields.count >= 6, fields[0] == "node",
                  let x = Double(fields[2]), let y = Double(fields[3]), let w = Double(fields[4]), let h = Double(fields[5]) else { return nil }
            return Box(name: fields[1], x: x, y: y, width: w, height: h)
        }
        #expect(boxes.count > 10)
        for (index, a) in boxes.enumerated() {
            for b in boxes[(index + 1)...] {
                let apart = abs(a.x - b.x) >= (a.width + b.width) / 2 || abs(a.y - b.y) >= (a.height + b.height) / 2
                #expect(apart, "\(a.name) overlaps \(b.name)")
            }
        }
        #expect(source.contains("node [shape=\"box\", fontname=\"Helvetica\", fontsize=\"11\""), "labels no smaller than 11 pt")
    }

    @Test("a failing dot says so with its message")
    func failureIsReported() {
        #expect {
            _ = try GraphvizRenderer().render("graph { a -- }", format: "svg")
        } throws: { error in
            guard case DebateExportError.graphvizFailed(let status, _)? = error as? DebateExportError else { return false }
            return status != 0
        }
    }

    /// Splits a `-Tplain` line on spaces, keeping "quoted strings" whole.
    static func plainFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character == " " && !quoted {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { fields.append(current) }
        return fields
    }
}

@Suite("Graphviz missing")
struct GraphvizMissingTests {
    @Test("svg and png without dot fail with one line that says how to install it")
    func missingDot() throws {
        let debate = try ExportFixtures.awkward()
        let options = DebateExportOptions(renderer: GraphvizRenderer(executable: nil))
        for format in [DebateExportFormat.svg, .png] {
            #expect {
                _ = try DebateExport.render(format: format, corpus: debate.corpus, map: debate.map, profile: debate.profile, options: options)
            } throws: { error in
                let message = "\(error)"
                return error as? DebateExportError == .graphvizMissing(format: format.rawValue)
                    && message.contains("apt-get install graphviz") && !message.contains("\n")
            }
        }
        // The text formats never need Graphviz.
        for format in [DebateExportFormat.dot, .argdown, .report] {
            let data = try DebateExport.render(format: format, corpus: debate.corpus, map: debate.map, profile: debate.profile, options: options)
            #expect(!data.isEmpty)
        }
    }

    @Test("dot is found on a PATH that has it and not on one that lacks it")
    func findOnPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("counterpoint-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(GraphvizRenderer.findDot(path: folder.path) == nil)
        let fake = folder.appendingPathComponent("dot")
        try Data("#!/bin/sh\n".utf8).write(to: fake)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        #expect(GraphvizRenderer.findDot(path: "/nonexistent:\(folder.path)")?.path == fake.path)
        #expect(GraphvizRenderer.findDot(path: "") == nil)
    }
}
