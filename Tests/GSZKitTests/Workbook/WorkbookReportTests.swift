import GSZWorkbook
import GSZYAML
import GSZTestSupport
import Testing
@testable import GSZKit

/// Reports kept as workbooks read as their YAML twins do, every problem at its cell.
@Suite struct WorkbookReportTests {
    /// A header sheet from `fields` (key, value) and a services sheet from `columns` and `rows`.
    static func workbook(header fields: [(String, CellDraft?)] = header, columns: [String] = columns,
                         rows: [[CellDraft?]] = [service()], servicesFirst: Bool = false) -> [UInt8] {
        var head = SheetDraft(name: "Отчёт")
        head.rows = [[.text("report")]] + fields.map { [.text($0.0), .text("label"), $0.1] }
        var services = SheetDraft(name: "Услуги")
        services.rows = [columns.map { .text($0) }, columns.map { .text($0.uppercased()) }] + rows
        return WorkbookDraft(sheets: servicesFirst ? [services, head] : [head, services]).xlsx()
    }

    static let header: [(String, CellDraft?)] = [
        ("ngo.name", .text("ОФ «Болашақ»")), ("ngo.bin", .text("180540012343")), ("project", .text("Школа")),
        ("period.from", CellDraft(.date(year: 2026, month: 1, day: 1))), ("period.to", .text("31.12.2026")),
    ]
    static let columns = ["id", "kind", "form", "dates.from", "dates.to", "hours", "participants", "provider.experience_years",
                          "feedback.respondents", "feedback.satisfied"]

    static func service(id: String = "S1", hours: CellDraft = .number(8), participants: CellDraft = .number(20)) -> [CellDraft?] {
        [.text(id), .text("training"), .text("seminar"), CellDraft(.date(year: 2026, month: 2, day: 10)), .text("2026-02-10"),
         hours, participants, .number(3), .number(20), .number(18)]
    }

    static func check(_ bytes: [UInt8]) throws -> FileResult {
        Checker(standard: try Reports.standard()).check(bytes, path: "report.xlsx")
    }

    @Test func aGoodWorkbookGetsTheVerdictOfItsYAML() throws {
        let yaml = try Reports.check(Reports.report([Reports.service()]))
        let book = try Self.check(Self.workbook())
        #expect(book.verdict == yaml.verdict)
        #expect(book.services.map(\.verdict) == yaml.services.map(\.verdict))
        #expect(book.services.first?.indicators.map(\.value) == yaml.services.first?.indicators.map(\.value))
        #expect(book.errors.isEmpty && book.warnings.isEmpty)
    }

    @Test func sheetsAreFoundByKeysNotOrder() throws {
        #expect(try Self.check(Self.workbook(servicesFirst: true)).verdict == Self.check(Self.workbook()).verdict)
    }

    @Test func aBINInANumberCellIsPaddedWithAWarning() throws {
        var header = Self.header
        header[1] = ("ngo.bin", .number(90_140_020_201))
        let result = try Self.check(Self.workbook(header: header))
        #expect(result.verdict != .error)
        #expect(result.identity?.bin == "090140020201")
        #expect(result.warnings.map(\.message) == [.workbook(.binAsNumber(bin: "090140020201"))])
        #expect(result.warnings.first?.location?.description == "Отчёт!C3")
    }

    /// A wrong cell is the same error as the same wrong value in YAML, placed at the cell.
    @Test(arguments: [
        (CellDraft(.date(year: 2026, month: 2, day: 10)), "wrong_type", "F3"),
        (CellDraft.text("двадцать"), "wrong_type", "F3"),
        (CellDraft.number(-2), "not_positive", "F3"),
    ])
    func aWrongHoursCell(cell: CellDraft, code: String, place: String) throws {
        let result = try Self.check(Self.workbook(rows: [Self.service(hours: cell)]))
        #expect(result.verdict == .error)
        #expect(result.errors.map(\.message.id) == [code])
        #expect(result.errors.first?.location?.description == "Услуги!" + place)
        #expect(result.errors.first?.location?.cell == place)
    }

    @Test func aNumberWhereADateBelongsIsAnError() throws {
        var header = Self.header
        header[3] = ("period.from", .number(46_023))
        let result = try Self.check(Self.workbook(header: header))
        #expect(result.errors.map(\.message.id) == ["malformed_date"])
    }

    @Test func anUnknownColumnWarnsAtItsCells() throws {
        let result = try Self.check(Self.workbook(columns: Self.columns + ["participans"], rows: [Self.service() + [.number(3)]]))
        #expect(result.verdict != .error)
        #expect(result.warnings.map(\.message) == [.unknownKey(key: "participans", suggestion: "participants")])
        #expect(result.warnings.first?.location?.description == "Услуги!K3")
    }

    @Test func emptyRowsAreSkippedAndIDsComparedAcrossRows() throws {
        let result = try Self.check(Self.workbook(rows: [Self.service(), Array(repeating: nil, count: 10), Self.service()]))
        #expect(result.errors.map(\.message.id) == ["duplicate_service_id"])
        #expect(result.errors.first?.location?.description == "Услуги!A5")
        #expect(result.errors.first?.message.text(in: .en).contains("Услуги!A3") == true)
    }

    @Test func aColumnGivenTwiceIsAnError() throws {
        let result = try Self.check(Self.workbook(columns: Self.columns + ["hours"], rows: [Self.service() + [.number(9)]]))
        #expect(result.errors.map(\.message.id) == ["workbook_duplicate_key"])
    }

    @Test func aWorkbookWithoutTheLayoutIsAnError() throws {
        var sheet = SheetDraft(name: "Лист1")
        sheet.rows = [[.text("Отчёт"), .number(1)]]
        let result = try Self.check(WorkbookDraft(sheets: [sheet]).xlsx())
        #expect(result.errors.map(\.message) == [.workbook(.noReportSheet)])
    }

    @Test func aBrokenXLSXIsAWorkbookError() throws {
        let result = Checker(standard: try Reports.standard()).check(Array("not a zip".utf8), path: "a.xlsx")
        #expect(result.errors.map(\.message) == [.workbook(.unreadable(.notAWorkbook))])
    }

    @Test func jsonCarriesSheetAndCell() throws {
        let result = try Self.check(Self.workbook(rows: [Self.service(participants: .text("много"))]))
        let options = RenderOptions(language: .en, required: .minimal, color: false, standard: try Reports.standard(), toolVersion: "t")
        let json = String(decoding: JSONFormat(options: options).render([result], required: .minimal), as: UTF8.self)
        #expect(json.contains("\"line\": 3, \"column\": 7, \"sheet\": \"Услуги\", \"cell\": \"G3\""))
    }
}
