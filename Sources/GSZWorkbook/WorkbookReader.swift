/// Finds a workbook's parts through its relationships and reads each one once.
///
/// The package's `_rels/.rels` names the workbook part, the workbook's own relationships
/// name its sheets, shared strings and styles; the conventional `xl/…` paths stand in when a
/// writer leaves a relationship out.
struct WorkbookReader {
    /// The first bytes of an OLE compound file (Excel's encrypted workbooks, legacy `.xls`).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// How every OpenDocument type starts (`…opendocument.spreadsheet` for `.ods`).
    static let openDocumentType = Array("application/vnd.oasis.opendocument".utf8)
    /// The stream an encrypted Office Open XML file keeps its package in, as the OLE
    /// directory writes names: UTF-16, little-endian.
    static let encryptedPackageName = "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }

    /// Whether the OLE file in `bytes` names an `EncryptedPackage` stream. Its directory may
    /// sit anywhere in the file, so every byte is searched; a legacy `.xls` names `Workbook`.
    static func holdsEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        // Searched by hand over the buffer: the standard library's generic `firstRange(of:)`
        // took 1.9 s over a 16 MiB file, this loop milliseconds.
        let name = encryptedPackageName
        guard bytes.count >= name.count else { return false }
        return bytes.withUnsafeBufferPointer { all in
            var index = 0
            let last = all.count - name.count
            while index <= last {
                if all[index] == name[0] && name.indices.allSatisfy({ all[index + $0] == name[$0] }) { return true }
                index += 1
            }
            return false
        }
    }

    let bytes: [UInt8]
    let limits: WorkbookLimits

    init(_ bytes: [UInt8], limits: WorkbookLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    func read() throws(WorkbookError) -> Workbook {
        if bytes.starts(with: Self.compoundFileSignature) {
            throw WorkbookError(Self.holdsEncryptedPackage(bytes) ? .encrypted : .legacyExcel)
        }
        guard bytes.count <= limits.maxArchiveBytes else {
            throw WorkbookError(.partTooLarge(part: "", limit: limits.maxArchiveBytes))
        }
        let archive = try ZipArchive(bytes, limits: limits)
        // LibreOffice saves in its own format unless told otherwise; its zip names its type
        // first, in an entry of its own. Saying so beats "the workbook lacks xl/workbook.xml".
        if let type = try archive.read("mimetype"), type.starts(with: Self.openDocumentType) {
            throw WorkbookError(.openDocument)
        }
        let workbookPath = try relationships(in: archive, of: "")
            .first { $0.type.hasSuffix("/officeDocument") }.map(\.target) ?? "xl/workbook.xml"
        guard let workbookXML = try archive.read(workbookPath) else { throw WorkbookError(.missingPart(workbookPath)) }
        let folder = Self.folder(of: workbookPath)
        let links = try relationships(in: archive, of: workbookPath)
        func part(_ suffix: String, _ fallback: String) throws(WorkbookError) -> [UInt8]? {
            let path = links.first { $0.type.hasSuffix(suffix) }.map(\.target) ?? folder + fallback
            return try archive.read(path)
        }
        let strings = try part("/sharedStrings", "sharedStrings.xml").map { xml throws(WorkbookError) in
            try SharedStrings.read(xml, limits: limits)
        } ?? []
        let styles = try part("/styles", "styles.xml").map { xml throws(WorkbookError) in try CellStyles.read(xml) } ?? CellStyles()
        let listing = try WorkbookListing.read(workbookXML, part: workbookPath)
        let context = SheetParser.Context(strings: strings, styles: styles, date1904: listing.date1904, limits: limits)
        var sheets: [Sheet] = []
        for entry in listing.sheets {
            guard let target = links.first(where: { $0.id == entry.relationship })?.target,
                  let xml = try archive.read(target) else { continue }  // a chart sheet or a dangling link: nothing to read
            sheets.append(try SheetParser.read(xml, name: entry.name, part: target, context: context))
        }
        return Workbook(sheets: sheets)
    }

    /// One relationship: its id, type and target, the target resolved to an archive path.
    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    /// The relationships of the part at `source` ("" for the package itself).
    func relationships(in archive: ZipArchive, of source: String) throws(WorkbookError) -> [Relationship] {
        let folder = Self.folder(of: source)
        let name = source.split(separator: "/").last.map(String.init) ?? ""
        let path = folder + "_rels/" + name + ".rels"
        guard let xml = try archive.read(path) else { return [] }
        var scanner = XMLScanner(xml, part: path)
        var found: [Relationship] = []
        while let token = try scanner.next() {
            guard case .start(let tag, let attributes, _) = token, scanner.isNamed(tag, "Relationship") else { continue }
            guard let id = try scanner.attribute("Id", in: attributes), let target = try scanner.attribute("Target", in: attributes) else {
                continue
            }
            let type = try scanner.attribute("Type", in: attributes) ?? ""
            if try scanner.attribute("TargetMode", in: attributes) == "External" { continue }
            found.append(Relationship(id: id, type: type, target: Self.resolve(target, from: folder)))
        }
        return found
    }

    /// The folder part of an archive path, with its trailing slash ("" at the top).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship target made an archive path: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}

/// What `workbook.xml` says: the sheets in order and the date system.
struct WorkbookListing {
    struct Entry {
        let name: String
        let relationship: String
    }

    var sheets: [Entry] = []
    var date1904 = false

    static func read(_ xml: [UInt8], part: String) throws(WorkbookError) -> WorkbookListing {
        var listing = WorkbookListing()
        var scanner = XMLScanner(xml, part: part)
        while let token = try scanner.next() {
            guard case .start(let tag, let attributes, _) = token else { continue }
            if scanner.isNamed(tag, "sheet"), let name = try scanner.attribute("name", in: attributes),
               let id = try scanner.attribute("id", in: attributes) {
                listing.sheets.append(Entry(name: name, relationship: id))
            } else if scanner.isNamed(tag, "workbookPr"), let flag = try scanner.attribute("date1904", in: attributes) {
                listing.date1904 = flag == "1" || flag == "true"
            }
        }
        return listing
    }
}
