import GSZKit
import GSZTestSupport
import GSZYAML
import Testing

/// gsz's source location; Swift Testing has a type of the same name.
typealias Place = GSZYAML.SourceLocation

/// The report texts of `GSZTestSupport`, checked against the built-in standard.
extension Reports {
    /// The built-in standard; every test that evaluates needs it to load.
    static func standard() throws -> Standard { TestStandard.builtin }

    /// The result of checking `text` as a report.
    static func check(_ text: String, path: String = "test.yaml") throws -> FileResult {
        TestStandard.check(text, path: path)
    }

    /// The only service's result in `text`.
    static func onlyService(_ text: String) throws -> ServiceResult {
        let result = try check(text)
        #expect(result.errors.isEmpty, "unexpected errors: \(result.errors.map { $0.message.text(in: .en) })")
        return try #require(result.services.first)
    }
}

extension ServiceResult {
    /// The level of indicator `id`, if it applied.
    func level(_ id: String) -> IndicatorLevel? {
        indicators.first { $0.id == id }?.level
    }
}

extension FileResult {
    /// The ids of the errors, in order.
    var errorIDs: [String] { errors.map(\.message.id) }
}
