import GSZWorkbook
import GSZYAML

/// Bytes to a report's node tree, from YAML or from a workbook, with every problem found.
///
/// A workbook is recognised by its bytes (a zip archive, or the OLE file an encrypted one
/// is), or by a `.xlsx` name, so that a workbook piped through standard input is read as one
/// and a broken `.xlsx` is reported as a broken workbook, not as bad YAML.
enum DocumentParser {
    /// The document in `bytes`; a YAML file's list items are shown to `watcher` as they are built.
    static func parse(
        _ bytes: [UInt8], path: String, limits: YAMLLimits, watching watcher: (any ListItemWatcher)? = nil
    ) -> (document: YAMLDocument?, diagnostics: [Diagnostic]) {
        if Workbook.looksLikeWorkbook(bytes) || path.lowercased().hasSuffix(".xlsx") {
            do {
                let workbook = try Workbook.read(bytes)
                return WorkbookDocument.build(workbook, source: bytes, path: path)
            } catch {
                let at = error.sheet.map { name in
                    SourceLocation(sheet: SourceLocation.Sheet(name: name, order: 1), row: error.row ?? 1, column: error.column ?? 1)
                }
                return (nil, [.error(.workbook(.unreadable(error.kind)), path: path, at: at)])
            }
        }
        let parsed = YAMLDocument.parse(bytes, limits: limits, watching: watcher)
        return (parsed.document, parsed.errors.map { Diagnostic.error(.yaml($0.kind), path: path, at: $0.location) })
    }
}
