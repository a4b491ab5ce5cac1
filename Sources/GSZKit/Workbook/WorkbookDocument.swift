import GSZWorkbook
import GSZYAML

/// Turns a workbook in contract §12's layout into the node tree a YAML report makes.
///
/// Dotted keys (`ngo.bin`, `dates.from`) become nested mappings, every node placed at its
/// cell, so the report reader finds the same fields, and says the same things, as for YAML,
/// and each place reads `Услуги!H5`. Cells become text as a YAML writer would write them:
/// dates `YYYY-MM-DD`, whole numbers without a fraction. Types are not decided here: a date
/// cell in `hours` becomes a date's text, which the reader refuses as it refuses it in YAML.
struct WorkbookDocument {
    /// One key with its value, from a header row or a service row's cell.
    struct Entry {
        let key: String
        /// The key split at its dots, once per key (a service sheet's columns share theirs).
        let segments: [String]
        let keyAt: SourceLocation
        let cell: Cell
        let valueAt: SourceLocation
    }

    private var builder = YAMLDocumentBuilder()
    private(set) var diagnostics: DiagnosticBag

    init(path: String) {
        diagnostics = DiagnosticBag(path: path)
    }

    /// The document of `workbook`'s report, or nil when no sheet is in the layout.
    static func build(_ workbook: Workbook, source: [UInt8], path: String) -> (YAMLDocument?, [Diagnostic]) {
        var maker = WorkbookDocument(path: path)
        let layout = WorkbookLayout(workbook)
        for (problem, found) in layout.problems {
            maker.diagnostics.error(.workbook(problem), at: place(found, row: 1, column: 1))
        }
        guard layout.header != nil || layout.services != nil else {
            maker.diagnostics.error(.workbook(.noReportSheet), at: nil)
            return (nil, maker.diagnostics.all)
        }
        var pairs: [(key: YAMLDocumentBuilder.Node, value: YAMLDocumentBuilder.Node)] = []
        var rootAt: SourceLocation?
        if let header = layout.header {
            let at = place(header, row: 1, column: 1)
            rootAt = at
            pairs.append((maker.builder.scalar("report", quoted: false, at: at), maker.mapping(maker.headerEntries(header), at: at)))
        }
        if let services = layout.services {
            let at = place(services, row: 1, column: 1)
            rootAt = rootAt ?? at
            pairs.append((maker.builder.scalar("services", quoted: false, at: at), maker.servicesList(services, at: at)))
        }
        let root = maker.builder.mapping(pairs, at: rootAt ?? .start)
        return (maker.builder.document(root: root, source: source), maker.diagnostics.all)
    }

    static func place(_ found: WorkbookLayout.Found, row: Int, column: Int) -> SourceLocation {
        SourceLocation(sheet: SourceLocation.Sheet(name: found.sheet.name, order: found.order), row: row, column: column)
    }

    /// The header's keys (column A) with their values (column C), rows 2 on.
    private mutating func headerEntries(_ header: WorkbookLayout.Found) -> [Entry] {
        var entries: [Entry] = []
        var seen: [String: SourceLocation] = [:]
        for cell in header.sheet.cells where cell.column == 1 && cell.row > 1 {
            guard let key = WorkbookLayout.key(cell) else { continue }
            let keyAt = Self.place(header, row: cell.row, column: 1)
            if let first = seen[key] {
                diagnostics.error(.workbook(.duplicateKey(key: key, first: first.description)), at: keyAt)
                continue
            }
            seen[key] = keyAt
            guard let value = header.sheet.cell(row: cell.row, column: 3) else { continue }
            entries.append(Entry(key: key, segments: Self.segments(key), keyAt: keyAt, cell: value,
                                 valueAt: Self.place(header, row: cell.row, column: 3)))
        }
        return entries
    }

    /// One mapping per non-empty row from row 3, its keys from row 1.
    private mutating func servicesList(_ services: WorkbookLayout.Found, at: SourceLocation) -> YAMLDocumentBuilder.Node {
        var keys: [Int: (key: String, segments: [String])] = [:]
        var seen: [String: SourceLocation] = [:]
        for cell in services.sheet.cells.prefix(while: { $0.row == 1 }) {
            let at = Self.place(services, row: 1, column: cell.column)
            guard let key = WorkbookLayout.key(cell) else {
                diagnostics.warning(.workbook(.keyNotText(cell: cell.name)), at: at)
                continue
            }
            if let first = seen[key] {
                diagnostics.error(.workbook(.duplicateKey(key: key, first: first.description)), at: at)
                continue
            }
            seen[key] = at
            keys[cell.column] = (key, Self.segments(key))
        }
        var items: [YAMLDocumentBuilder.Node] = []
        var row: [Entry] = []
        var rowNumber = 0
        func flush(_ maker: inout WorkbookDocument) {
            guard let first = row.first else { return }
            items.append(maker.mapping(row, at: first.valueAt))
            row.removeAll(keepingCapacity: true)
        }
        for cell in services.sheet.cells where cell.row >= 3 {
            if cell.row != rowNumber {
                flush(&self)
                rowNumber = cell.row
            }
            guard let key = keys[cell.column] else { continue }  // a column without a key: notes beside the table
            let valueAt = Self.place(services, row: cell.row, column: cell.column)
            row.append(Entry(key: key.key, segments: key.segments, keyAt: valueAt, cell: cell, valueAt: valueAt))
        }
        flush(&self)
        return builder.sequence(items, at: at)
    }

    /// A mapping of `entries`, dotted keys nested: `dates.from` and `dates.to` become
    /// `dates: {from, to}`, placed at the first of them.
    private mutating func mapping(_ entries: [Entry], at: SourceLocation, depth: Int = 0) -> YAMLDocumentBuilder.Node {
        // A row has a dozen keys: a list beats hashing them.
        var groups: [(head: String, entries: [Entry])] = []
        for entry in entries {
            let head = entry.segments[min(depth, entry.segments.count - 1)]
            if let index = groups.firstIndex(where: { $0.head == head }) {
                groups[index].entries.append(entry)
            } else {
                groups.append((head, [entry]))
            }
        }
        var pairs: [(key: YAMLDocumentBuilder.Node, value: YAMLDocumentBuilder.Node)] = []
        pairs.reserveCapacity(groups.count)
        for (head, group) in groups {
            let first = group[0]
            let key = builder.scalar(head, quoted: true, at: first.keyAt)
            let isLeaf = first.segments.count == depth + 1
            if isLeaf, group.count == 1 {
                pairs.append((key, value(first)))
            } else {
                for extra in group.dropFirst() where isLeaf || extra.segments.count == depth + 1 {
                    diagnostics.error(.workbook(.duplicateKey(key: extra.key, first: first.keyAt.description)), at: extra.keyAt)
                }
                let nested = isLeaf ? [] : group.filter { $0.segments.count > depth + 1 }
                pairs.append((key, isLeaf ? value(first) : mapping(nested, at: first.keyAt, depth: depth + 1)))
            }
        }
        return builder.mapping(pairs, at: at)
    }

    static func segments(_ key: String) -> [String] {
        key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// The scalar a cell stands for under its key.
    private mutating func value(_ entry: Entry) -> YAMLDocumentBuilder.Node {
        let (text, quoted) = CellText.scalar(entry.cell.value, key: entry.key) { problem, severity in
            diagnostics.append(Diagnostic(severity, .workbook(problem), path: diagnostics.path, at: entry.valueAt))
        }
        return builder.scalar(text, quoted: quoted, at: entry.valueAt)
    }
}
