import Foundation
import GSZKit

/// Where the repository and its test fixtures are, found from this file's own path so the
/// tests need no bundle resources.
enum StandardToolsFixtures {
    /// The repository's root folder.
    static let root: String = {
        let path = String(#filePath)
        guard let range = path.range(of: "/Tests/GSZKitTests/") else { return "." }
        return String(path[..<range.lowerBound])
    }()

    /// A fixture folder or file under `Tests/GSZKitTests/Fixtures/`.
    static func fixture(_ name: String) -> String { root + "/Tests/GSZKitTests/Fixtures/" + name }

    /// The built-in standard with its examples, which must load.
    static let builtin: Standard = {
        let load = BuiltinStandard.loadWithExamples
        guard let standard = load.standard else {
            preconditionFailure("the built-in standard does not load: \(load.diagnostics)")
        }
        return standard
    }()

    /// The built-in standard's files plus `extra`, loaded together.
    static func builtin(plus extra: [StandardSource]) -> StandardLoad {
        StandardLoader.load(BuiltinStandard.sources + extra)
    }
}
