import GSZKit

/// The built-in standard, loaded once for the whole run.
private let standard: Standard = {
    guard let standard = BuiltinStandard.load.standard else { fatalError("the built-in standard does not load") }
    return standard
}()
private let checker = Checker(standard: standard)
private let renderers = Language.allCases.map { Fuzzing.Renderers(standard: standard, language: $0) }

/// Fuzzes reading and judging a report, then rendering its result as JSON and text: any
/// bytes give one well-formed result, the JSON parses and agrees with it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecker(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let result = checker.check(Fuzzing.bytes(data, size), path: "fuzz.yaml")
    Fuzzing.checkResult(result)
    // The language follows from the input, so a saved crash replays exactly.
    Fuzzing.render(result, with: renderers[size % renderers.count])
    return 0
}
