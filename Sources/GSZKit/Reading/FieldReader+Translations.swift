import GSZYAML

extension FieldReader {
    private static let languageKeys = KeySet(["ru", "kk", "en"])

    /// A name written in each language (`{ru: …, kk: …, en: …}`) at `node`: the texts found,
    /// each non-empty, with a located `missing_translation` error for each language absent but
    /// those in `optional`; nil when `node` is not such a mapping. Standard files, calendar
    /// years and competition rules all name things this way.
    mutating func translations(_ node: YAMLNode, field: String, optional: Set<Language> = []) -> [Language: String]? {
        guard let name = mapping(node, field: field, keys: Self.languageKeys) else { return nil }
        var texts: [Language: String] = [:]
        for language in Language.allCases {
            if let value = name[language.rawValue] {
                // An empty name would show as a blank cell in `gsz standard show`.
                texts[language] = text(value, field: name.path(language.rawValue), nonEmpty: true)
            } else if !optional.contains(language) {
                bag.error(.standard(.missingTranslation(field: name.path(language.rawValue), language: language)), at: node.location)
            }
        }
        return texts
    }
}
