/// libyaml's problem sentences in each language.
///
/// libyaml words its errors in English; the ones it gives for mistakes people make are cases
/// of `LibyamlProblem` and `LibyamlContext`, named by libyaml's own sentence, so each catalogue
/// words them and an NGO accountant reads what is wrong. Each case is a sentence the system
/// libyaml really gives (a test feeds it the inputs that produce each one); a sentence not
/// listed keeps libyaml's English, a context not listed is left out.
enum LibyamlWording {
    /// `U+0000`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// libyaml's `problem` in `language`, or as libyaml gave it where no catalogue words it.
    static func problem(_ problem: String, _ language: Language) -> String {
        LibyamlProblem(rawValue: problem).map { language.catalogue.libyamlProblem($0) } ?? problem
    }

    /// libyaml's `context` ("while parsing a flow mapping") in `language`; `nil` when no
    /// catalogue words it, since an English clause inside a Russian sentence helps nobody.
    static func context(_ context: String, _ language: Language) -> String? {
        LibyamlContext(rawValue: context).map { language.catalogue.libyamlContext($0) }
    }
}

/// A problem libyaml reports for a mistake people make, as libyaml words it; each catalogue
/// words it.
enum LibyamlProblem: String, CaseIterable, Sendable {
    case valueNotAllowed = "mapping values are not allowed in this context"
    case expectedKey = "did not find expected key"
    case expectedColon = "could not find expected ':'"
    case cannotStartToken = "found character that cannot start any token"
    case expectedNodeContent = "did not find expected node content"
    case unexpectedEnd = "found unexpected end of stream"
    case expectedCommaOrBracket = "did not find expected ',' or ']'"
    case expectedCommaOrBrace = "did not find expected ',' or '}'"
    case tabInIndentation = "found a tab character that violates indentation"
    case sequenceEntryNotAllowed = "block sequence entries are not allowed in this context"
    case unknownEscape = "found unknown escape character"
    case expectedDocumentStart = "did not find expected <document start>"
    case undefinedTagHandle = "found undefined tag handle"
    case expectedName = "did not find expected alphabetic or numeric character"
    case expectedTagEnd = "did not find the expected '>'"
    case expectedDash = "did not find expected '-' indicator"
    case duplicateYAMLDirective = "found duplicate %YAML directive"
    case incompatibleVersion = "found incompatible YAML document"
}

/// Where libyaml was when it found a problem, as libyaml words it; each catalogue words it.
enum LibyamlContext: String, CaseIterable, Sendable {
    case scanningQuotedScalar = "while scanning a quoted scalar"
    case flowSequence = "while parsing a flow sequence"
    case flowMapping = "while parsing a flow mapping"
    case blockMapping = "while parsing a block mapping"
    case blockCollection = "while parsing a block collection"
    case simpleKey = "while scanning a simple key"
    case plainScalar = "while scanning a plain scalar"
    case anchor = "while scanning an anchor"
    case alias = "while scanning an alias"
    case tag = "while scanning a tag"
    case node = "while parsing a node"
    case flowNode = "while parsing a flow node"
    case parsingQuotedScalar = "while parsing a quoted scalar"
    case nextToken = "while scanning for the next token"
}
