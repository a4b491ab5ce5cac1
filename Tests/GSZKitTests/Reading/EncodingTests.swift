import Foundation
import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

/// A report saved in another encoding is told apart from one holding a stray NUL.
@Suite("Files saved as UTF-16 or UTF-32")
struct EncodingTests {
    static let report = Reports.report([Reports.service()])

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let encoding: String.Encoding
        let byteOrderMark: [UInt8]
        let named: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "UTF-16LE without a byte-order mark", encoding: .utf16LittleEndian, byteOrderMark: [], named: "UTF-16"),
        Case(name: "UTF-16BE without a byte-order mark", encoding: .utf16BigEndian, byteOrderMark: [], named: "UTF-16"),
        Case(name: "UTF-16LE with its mark", encoding: .utf16LittleEndian, byteOrderMark: [0xFF, 0xFE], named: "UTF-16"),
        Case(name: "UTF-16BE with its mark", encoding: .utf16BigEndian, byteOrderMark: [0xFE, 0xFF], named: "UTF-16"),
        Case(name: "UTF-32LE without a byte-order mark", encoding: .utf32LittleEndian, byteOrderMark: [], named: "UTF-32"),
        Case(name: "UTF-32LE with its mark", encoding: .utf32LittleEndian, byteOrderMark: [0xFF, 0xFE, 0, 0], named: "UTF-32"),
        Case(name: "UTF-32BE with its mark", encoding: .utf32BigEndian, byteOrderMark: [0, 0, 0xFE, 0xFF], named: "UTF-32"),
    ]

    @Test("the file is named as UTF-16 or UTF-32 at its start, and told to be saved as UTF-8", arguments: cases)
    func named(_ test: Case) throws {
        let bytes = test.byteOrderMark + [UInt8](try #require(Self.report.data(using: test.encoding)))
        let result = Checker(standard: try Reports.standard()).check(bytes, path: "r.yaml")
        let error = try #require(result.errors.first)
        #expect(result.errors.count == 1)
        #expect(error.message.id == "not_utf8")
        #expect(error.location == Place(line: 1, column: 1))
        for language in Language.allCases {
            let text = error.message.text(in: language)
            #expect(text.contains(test.named) && text.contains("UTF-8"), "\(language): \(text)")
            #expect(!text.contains(test.named == "UTF-16" ? "UTF-32" : "UTF-16"), "\(language): \(text)")
        }
    }

    @Test("a NUL byte inside UTF-8 text is still a control character where it stands")
    func strayNUL() throws {
        let bytes = Array("report: x\n".utf8) + [0] + Array("\n".utf8)
        let result = Checker(standard: try Reports.standard()).check(bytes, path: "r.yaml")
        #expect(result.errors.map(\.message.id) == ["control_character"])
        #expect(result.errors.first?.location == Place(line: 2, column: 1))
    }
}
