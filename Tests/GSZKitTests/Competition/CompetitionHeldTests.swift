import GSZKit
import Testing

/// The held sample: every rule met, the outcome worked out from the scores.
@Suite struct CompetitionHeldTests {
    @Test("the held sample is compliant, and A1 wins T1 with the mean of its counted rows")
    func heldSample() throws {
        let result = try Competitions.result(try Competitions.sample("competition-held.yaml"))
        #expect(result.errors.map(\.message.id) == [])
        #expect(result.verdict == .compliant)
        let topic = try #require(result.evaluation.topics.first)
        #expect(topic.outcome == .held)
        #expect(topic.winner == "A1")
    }
}
