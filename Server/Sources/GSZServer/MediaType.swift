/// A `Content-Type` value: the type in lower case, and its parameters.
struct MediaType: Equatable {
    /// An Office Open XML workbook (`.xlsx`): a report sent, or the results handed back.
    static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// `type/subtype`, lower-cased.
    let essence: String
    /// Parameters by lower-cased name, quotes removed.
    let parameters: [String: String]

    /// The media type in `header`; `nil` when there is none or it is not `type/subtype`.
    init?(_ header: String?) {
        guard let header else { return nil }
        var parts = MediaType.split(header)
        guard !parts.isEmpty else { return nil }
        let essence = parts.removeFirst().lowercased()
        guard essence.split(separator: "/", omittingEmptySubsequences: false).count == 2,
              !essence.hasPrefix("/"), !essence.hasSuffix("/") else { return nil }
        self.essence = essence
        var parameters: [String: String] = [:]
        for part in parts {
            guard let equals = part.firstIndex(of: "=") else { continue }
            let name = part[..<equals].trimmingCharacters(in: " \t").lowercased()
            var value = part[part.index(after: equals)...].trimmingCharacters(in: " \t")
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingEscapes()
            }
            parameters[name] = value
        }
        self.parameters = parameters
    }

    /// `header` split at the semicolons outside quotes, each piece trimmed.
    static func split(_ header: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                escaped = false
            } else if quoted, character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";", !quoted {
                pieces.append(current.trimmingCharacters(in: " \t"))
                current = ""
                continue
            }
            current.append(character)
        }
        pieces.append(current.trimmingCharacters(in: " \t"))
        return pieces.filter { !$0.isEmpty }
    }
}

extension String {
    /// A quoted string's content with its backslash escapes undone.
    func replacingEscapes() -> String {
        var result = ""
        var escaped = false
        for character in self {
            if !escaped, character == "\\" {
                escaped = true
                continue
            }
            escaped = false
            result.append(character)
        }
        return result
    }
}
