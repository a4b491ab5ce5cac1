import GSZKit

/// The built-in standard, loaded once for the whole run.
private let standard: Standard = {
    guard let standard = BuiltinStandard.load.standard else { fatalError("the built-in standard does not load") }
    return standard
}()
private let checker = Checker(standard: standard)

/// Fuzzes reading and judging a report, then rendering its result as JSON and text: any
/// bytes give one well-formed result, the JSON parses and agrees with it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzChecker(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let result = checker.check(Fuzzing.bytes(data, size), path: "fuzz.yaml")
    Fuzzing.checkResult(result)
    // The language follows from the input, so a saved crash replays exactly.
    let language = Language.allCases[size % Language.allCases.count]
    Fuzzing.render(result, standard: standard, language: language)
    return 0
}
