import Testing
@testable import GSZYAML

/// Every node, field and finding carries a location (`Place`), so its size decides how much a
/// 16 MiB report takes in memory (docs/robustness.md, "Bounded work").
@Suite struct LocationLayoutTests {
    @Test func aLocationTakesSixteenBytes() {
        #expect(MemoryLayout<Place>.size <= 16)
    }

    @Test func cellsOfOneSheetShareItAndCompareByValue() {
        let sheet = Place.Sheet(name: "Услуги", order: 2)
        let first = Place(sheet: sheet, row: 5, column: 8)
        let again = Place(sheet: Place.Sheet(name: "Услуги", order: 2), row: 5, column: 8)
        #expect(first == again)
        #expect(Set([first, again]).count == 1)
        #expect(first.description == "Услуги!H5")
        #expect(first != Place(line: 5, column: 8))
        #expect(Place(line: 5, column: 8) < first)
    }

    @Test func aPlacePastTheWidthOfItsStorageStaysAtTheLast() {
        let far = Place(line: Int.max, column: 7)
        #expect(far.line == Int(UInt32.max))
        #expect(far.column == 7)
    }
}
