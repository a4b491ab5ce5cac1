import Testing
@testable import GSZYAML

@Suite("Places of what aliases repeat")
struct AliasPlaceTests {
    static let text = """
        a: &s
          id: S1
          inner: &t [x, y]
        b: *s
        c: [*t, *s]
        """

    @Test("a node below an alias is placed at the alias, saying where it is written and the anchor's line")
    func belowAlias() throws {
        let root = try document(Self.text).root
        let id = try #require(root.value(forKey: "b")?.value(forKey: "id"))
        #expect(id.text == "S1")
        // A mapping's anchor on the line above its first key is where the mapping starts.
        #expect(id.location == Place(line: 4, column: 4, alias: .init(line: 2, column: 7, anchorLine: 1)))
        #expect(id.location.description == "4:4")
    }

    @Test("the same nodes reached where they are written keep their own places")
    func unaliased() throws {
        let root = try document(Self.text).root
        #expect(root.value(forKey: "a")?.value(forKey: "id")?.location == Place(line: 2, column: 7))
        #expect(root.value(forKey: "a")?.value(forKey: "inner")?.items[1].location == Place(line: 3, column: 17))
    }

    @Test("an alias inside what an alias repeats is placed at the outermost alias")
    func nested() throws {
        let root = try document(Self.text).root
        let y = try #require(root.value(forKey: "b")?.value(forKey: "inner")?.items[1])
        #expect(y.location == Place(line: 4, column: 4, alias: .init(line: 3, column: 17, anchorLine: 1)))
        let list = try #require(root.value(forKey: "c"))
        #expect(list.items[0].items[0].location == Place(line: 5, column: 5, alias: .init(line: 3, column: 14, anchorLine: 3)))
        #expect(list.items[1].value(forKey: "id")?.location == Place(line: 5, column: 9, alias: .init(line: 2, column: 7, anchorLine: 1)))
    }

    @Test("an alias of a scalar is where the alias is, its text the anchor's")
    func scalar() throws {
        let root = try document("a: &n 12\nb: *n\n").root
        let b = try #require(root.value(forKey: "b"))
        #expect(b.text == "12")
        #expect(b.location == Place(line: 2, column: 4, alias: .init(line: 1, column: 4, anchorLine: 1)))
    }
}
