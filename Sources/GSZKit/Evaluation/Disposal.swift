import Dispatch

/// Drops large values on another thread.
///
/// A report of tens of thousands of services leaves behind hundreds of thousands of small
/// blocks: its parsed tree, its fields, then its result once rendered. Freeing them where
/// they fall takes tens of milliseconds on the one thread that has work left to do (render,
/// write), while the other core waits; dropped here, they are freed beside that work. Small
/// values are dropped where they are: a batch of small files keeps both cores busy anyway.
/// A process that ends while a value is still being dropped leaves the rest to the system.
enum Disposal {
    /// From how many services a document or result is worth handing over.
    static let largeFrom = 2_048

    /// Drops `value` on another thread when `isLarge`, else here. Pass the caller's own
    /// binding with `consume`: a copy it keeps would keep the blocks alive where it is.
    static func drop<Value: Sendable>(_ value: consuming Value, isLarge: Bool) {
        guard isLarge else { return }
        let value = Box(value)
        DispatchQueue.global(qos: .utility).async { value.drop() }
    }

    /// The value on its way: the closure's copy is the last one, released on the other thread.
    private final class Box<Value: Sendable>: @unchecked Sendable {
        // @unchecked: `value` is read by no one; it is only set to nil, once, on one thread.
        private var value: Value?

        init(_ value: consuming Value) { self.value = value }

        func drop() { value = nil }
    }
}
