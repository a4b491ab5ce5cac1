/// One row being written, a cell at a time from column A: each cell goes into its sheet's
/// compressed part as it is given, so a row is never held.
///
/// Lent to the closure that fills the row (`WorkbookStream.appendRow`) and never copied, so
/// no cell can be written once the row is closed. It writes straight into its sheet's staging
/// chunk and calls on the deflater only when the chunk is full: a call and a retain for each
/// of a row's many small writes cost more than the writes.
public struct RowWriter: ~Copyable {
    private let deflater: Unmanaged<Deflater>  // held by the sheet's writer for longer than the row
    private var staging: UnsafeMutablePointer<UInt8>
    private var staged: Int
    private let row: Int
    /// The cells given so far, empty ones included.
    private var width = 0

    init(out: Deflater, row: Int) {
        deflater = .passUnretained(out)
        staging = out.staging
        staged = out.staged
        self.row = row
    }

    /// Leaves the next cell empty.
    public mutating func skip() {
        width += 1
    }

    /// Writes text, given as its UTF-8 bytes, as the next cell.
    public mutating func text(_ utf8: UnsafeRawBufferPointer, style: CellStyle = .plain) {
        open(style: style, type: " t=\"inlineStr\"")
        put("><is><t xml:space=\"preserve\">")
        XMLText.escapedRuns(of: utf8.assumingMemoryBound(to: UInt8.self)) { put($0) }
        put("</t></is></c>")
    }

    /// Writes text as the next cell.
    public mutating func text(_ text: String, style: CellStyle = .plain) {
        var text = text
        text.withUTF8 { self.text(UnsafeRawBufferPointer($0), style: style) }
    }

    /// Writes a number as the next cell; one that is not finite leaves the cell empty.
    public mutating func number(_ number: Double, style: CellStyle = .plain) {
        guard number.isFinite else { return skip() }
        open(style: style)
        put("><v>")
        // Whole numbers without a fraction, others as Swift spells them shortest.
        if number == number.rounded(.down) && abs(number) < 1e15 {
            put(Int(number))
        } else {
            var spelled = String(number)
            spelled.withUTF8 { put($0) }
        }
        put("</v></c>")
    }

    /// Writes a date cell, shown as `YYYY-MM-DD` unless `style` says otherwise.
    public mutating func date(year: Int, month: Int, day: Int, style: CellStyle = .plain) {
        open(style: style == .plain ? .date : style)
        put("><v>")
        put(SerialDate.serial(year: year, month: month, day: day))
        put("</v></c>")
    }

    /// Writes `cell` as the next cell; nil leaves it empty.
    public mutating func cell(_ cell: CellDraft?) {
        switch cell?.value {
        case nil: skip()
        case .text(let text)?: self.text(text, style: cell?.style ?? .plain)
        case .number(let number)?: self.number(number, style: cell?.style ?? .plain)
        case .date(let year, let month, let day)?: date(year: year, month: month, day: day, style: cell?.style ?? .plain)
        }
    }

    /// Hands the staging chunk back to the deflater and returns how many cells the row had.
    consuming func close() -> Int {
        deflater.takeUnretainedValue().staged = staged
        return width
    }

    /// `<c r="H5"` and the cell's type and style, up to the end of its start tag.
    private mutating func open(style: CellStyle, type: StaticString = "") {
        width += 1
        put("<c r=\"")
        // The column's letters, most significant first: at most three for Excel's 16,384 columns.
        var letters: (UInt32, UInt32) = (0, 0)
        withUnsafeMutableBytes(of: &letters) { raw in
            var position = raw.count
            var number = width
            repeat {
                position -= 1
                raw[position] = UInt8(65 + (number - 1) % 26)
                number = (number - 1) / 26
            } while number > 0 && position > 0
            put(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[position...]))
        }
        put(row)
        put("\"")
        put(type)
        guard style != .plain else { return }
        put(" s=\"")
        put(style.rawValue)
        put("\"")
    }

    private mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { put($0) }
    }

    private mutating func put(_ number: Int) {
        DecimalDigits.withDigits(of: number) { put($0) }
    }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        guard staged + bytes.count >= Deflater.chunk else {
            (staging + staged).update(from: source, count: bytes.count)
            staged += bytes.count
            return
        }
        // The chunk fills: the deflater compresses it and takes the rest.
        let out = deflater.takeUnretainedValue()
        out.staged = staged
        out.write(bytes)
        // A full chunk handed to the deflate thread leaves another to go on in.
        staging = out.staging
        staged = out.staged
    }
}
