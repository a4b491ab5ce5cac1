/// Turns what a packaged format writes into its final bytes, part by part as a batch hands
/// the parts over (`begin`'s, each file's, each trailer, `end`'s, in that order).
///
/// Used on one thread, by whoever writes the output. A part is lent for the call only, so
/// what a packager keeps it copies or makes: the workbook keeps its rows compressed.
public protocol OutputPackager: AnyObject {
    /// Takes the next bytes the format wrote.
    func take(_ written: UnsafeRawBufferPointer)
    /// The final bytes, once every part is taken. Called once.
    func finish() -> [UInt8]
}

/// The packager of a format that needs none: what it takes, as it was.
final class KeptBytes: OutputPackager {
    private var bytes: [UInt8] = []

    func take(_ written: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: written)
    }

    func finish() -> [UInt8] {
        bytes
    }
}
