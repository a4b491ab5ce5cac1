import GSZWorkbook

/// The sheets of the results workbook, in tab order: the raw value is the sheet's place.
enum ResultsSheet: UInt8, CaseIterable {
    /// Files per verdict, and warnings.
    case totals
    /// A row per file.
    case files
    /// A row per service.
    case services
    /// A row per rule applied to a document judged by rules; left out when there is none.
    case rules
    /// A row per error or warning.
    case errors
}

/// Rows of typed cells as bytes, so a workbook can be rendered file by file like any other
/// format.
///
/// The batch renders each file on a worker into bytes, but only the writing thread knows
/// where in its sheet a row lands: the workbook format writes its rows in this encoding, and
/// the results workbook `read`s them back as each file's part arrives. A record is the
/// sheet, the number of cells (16 bits), then each cell: a tag (0 for an empty cell, else the
/// value's type) and its style, then text as its length (32 bits) and UTF-8, a number as its
/// 64 bits, or a date as year (32 bits), month and day. The bytes never leave the process, so
/// integers are in the machine's order.
enum SheetRecords {
    private enum Tag: UInt8 {
        case empty, text, number, date
    }

    /// Appends one row for `sheet` to `output`.
    static func write(_ sheet: ResultsSheet, _ cells: [CellDraft?], into output: inout OutputBuffer) {
        output.append(sheet.rawValue)
        put(UInt16(cells.count), into: &output)
        for cell in cells {
            guard let cell else {
                output.append(Tag.empty.rawValue)
                continue
            }
            switch cell.value {
            case .text(let text):
                output.append(Tag.text.rawValue)
                output.append(UInt8(cell.style.rawValue))
                put(UInt32(text.utf8.count), into: &output)
                output.write(text)
            case .number(let number):
                output.append(Tag.number.rawValue)
                output.append(UInt8(cell.style.rawValue))
                put(number.bitPattern, into: &output)
            case .date(let year, let month, let day):
                output.append(Tag.date.rawValue)
                output.append(UInt8(cell.style.rawValue))
                put(Int32(truncatingIfNeeded: year), into: &output)
                output.append(UInt8(truncatingIfNeeded: month))
                output.append(UInt8(truncatingIfNeeded: day))
            }
        }
    }

    /// Writes the rows of the whole records at the start of `bytes` into `stream`, each to its
    /// sheet, and returns how many bytes they took: a record cut short at the end is left.
    static func read(_ bytes: UnsafeRawBufferPointer, into stream: WorkbookStream) -> Int {
        var start = 0
        while true {
            // A row goes into the stream as it is read, so first make sure all of it is here.
            var measure = Reader(bytes: bytes, offset: start)
            guard let (sheet, count) = measure.head(), (0..<count).allSatisfy({ _ in measure.field() != nil }) else { return start }
            var reader = Reader(bytes: bytes, offset: start)
            _ = reader.head()
            start = measure.offset
            guard let sheet = ResultsSheet(rawValue: sheet) else { continue }
            stream.appendRow(toSheet: Int(sheet.rawValue)) { row in
                while reader.offset < start, let field = reader.field() {
                    switch field {
                    case .empty: row.skip()
                    case .text(let utf8, let style): row.text(utf8, style: style)
                    case .number(let number, let style): row.number(number, style: style)
                    case .date(let year, let month, let day, let style): row.date(year: year, month: month, day: day, style: style)
                    }
                }
            }
        }
    }

    private static func put<Integer: FixedWidthInteger>(_ value: Integer, into output: inout OutputBuffer) {
        withUnsafeBytes(of: value) { output.append($0.bindMemory(to: UInt8.self)) }
    }

    /// A cell as a record holds it: text stays the record's bytes.
    private enum Field {
        case empty
        case text(UnsafeRawBufferPointer, CellStyle)
        case number(Double, CellStyle)
        case date(year: Int, month: Int, day: Int, CellStyle)
    }

    /// Reads a record's parts, each only if the bytes hold all of it.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        /// Where the next part starts.
        var offset: Int

        /// A record's sheet and number of cells.
        mutating func head() -> (sheet: UInt8, count: Int)? {
            guard let sheet = integer(UInt8.self), let count = integer(UInt16.self) else { return nil }
            return (sheet, Int(count))
        }

        /// The next cell.
        mutating func field() -> Field? {
            guard let tag = integer(UInt8.self) else { return nil }
            guard tag != Tag.empty.rawValue else { return .empty }
            guard let styleIndex = integer(UInt8.self) else { return nil }
            let style = CellStyle(rawValue: Int(styleIndex)) ?? .plain
            switch Tag(rawValue: tag) {
            case .text?:
                guard let length = integer(UInt32.self), let text = take(Int(length)) else { return nil }
                return .text(text, style)
            case .number?:
                return integer(UInt64.self).map { .number(Double(bitPattern: $0), style) }
            default:  // a date: only `write` above makes records
                guard let year = integer(Int32.self), let month = integer(UInt8.self), let day = integer(UInt8.self) else { return nil }
                return .date(year: Int(year), month: Int(month), day: Int(day), style)
            }
        }

        private mutating func integer<Integer: FixedWidthInteger>(_: Integer.Type) -> Integer? {
            take(MemoryLayout<Integer>.size).map { $0.loadUnaligned(as: Integer.self) }
        }

        private mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
            guard bytes.count - offset >= count else { return nil }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
        }
    }
}
