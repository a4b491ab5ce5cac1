import Foundation
import Testing
@testable import GSZKit

/// Finding: a standard file over 1 MiB was read only up to the limit and the rest silently
/// dropped, so a padded table lost its last rows and the errors (if any) blamed the rows.
@Suite("A standard file over the size limit is refused as too large")
struct StandardSizeTests {
    @Test("a table padded past 1 MiB is an error naming the limit, not a table cut short")
    func oversizedTable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gsz-std-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var padded = ""
        for source in BuiltinStandard.sources {
            let name = URL(fileURLWithPath: source.path).lastPathComponent
            var text = String(decoding: source.bytes, as: UTF8.self)
            if name == "training-quality.yaml" {
                // A comment block before the rows, so the cut falls among them.
                let comment = String(repeating: "# " + String(repeating: "x", count: 98) + "\n", count: 10_500)
                let rows = try #require(text.range(of: "rows:"))
                text.insert(contentsOf: comment, at: rows.lowerBound)
                padded = folder + "/" + name
            }
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        let load = StandardFolder.load(folder)
        #expect(load.standard == nil)
        #expect(load.errors.map(\.message.id) == ["too_large"])
        #expect(load.errors.first?.path == padded)
    }
}
