public import GSZKit

/// The built-in standard as the tests use it, loaded once with its examples; the one place a
/// test gets it. A standard that does not load stops the run: every other test needs it.
public enum TestStandard {
    /// The built-in standard with its examples.
    public static let builtin: Standard = {
        let load = BuiltinStandard.loadWithExamples
        guard let standard = load.standard else {
            preconditionFailure("the built-in standard does not load: \(load.diagnostics.map { $0.message.text(in: .en) })")
        }
        return standard
    }()

    /// The built-in standard's files plus `extra`, loaded together.
    public static func builtin(plus extra: [StandardSource]) -> StandardLoad {
        StandardLoader.load(BuiltinStandard.sources + extra)
    }

    /// A checker for the built-in standard.
    public static let checker = Checker(standard: builtin)

    /// `text` checked under `path` against the built-in standard, as `gsz check` would.
    public static func check(_ text: String, path: String = "test.yaml") -> FileResult {
        checker.check(Array(text.utf8), path: path)
    }
}
