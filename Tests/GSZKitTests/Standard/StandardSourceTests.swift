import Testing
@testable import GSZKit

/// Which files of a standard hold examples by their place, and so are skipped when checking.
@Suite struct StandardSourceTests {
    @Test("examples by folder or by name; other files are read", arguments: [
        ("Standards/examples/seminars.yaml", true),
        ("examples/a/b.yaml", true),
        ("Standards/examples.yaml", true),
        ("Standards/training-examples.yaml", true),
        ("Standards/training_examples.yml", true),
        ("examples.yaml", true),
        (".examples.yaml", true),
        ("Standards/examples", true),
        ("Standards/standard.yaml", false),
        ("Standards/examples-old.yaml", false),
        ("Standards/my-examples-2.yaml", false),
        ("Standards/Examples/a.yaml", false),
        ("Standards/примеры/examplesы.yaml", false),
        ("Standards/примеры-examples.yaml", true),
        ("", false),
    ])
    func examplesByPlace(path: String, isExamples: Bool) {
        #expect(StandardSource(path: path, text: "").isExamples == isExamples)
    }
}
