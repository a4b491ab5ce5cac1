import GSZYAML
import Testing

/// Columns count Unicode scalars, so carets under Cyrillic text land where people expect.
@Suite struct SourceLocationTests {
    @Test func columnsCountScalarsNotBytes() {
        let bytes = Array("a: ОФ\nb: 1".utf8)
        #expect(SourceLocation.of(offset: 7, in: bytes) == SourceLocation(line: 1, column: 6))
        #expect(SourceLocation.of(offset: bytes.count, in: bytes) == SourceLocation(line: 2, column: 5))
    }
}
