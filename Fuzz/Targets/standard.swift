import GSZKit

/// The built-in standard's files; the fuzz input replaces one of them.
private let builtin = BuiltinStandard.sources

/// A report with one service of each training form that has thresholds, and one without,
/// so a fuzzed standard that loads is also used to judge something.
private let report = Array("""
    report:
      ngo: {name: ОФ «Болашақ», bin: "180540012343"}
      project: Fuzz
      period: {from: 2026-01-01, to: 2026-12-31}
    services:
      - {id: A, kind: training, form: seminar, date: 2026-02-10, hours: 3, participants: 12,
         provider: {name: X, experience_years: 1}, feedback: {respondents: 10, satisfied: 6}}
      - {id: B, kind: training, form: training, dates: {from: 2026-03-01, to: 2026-03-03}, hours: 16,
         participants: 40, provider: {name: Y, experience_years: 0.5}, feedback: {respondents: 0, satisfied: 0},
         success_stories: [a, b, c]}
      - {id: C, kind: training, form: course, date: 2026-04-01, success_stories: 11,
         feedback: {respondents: 20, satisfied: 19}}
      - {id: D, kind: training, form: internship, date: 2026-05-01, participants: 0}
      - {id: E, kind: training, form: master_class, date: 2026-05-02}
      - {id: F, kind: training, form: lecture, date: 2026-05-03, feedback: {respondents: 3, satisfied: 3}}
      - {id: G, kind: training, form: webinar, date: 2026-05-04}
      - {id: H, kind: consulting, date: 2026-05-05, participants: 7}

    """.utf8)

/// Fuzzes reading a standard: the first byte picks which built-in file the rest replaces.
/// Loading never crashes; a standard that loads judges a report and renders the result.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStandard(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Fuzzing.bytes(data, size)
    guard let selector = bytes.first else { return 0 }
    var sources = builtin
    let replaced = Int(selector) % sources.count
    sources[replaced] = StandardSource(path: sources[replaced].path, bytes: Array(bytes.dropFirst()))
    let load = StandardLoader.load(sources)
    Fuzzing.require((load.standard == nil) == !load.errors.isEmpty, "a standard with errors, or none without")
    for diagnostic in load.diagnostics { Fuzzing.checkPlace(diagnostic.location, "diagnostic") }
    guard let standard = load.standard else { return 0 }
    let result = Checker(standard: standard).check(report, path: "report.yaml")
    Fuzzing.checkResult(result)
    Fuzzing.render(result, with: Fuzzing.Renderers(standard: standard, language: .en))
    return 0
}
