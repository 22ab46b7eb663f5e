import CounterpointFuzzHarness

// libFuzzer's own main calls this for every input; there is deliberately no main here.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzHarness.w3c(bytes)
    // A trap is what libFuzzer reports as a crash and saves the input for.
    if !problems.isEmpty { fatalError("invariant broken: " + problems.joined(separator: "; ")) }
    return 0
}
