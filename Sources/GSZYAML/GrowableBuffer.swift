/// A growable run of plain values in memory gsz manages itself.
///
/// The composer appends a few hundred nodes and scalars per report; an `Array`'s
/// per-append bookkeeping (uniqueness, capacity, bounds) costs more than the copy. The
/// finished storage is handed to the document, which frees it.
struct GrowableBuffer<Element: BitwiseCopyable>: ~Copyable {
    private var start: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(16, capacity)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    subscript(index: Int) -> Element {
        get { start[index] }
        nonmutating set { start[index] = newValue }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        start[count] = element
        count += 1
    }

    mutating func append(_ elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(to: count + elements.count) }
        (start + count).update(from: source, count: elements.count)
        count += elements.count
    }

    /// Appends the elements at `range` of this same buffer.
    mutating func append(from other: borrowing GrowableBuffer<Element>, range: Range<Int>) {
        other.withElements(in: range) { append($0) }
    }

    func withElements<Result>(in range: Range<Int>, _ body: (UnsafeBufferPointer<Element>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: start + range.lowerBound, count: range.count))
    }

    /// The elements so far, in place: valid until the next append, which may move them.
    var contents: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: start, count: count) }

    /// Drops the elements from `index` on.
    mutating func truncate(to index: Int) {
        count = index
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = max(capacity * 2, needed)
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.update(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }

    /// Hands the storage over as it is, spare capacity and all; the caller deallocates it.
    consuming func take() -> UnsafeBufferPointer<Element> {
        let storage = UnsafeBufferPointer(start: start, count: count)
        discard self  // ownership passes to the caller: no deinit, no copy
        return storage
    }
}
