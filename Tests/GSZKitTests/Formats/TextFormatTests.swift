import Foundation
import Testing
@testable import GSZKit

/// The terminal output: columns that line up across a file, compact thresholds, hints where
/// there is something to do, a localized last line, colour only when asked.
@Suite struct TextFormatTests {
    static func text(_ names: [String], _ language: Language, color: Bool = false) -> String {
        Rendering.render(TextFormat.self, names.map(Rendering.sample), Rendering.options(language, color: color))
    }

    /// The indicator rows of a rendering: lines indented six spaces, then a name (a source
    /// excerpt's caret line is indented as far, then `|`).
    static func rows(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter(isRow)
    }

    static func isRow(_ line: Substring) -> Bool {
        line.hasPrefix("      ") && line.dropFirst(6).first?.isLetter == true
    }

    @Test(arguments: Language.allCases)
    func columnsLineUpAcrossTheServicesOfAFile(in language: Language) {
        // minimal.yaml has a training with six indicators and a lecture with one.
        let indicators = Rendering.sample("minimal").services.flatMap(\.indicators)
        let rows = Self.rows(Self.text(["minimal"], language))
        #expect(rows.count == indicators.count)
        var valueEnds: Set<Int> = []
        var thresholdStarts: Set<Int> = []
        var levelStarts: Set<Int> = []
        for (row, indicator) in zip(rows, indicators) {
            let cells = "  " + FindingText.value(indicator, in: language) + "  " + FindingText.compactThresholds(indicator, in: language)
            guard let cellsRange = row.range(of: cells) else {
                Issue.record("\(row) lacks \(cells)")
                continue
            }
            let valueEnd = row.distance(from: row.startIndex, to: cellsRange.lowerBound) + 2 + FindingText.value(indicator, in: language).count
            valueEnds.insert(valueEnd)
            thresholdStarts.insert(valueEnd + 2)
            levelStarts.insert(row.distance(from: row.startIndex, to: row.range(of: indicator.level.name(in: language), options: .backwards)!.lowerBound))  // the row ends with it
        }
        #expect(valueEnds.count == 1, "values end at \(valueEnds)")
        #expect(thresholdStarts.count == 1, "thresholds start at \(thresholdStarts)")
        #expect(levelStarts.count == 1, "levels start at \(levelStarts)")
    }

    @Test func thresholdsAreCompact() {
        let text = Self.text(["minimal"], .ru)
        for expected in ["60 → 85%", "3 → 7", "10 → 25", "≥ 4", "≤ 3", "≥ 2"] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test(arguments: Language.allCases)
    func aHintFollowsEveryIndicatorWithANextStepAndNoOther(in language: Language) {
        for name in Rendering.sampleNames {
            let result = Rendering.sample(name)
            let lines = Self.text([name], language).split(separator: "\n", omittingEmptySubsequences: false)
            let indicators = result.services.flatMap(\.indicators)
            let rowIndices = lines.indices.filter { Self.isRow(lines[$0]) }
            #expect(rowIndices.count == indicators.count)
            for (index, indicator) in zip(rowIndices, indicators) {
                let next = lines.index(after: index)
                let hasHint = next < lines.endIndex && lines[next].hasPrefix("        ↳ ")
                #expect(hasHint == FindingText.asksForAction(indicator), "\(name): \(lines[index])")
                if hasHint { #expect(lines[next].contains(indicator.hint.text(in: language).prefix(20))) }
            }
        }
    }

    @Test(arguments: Language.allCases)
    func indicatorLinesFitInAHundredColumns(in language: Language) {
        let text = Self.text(Rendering.sampleNames, language)
        let hangs = { (line: Substring) in line.hasPrefix("        ↳") || (line.hasPrefix("          ") && line.dropFirst(10).first?.isLetter == true) }
        for line in text.split(separator: "\n") where Self.isRow(line) || hangs(line) {
            #expect(line.count <= TextFormat.width, "\(line.count): \(line)")
        }
    }

    @Test(arguments: Language.allCases)
    func theLastLineCountsFilesByVerdictInTheReadersLanguage(in language: Language) {
        let results = Rendering.sampleNames.map(Rendering.sample)
        let last = Self.text(Rendering.sampleNames, language).split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.hasPrefix(Label.total.text(in: language) + ": " + Label.files(results.count, in: language)))
        for verdict in Verdict.allCases {
            let count = results.filter { $0.verdict == verdict }.count
            #expect(last.contains("\(verdict.name(in: language)): \(count)") == (count > 0), "\(verdict) in \(last)")
        }
        let warnings = results.map(\.warnings.count).reduce(0, +)
        #expect(last.hasSuffix(Label.warnings.text(in: language).lowercased() + ": \(warnings)"))
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!Self.text(Rendering.sampleNames, .en).contains("\u{1B}"))
        let painted = Self.text(["maximal", "noncompliant"], .en, color: true)
        #expect(painted.contains("\u{1B}[1;32mmaximal\u{1B}[0m"))
        #expect(painted.contains("\u{1B}[1;31mnoncompliant\u{1B}[0m"))
    }

    @Test func wrapBreaksAtSpacesWithinTheWidth() {
        let lines = TextFormat.wrap("один два три четыре пять", columns: 10)
        #expect(lines == ["один два", "три четыре", "пять"])
        #expect(TextFormat.wrap("длинноеслово", columns: 4) == ["длинноеслово"])
    }

    /// A space that a combining mark follows is a character of its own, not a space: the
    /// text is not broken there, whichever way it is measured.
    @Test func wrapDoesNotBreakAtASpaceJoinedToAMark() {
        #expect(TextFormat.wrap("a \u{301}b c", columns: 3) == ["a \u{301}b", "c"])
        #expect(TextFormat.wrap("ещё  три\u{00A0}ответа из 21", columns: 9) == ["ещё", "три\u{00A0}ответа", "из 21"])
    }
}
