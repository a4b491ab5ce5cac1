import Testing
@testable import GSZWorkbook

@Suite struct CellReferenceTests {
    @Test(arguments: [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
    func letters(column: Int, name: String) {
        #expect(CellReference.letters(column: column) == name)
        #expect(CellReference.parse(Array((name + "7").utf8))?.column == column)
    }

    @Test(arguments: ["", "7", "A", "A0", "7A", "A-1", "XFE1"])
    func refusesNonCells(text: String) {
        #expect(CellReference.parse(Array(text.utf8)) == nil)
    }

    @Test(arguments: [(46063.0, 2026, 2, 10), (1.0, 1900, 1, 1), (59.0, 1900, 2, 28), (61.0, 1900, 3, 1), (46063.75, 2026, 2, 10)])
    func serialDates(serial: Double, year: Int, month: Int, day: Int) {
        let date = SerialDate.day(serial: serial, date1904: false)
        #expect(date?.year == year && date?.month == month && date?.day == day)
        if serial >= 61 { #expect(SerialDate.serial(year: year, month: month, day: day) == Int(serial)) }
    }

    @Test(arguments: [("yyyy-mm-dd", true), ("DD.MM.YYYY", true), ("General", false), ("0.00", false),
                      ("[Red]0", false), ("\"day\"0", false), ("#,##0", false), ("[$-419]d mmmm yyyy", true)])
    func dateCodes(code: String, isDate: Bool) {
        #expect(CellStyles.isDateCode(code) == isDate)
    }
}
