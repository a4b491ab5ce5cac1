/// Bounds on what one workbook may cost to read, checked while reading, never after.
///
/// A workbook is a zip of XML parts, so a few kilobytes can claim gigabytes: every part is
/// inflated against both an absolute cap and a ratio to its packed size, and the sheets
/// against row, cell and text caps, so hostile files end in an error, quickly, in bounded memory.
public struct WorkbookLimits: Hashable, Sendable {
    /// The largest archive read, in bytes.
    public var maxArchiveBytes: Int
    /// The most entries the archive may list.
    public var maxEntries: Int
    /// The most bytes one part may inflate to.
    public var maxPartBytes: Int
    /// How many times its packed size a part may grow, once past `ratioFloor` bytes.
    public var maxRatio: Int
    /// Below this many inflated bytes, the ratio is not checked (small parts compress well).
    public var ratioFloor: Int
    /// The most rows one sheet may hold.
    public var maxRows: Int
    /// The most cells one sheet may hold, and the most shared strings.
    public var maxCells: Int
    /// The longest text one cell may hold, in UTF-8 bytes (Excel's own cap is 32,767 characters).
    public var maxCellBytes: Int

    /// Limits with every bound given.
    public init(maxArchiveBytes: Int, maxEntries: Int, maxPartBytes: Int, maxRatio: Int, ratioFloor: Int,
                maxRows: Int, maxCells: Int, maxCellBytes: Int) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxPartBytes = maxPartBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxRows = maxRows
        self.maxCells = maxCells
        self.maxCellBytes = maxCellBytes
    }

    /// Room for any real report (thousands of services) and none for a bomb.
    public static let `default` = WorkbookLimits(
        maxArchiveBytes: 16 << 20,
        maxEntries: 4_096,
        maxPartBytes: 16 << 20,
        maxRatio: 100,
        ratioFloor: 1 << 20,
        maxRows: 100_000,
        maxCells: 2_000_000,
        maxCellBytes: 128 << 10
    )
}
