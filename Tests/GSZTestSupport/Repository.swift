public import Foundation

/// The repository's folders, found from this file's own path, so tests read samples,
/// fixtures and docs without bundle resources. The one place the root is worked out.
public enum Repository {
    /// The repository's root folder (this file is `Tests/GSZTestSupport/Repository.swift`).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The root as a path.
    public static var path: String { root.path }

    /// `relative` (`Samples/minimal.yaml`) under the root.
    public static func url(_ relative: String) -> URL { root.appending(path: relative) }

    /// The text of the file at `relative`.
    public static func text(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }
}
