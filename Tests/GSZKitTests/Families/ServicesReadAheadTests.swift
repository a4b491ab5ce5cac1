import Foundation
import GSZTestSupport
import GSZYAML
import Testing
@testable import GSZKit

/// A report of a megabyte or more has its services read and judged while libyaml is still
/// parsing the rest. Whatever the report holds, the result must be byte for byte the one
/// a checker that reads the whole tree first gives.
@Suite("Services read while the report is still parsed")
struct ServicesReadAheadTests {
    /// A report past the size from which libyaml parses on a thread of its own, its service
    /// at each position in `changes` rewritten.
    static func largeReport(changes: [Int: @Sendable (String) -> String] = [:], after: String = "") -> [UInt8] {
        let services = (0..<6_000).map { position in
            let service = Reports.service(id: "S\(position)", participants: 20 + position % 7)
            return changes[position].map { $0(service) } ?? service
        }
        let text = Reports.report(services) + after
        #expect(text.utf8.count > YAMLDocument.itemsShownFromBytes)
        return Array(text.utf8)
    }

    static func json(_ bytes: [UInt8], readsAhead: Bool) throws -> String {
        let standard = try Reports.standard()
        let result = Checker(standard: standard, limits: .default, readsAhead: readsAhead).check(bytes, path: "big.yaml")
        let options = RenderOptions(language: .en, required: .minimal, color: false, standard: standard, toolVersion: "t")
        return String(decoding: JSONFormat(options: options).render([result], required: .minimal), as: UTF8.self)
    }

    static let error: @Sendable (String) -> String = { $0.replacingOccurrences(of: "participants: ", with: "participants: -") }
    static let warning: @Sendable (String) -> String = { $0 + "\n  colour: red" }

    static let cases: [(name: String, bytes: [UInt8])] = [
        ("valid", largeReport()),
        ("a few problems, an alias, keys after the list", largeReport(changes: [
            5: { $0.replacingOccurrences(of: "- id: S5", with: "- &five\n  id: S5") },
            10: error, 20: warning,
            30: { $0.replacingOccurrences(of: "id: S30", with: "id: S1") },
            40: { _ in "- *five" },
            50: { $0.replacingOccurrences(of: "2026-03-02", with: "2027-03-02") },
            60: { $0.replacingOccurrences(of: "kind: training", with: "kind: traning") },
            70: { _ in "- not a service" },
        ], after: "notes: after the list\n")),
        ("past the caps on errors and warnings", largeReport(changes: Dictionary(uniqueKeysWithValues: stride(from: 0, to: 6_000, by: 20)
            .map { ($0, { @Sendable (service: String) in warning(error(service)) }) }))),
        ("a second services list", largeReport(after: "services:\n  - id: S0\n    kind: training\n")),
    ]

    @Test("the result is the same as reading the whole tree first", arguments: 0..<cases.count)
    func sameResult(index: Int) throws {
        let (name, bytes) = Self.cases[index]
        #expect(try Self.json(bytes, readsAhead: true) == Self.json(bytes, readsAhead: false), "\(name)")
    }

    @Test("a valid report's services are all taken from what was read ahead")
    func validServicesAreKept() throws {
        let readAhead = ReportFamily(standard: try Reports.standard()).readingAhead()
        let parsed = YAMLDocument.parse(Self.largeReport(), limits: .default, watching: readAhead)
        let items = try #require(parsed.document?.root.value(forKey: "services")).items
        #expect(items.count == 6_000)
        #expect(items.indices.allSatisfy { readAhead.service(for: items[$0], at: $0) != nil })
    }

    @Test("a service with a problem is left to be read with the report")
    func problemsAreNotKept() throws {
        let readAhead = ReportFamily(standard: try Reports.standard()).readingAhead()
        let bytes = Self.largeReport(changes: [3: Self.error, 4: Self.warning])
        let parsed = YAMLDocument.parse(bytes, limits: .default, watching: readAhead)
        let items = try #require(parsed.document?.root.value(forKey: "services")).items
        #expect(readAhead.service(for: items[3], at: 3) == nil)
        #expect(readAhead.service(for: items[4], at: 4) == nil)
        // The node must be the one read ahead: the same position in another list is not.
        #expect(readAhead.service(for: items[6], at: 5) == nil)
        #expect(readAhead.service(for: items[5], at: 5) != nil)
        // Taken means moved out: a second look finds nothing.
        #expect(readAhead.service(for: items[5], at: 5) == nil)
        // A result stands only for a service the report took: 5 was taken, 7 was kept but not.
        #expect(readAhead.takeResult(at: 5) != nil)
        #expect(readAhead.takeResult(at: 5) == nil)
        #expect(readAhead.takeResult(at: 7) == nil)
    }
}
