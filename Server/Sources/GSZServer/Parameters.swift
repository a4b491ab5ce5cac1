import GSZKit
import Hummingbird

/// The query parameters the API and the page read, each checked against its valid values:
/// a wrong one is a 400 naming them, never silently replaced by a default.
struct Parameters {
    private let query: [String: String]
    private let acceptLanguage: String?

    init(_ request: Request) {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil {
            query[String(key)] = String(value)
        }
        self.query = query
        acceptLanguage = request.headers[.acceptLanguage]
    }

    init(query: [String: String], acceptLanguage: String?) {
        self.query = query
        self.acceptLanguage = acceptLanguage
    }

    /// `value` (a form field) if given, else the query's `name`.
    func text(_ name: String, or value: String? = nil) -> String? { value ?? query[name] }

    /// `lang`, else the first language of `Accept-Language` gsz speaks, else Russian.
    func language(_ given: String? = nil) throws(APIError) -> Language {
        // Absent means "the reader's default"; empty is a wrong value like any other.
        guard let text = text("lang", or: given) else {
            return AcceptLanguage.preferred(acceptLanguage) ?? .ru
        }
        guard let language = Language(rawValue: text) else {
            throw .badParameter("lang", value: text, valid: Language.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return language
    }

    /// `require`, else minimal.
    func required(_ given: String? = nil) throws(APIError) -> RequiredLevel {
        guard let text = text("require", or: given) else { return .minimal }
        guard let level = RequiredLevel(rawValue: text) else {
            throw .badParameter("require", value: text, valid: RequiredLevel.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return level
    }

    /// `name`, the path the result carries: as `gsz check -` names standard input when absent.
    func fileName() throws(APIError) -> String {
        guard let name = query["name"] else { return "-" }
        try Self.validate(name: name)
        return name
    }

    /// A file name is 1 to 255 characters (Unicode scalars, as JSON Schema counts them)
    /// without control characters, so it prints on one line in every format.
    static func validate(name: String) throws(APIError) {
        let valid = !name.isEmpty && name.unicodeScalars.count <= 255
            && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
        if !valid {
            throw .badParameter("name", value: String(name.prefix(64)),
                                valid: "1 to 255 characters without control characters")
        }
    }
}

/// The `Accept-Language` header read as RFC 9110 says: tags by weight, first wins on ties.
enum AcceptLanguage {
    /// The first language gsz speaks, by the header's weights; `nil` when it names none.
    static func preferred(_ header: String?) -> Language? {
        guard let header else { return nil }
        var ranked: [(weight: Double, order: Int, language: Language)] = []
        for (order, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: " \t") }
            guard let tag = parts.first, let language = Language(locale: String(tag)) else { continue }
            let weight = parts.dropFirst().lazy.compactMap { part -> Double? in
                part.hasPrefix("q=") ? Double(part.dropFirst(2)) : nil
            }.first ?? 1
            if weight > 0 { ranked.append((weight, order, language)) }
        }
        return ranked.min { $0.weight != $1.weight ? $0.weight > $1.weight : $0.order < $1.order }?.language
    }
}

extension StringProtocol {
    /// The text without `characters` at either end.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        guard let first = firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = lastIndex { !set.contains($0) }!  // exists: `first` is such an index
        return String(self[first...last])
    }
}
