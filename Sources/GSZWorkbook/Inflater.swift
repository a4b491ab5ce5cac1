internal import CZLib

/// Raw deflate through zlib, checked against the limits while it runs.
///
/// Output grows in steps and every step is weighed before the next: a part that claims
/// little and inflates to gigabytes stops at the first step past the cap or the ratio,
/// after about a megabyte of work, not at the end.
enum Inflater {
    static func inflate(_ packed: ArraySlice<UInt8>, part: String, sizeHint: Int, limits: WorkbookLimits) throws(WorkbookError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw WorkbookError(.damaged(part: part))
        }
        defer { inflateEnd(&stream) }
        let ratioCap = max(limits.ratioFloor, packed.count.multipliedReportingOverflow(by: limits.maxRatio).partialValue)
        let cap = min(limits.maxPartBytes, ratioCap)
        var output = [UInt8](repeating: 0, count: min(max(sizeHint, 4_096), cap) + 1)
        var produced = 0
        var status: Int32 = Z_OK
        packed.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while status == Z_OK {
                if produced == output.count {
                    guard output.count <= cap else { return }  // full one byte past the cap: too far
                    output.append(contentsOf: repeatElement(0, count: min(output.count * 2, cap + 1) - output.count))
                }
                output.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress! + produced  // never empty: sized ≥ 4 KiB
                    stream.avail_out = UInt32(buffer.count - produced)
                    status = CZLib.inflate(&stream, Z_NO_FLUSH)
                    produced = buffer.count - Int(stream.avail_out)
                }
            }
        }
        guard produced <= cap else {
            // Past the ratio it is a bomb, whichever cap stopped it; otherwise just too large.
            throw produced > ratioCap ? WorkbookError(.compressionRatio(part: part, ratio: limits.maxRatio))
                : WorkbookError(.partTooLarge(part: part, limit: limits.maxPartBytes))
        }
        guard status == Z_STREAM_END else { throw WorkbookError(.damaged(part: part)) }
        output.removeSubrange(produced...)
        return output
    }
}
