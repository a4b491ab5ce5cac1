import GSZTestSupport
import Testing
@testable import GSZKit

/// More of a good thing never makes a verdict worse (contract §2, §3).
///
/// The order tested, per indicator with a value: graded levels noncompliant < minimal <
/// maximal, and a requirement's level (hours, days, experience) does not change, since its
/// input does not. An indicator missing its input stays missing; one that does not apply
/// stays away. Service verdicts: noncompliant < incomplete < minimal < maximal, and a
/// not_assessed service stays not_assessed.
@Suite("Properties: more participants, satisfied respondents or success stories never lower a level")
struct MonotonicityProperties {
    enum Change: String, CaseIterable {
        case participants, satisfied, stories
    }

    static let cases = 300

    /// The rank of a graded level with a value; `nil` for the others.
    static func gradedRank(_ level: IndicatorLevel) -> Int? {
        switch level {
        case .noncompliant: 0
        case .minimal: 1
        case .maximal: 2
        case .missing, .meets: nil
        }
    }

    /// `service` with `change` applied by a random amount, or `nil` when the input is absent
    /// (or, for satisfied, already equal to respondents).
    static func raised(_ service: GeneratedService, _ change: Change, using random: inout SeededGenerator) -> GeneratedService? {
        var raised = service
        switch change {
        case .participants:
            guard let participants = service.participants else { return nil }
            raised.participants = participants + Int.random(in: 1...30, using: &random)
        case .satisfied:
            guard let satisfied = service.satisfied, let respondents = service.respondents, satisfied < respondents else { return nil }
            raised.satisfied = Int.random(in: (satisfied + 1)...respondents, using: &random)
        case .stories:
            guard let stories = service.stories else { return nil }
            raised.stories = stories + Int.random(in: 1...10, using: &random)
        }
        return raised
    }

    @Test("raising one input keeps every level and the verdict at least where they were", arguments: Change.allCases)
    func raising(change: Change) throws {
        var generator = ReportGenerator(seed: 0x5EED_0001 &+ UInt64(change.rawValue.count))
        var compared = 0
        for _ in 0..<Self.cases {
            let service = generator.service(id: "S1")
            guard let raised = Self.raised(service, change, using: &generator.random) else { continue }
            let before = try Reports.onlyService(ReportGenerator.report([service]))
            let after = try Reports.onlyService(ReportGenerator.report([raised]))
            compared += 1
            let context = Comment(rawValue: "\(change): \(service.yaml)\n→\n\(raised.yaml)")
            #expect(before.indicators.map(\.id) == after.indicators.map(\.id), context)
            for (old, new) in zip(before.indicators, after.indicators) {
                if let oldRank = Self.gradedRank(old.level) {
                    let newRank = try #require(Self.gradedRank(new.level), context)
                    #expect(newRank >= oldRank, "\(old.id): \(old.level) → \(new.level)\n\(context)")
                } else {
                    #expect(new.level == old.level, "\(old.id): \(old.level) → \(new.level)\n\(context)")
                }
            }
            if before.verdict == .notAssessed {
                #expect(after.verdict == .notAssessed, context)
            } else {
                #expect(after.verdict >= before.verdict, "\(before.verdict) → \(after.verdict)\n\(context)")
            }
        }
        // The generator must actually exercise the property, not skip almost every case.
        #expect(compared > Self.cases / 3)
    }
}
