import Foundation
import GSZKit
import GSZTestSupport

/// The standard tools' fixtures, under the repository's root.
enum StandardToolsFixtures {
    /// The repository's root folder.
    static var root: String { Repository.path }

    /// A fixture folder or file under `Tests/GSZKitTests/Fixtures/`.
    static func fixture(_ name: String) -> String { root + "/Tests/GSZKitTests/Fixtures/" + name }

    /// The built-in standard with its examples, which must load.
    static var builtin: Standard { TestStandard.builtin }

    /// The built-in standard's files plus `extra`, loaded together.
    static func builtin(plus extra: [StandardSource]) -> StandardLoad { TestStandard.builtin(plus: extra) }
}
