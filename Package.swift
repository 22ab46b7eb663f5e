// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Counterpoint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "counterpoint", targets: ["counterpoint"]),
        // For the fuzz package in Fuzz/, which depends on this one by path.
        .library(name: "CounterpointFuzzHarness", targets: ["CounterpointFuzzHarness"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // The ncursesw C API, with the macros Swift cannot import wrapped in shim.h.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        // Articles, cleaning, segmentation, corpus manifests. No terminal, no database.
        .target(
            name: "CounterpointCore",
            dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Question profiles, argument detection, stance, themes, contradiction links, curated maps.
        .target(
            name: "CounterpointAnalysis",
            dependencies: ["CounterpointCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Notes and curation in SQLite, re-anchoring, W3C and Markdown import/export.
        .target(
            name: "CounterpointAnnotations",
            dependencies: ["CounterpointCore", "CounterpointAnalysis", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Pictures and documents of the whole debate: Graphviz DOT (and SVG/PNG through `dot`), Argdown, a Markdown report.
        .target(
            name: "CounterpointExport",
            dependencies: ["CounterpointCore", "CounterpointAnalysis", "CounterpointAnnotations"]
        ),
        // The reader: pure state machine, rendering into a ScreenBuffer, and the one ncurses backend.
        .target(
            name: "CounterpointUI",
            dependencies: ["CounterpointCore", "CounterpointAnalysis", "CounterpointAnnotations", "CNcursesw"]
        ),
        // The seed corpus as a resource bundle. Its path is the package root so the top-level
        // `seeds` folder itself is the resource: one copy of the articles, byte-identical.
        .target(
            name: "CounterpointSeeds",
            path: ".",
            exclude: ["Sources/CNcursesw", "Sources/CounterpointCore", "Sources/CounterpointAnalysis",
                      "Sources/CounterpointAnnotations", "Sources/CounterpointExport", "Sources/CounterpointUI", "Sources/counterpoint",
                      "Tests", "docs", "README.md", "Package.swift", "Fuzz"],
            sources: ["Sources/CounterpointSeeds"],
            resources: [.copy("seeds")]
        ),
        // The fuzz targets' entry points and invariant checks, also replayed by FuzzRegressionTests.
        .target(
            name: "CounterpointFuzzHarness",
            dependencies: ["CounterpointCore", "CounterpointAnalysis", "CounterpointAnnotations"],
            path: "Fuzz/Harness"
        ),
        .executableTarget(
            name: "counterpoint",
            dependencies: [
                "CounterpointCore", "CounterpointAnalysis", "CounterpointAnnotations", "CounterpointUI", "CounterpointSeeds", "CounterpointExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CounterpointCoreTests", dependencies: ["CounterpointCore"]),
        .testTarget(name: "CounterpointAnalysisTests", dependencies: ["CounterpointAnalysis"]),
        .testTarget(name: "CounterpointAnnotationsTests", dependencies: ["CounterpointAnnotations"]),
        .testTarget(name: "CounterpointExportTests",
                    dependencies: ["CounterpointExport", "CounterpointCore", "CounterpointAnalysis", "CounterpointAnnotations"]),
        .testTarget(name: "CounterpointUITests", dependencies: ["CounterpointUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["counterpoint"]),
        .testTarget(name: "FuzzRegressionTests",
                    dependencies: ["CounterpointFuzzHarness", "CounterpointAnalysis", "CounterpointAnnotations"]),
    ]
)
