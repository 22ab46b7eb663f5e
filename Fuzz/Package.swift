// swift-tools-version:6.1
import PackageDescription

// The libFuzzer targets, kept out of the main package because they only link with the fuzzer
// sanitizer (libFuzzer supplies `main`). Build and run them with Fuzz/run.sh; see docs/fuzzing.md.
let targets = ["FuzzText", "FuzzMarkdown", "FuzzTOML", "FuzzW3C"]

let package = Package(
    name: "CounterpointFuzz",
    platforms: [.macOS(.v13)],
    products: targets.map { .executable(name: $0, targets: [$0]) },
    // Named so the product reference does not depend on what the checkout's folder is called.
    dependencies: [.package(name: "Counterpoint", path: "..")],
    targets: targets.map {
        .executableTarget(name: $0,
                          dependencies: [.product(name: "CounterpointFuzzHarness", package: "Counterpoint")],
                          path: "Targets/\($0)")
    }
)
