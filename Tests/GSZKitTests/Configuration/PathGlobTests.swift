@testable import GSZKit
import Testing

/// `exclude` patterns read as `.gitignore` reads them.
@Suite struct PathGlobTests {
    @Test("patterns match paths and the folders they lie in", arguments: [
        ("drafts/**", "drafts/a.yaml", true),
        ("drafts/**", "drafts/2026/a.yaml", true),
        ("drafts/**", "reports/drafts/a.yaml", false),
        ("drafts", "reports/drafts/a.yaml", true),
        ("drafts/", "drafts/a.yaml", true),
        ("/drafts", "reports/drafts/a.yaml", false),
        ("*.tmp.yaml", "reports/x.tmp.yaml", true),
        ("*.tmp.yaml", "reports/x.yaml", false),
        ("reports/*.json", "reports/a.json", true),
        ("reports/*.json", "reports/sub/a.json", false),
        ("reports/**/*.json", "reports/sub/deep/a.json", true),
        ("reports/**/*.json", "reports/a.json", true),
        ("**/old/**", "a/b/old/c.yaml", true),
        ("r?.yaml", "r1.yaml", true),
        ("r[0-9].yaml", "rx.yaml", false),
        ("./drafts/**", "drafts/a.yaml", true),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(PathGlob(pattern).matches(path) == expected, "\(pattern) ~ \(path)")
    }

    @Test("a filter reads patterns from its base folder, whatever the working folder")
    func filterBase() {
        let filter = PathFilter(base: "/p", globs: [PathGlob("drafts/**")])
        #expect(filter.excludes("drafts/a.yaml", workingFolder: "/p"))
        #expect(filter.excludes("../drafts/a.yaml", workingFolder: "/p/sub"))
        #expect(filter.excludes("./drafts/a.yaml", workingFolder: "/p"))
        #expect(!filter.excludes("sub/drafts/a.yaml", workingFolder: "/p"))
        #expect(filter.excludes("/p/drafts/x/y.yaml", workingFolder: "/elsewhere"))
    }
}
