/// Why a workbook could not be read, with the part of it where reading stopped.
///
/// The cases carry data, not sentences: the engine words them for people in the language
/// they read. `description` is an English rendering for logs and tests.
public struct WorkbookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Hashable, Sendable {
        /// The bytes are not a zip archive (nor an encrypted Office file).
        case notAWorkbook
        /// An encrypted workbook: an OLE compound file holding an `EncryptedPackage` stream.
        case encrypted
        /// Any other OLE compound file: an Excel 97–2003 workbook (`.xls`) or another legacy
        /// Office file.
        case legacyExcel
        /// A zip archive that is an OpenDocument spreadsheet (`.ods`, LibreOffice's own format).
        case openDocument
        /// The archive's directory or an entry is damaged.
        case damaged(part: String)
        /// A part is stored with a method other than deflate or none, or zip64 sizes.
        case unsupported(part: String)
        /// A part the workbook needs is not in the archive.
        case missingPart(String)
        /// A part (or the archive itself) is larger than `limit` bytes once inflated.
        case partTooLarge(part: String, limit: Int)
        /// A part inflates to more than `ratio` times its packed size: a zip bomb.
        case compressionRatio(part: String, ratio: Int)
        /// The archive holds more than `limit` entries.
        case tooManyEntries(limit: Int)
        /// A part is not well-formed XML (`reason` in English, for the record).
        case malformedXML(part: String, reason: String)
        /// A part declares a document type; refused so entities cannot expand.
        case doctype(part: String)
        /// A sheet has more than `limit` rows, or cells.
        case tooManyCells(sheet: String, limit: Int)
        /// One cell's text is longer than `limit` characters.
        case cellTooLong(limit: Int)
        /// A cell names a shared string the workbook does not hold.
        case missingSharedString(index: Int)
    }

    /// What went wrong.
    public let kind: Kind
    /// The sheet and cell where it went wrong, when reading had reached one.
    public let sheet: String?
    /// The cell's row, 1-based, when known.
    public let row: Int?
    /// The cell's column, 1-based, when known.
    public let column: Int?

    /// An error of `kind`, at a cell of `sheet` when one is known.
    public init(_ kind: Kind, sheet: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.kind = kind
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    public var description: String {
        let place = sheet.map { "\($0)!\(CellReference.name(row: row ?? 1, column: column ?? 1)): " } ?? ""
        return place + "\(kind)"
    }
}
