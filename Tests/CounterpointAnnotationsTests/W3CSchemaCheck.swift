import Foundation

/// Runs the W3C Web Annotation test suite's MUST schemas (JSON Schema draft-04) over an export with
/// Python's `jsonschema`: each annotation against annotationMusts.test, the collection against
/// collectionMusts.test, the embedded page against pageMusts.test.
enum W3CSchemaCheck {
    /// `W3C_ANNOTATION_TESTS`, or `../shared/w3c-annotation-tests` beside the package.
    static var suiteFolder: URL {
        if let path = ProcessInfo.processInfo.environment["W3C_ANNOTATION_TESTS"] { return URL(fileURLWithPath: path) }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }
        return root.deletingLastPathComponent().appendingPathComponent("shared/w3c-annotation-tests")
    }

    /// Nil when the check can run; otherwise why it cannot (the test is then skipped).
    static let unavailableReason: String? = {
        guard FileManager.default.fileExists(atPath: suiteFolder.appendingPathComponent("annotations/annotationMusts.test").path) else {
            return "W3C test suite not found at \(suiteFolder.path) (set W3C_ANNOTATION_TESTS)"
        }
        guard let result = try? run(["-c", "import jsonschema"]), result.status == 0 else {
            return "python3 with jsonschema not available (python3 -m pip install jsonschema)"
        }
        return nil
    }()

    /// Failure lines (empty when every MUST assertion passes) and how many checks ran.
    static func validate(_ json: String) throws -> (failures: [String], checks: Int) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cp-w3c-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("validate.py")
        let document = folder.appendingPathComponent("export.json")
        try Data(pythonScript.utf8).write(to: script)
        try Data(json.utf8).write(to: document)
        let result = try run([script.path, suiteFolder.path, document.path])
        let lines = result.output.split(separator: "\n").map(String.init)
        let checks = lines.first { $0.hasPrefix("checks ") }.flatMap { Int($0.dropFirst("checks ".count)) } ?? 0
        var failures = lines.filter { $0.hasPrefix("FAIL") }
        if result.status != 0 && failures.isEmpty { failures = ["validator exited \(result.status): \(result.output)"] }
        return (failures, checks)
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-W", "ignore"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let pythonScript = #"""
    import json, os, re, sys
    import jsonschema

    suite, document = sys.argv[1], sys.argv[2]
    store = {}
    for sub in ("definitions", "annotations", "annotations/bodiesTargets", "annotations/specificResource",
                "collections", "collections/pages"):
        folder = os.path.join(suite, sub)
        for name in os.listdir(folder):
            if name.endswith(".json"):
                with open(os.path.join(folder, name)) as f:
                    schema = json.load(f)
                store[name] = schema
                if "id" in schema:
                    store[schema["id"]] = schema

    URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
    checker = jsonschema.FormatChecker()
    @checker.checks("uri")
    def is_uri(value):
        return not isinstance(value, str) or bool(URI.match(value))
    DATE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
    @checker.checks("date-time")
    def is_date_time(value):
        return not isinstance(value, str) or bool(DATE.match(value))

    def assertions(test_file):
        with open(os.path.join(suite, test_file)) as f:
            return json.load(f)["assertions"]

    checks = 0
    failures = 0
    def check(instance, test_file, label):
        global checks, failures
        for path in assertions(test_file):
            name = os.path.basename(path)
            schema = store[name]
            resolver = jsonschema.RefResolver(base_uri=schema.get("id", name), referrer=schema, store=store)
            validator = jsonschema.Draft4Validator(schema, resolver=resolver, format_checker=checker)
            checks += 1
            errors = list(validator.iter_errors(instance))
            if errors:
                failures += 1
                print("FAIL %s %s: %s" % (label, name, errors[0].message[:300]))

    with open(document) as f:
        collection = json.load(f)
    check(collection, "collections/collectionMusts.test", "collection")
    page = collection.get("first")
    if isinstance(page, dict):
        check(page, "collections/pages/pageMusts.test", "page")
        for item in page.get("items", []):
            check(item, "annotations/annotationMusts.test", item.get("id", "?"))
    print("checks %d" % checks)
    sys.exit(1 if failures else 0)
    """#
}
