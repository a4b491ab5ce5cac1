#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work cut into pieces and shared by two threads: the calling thread takes pieces from the
/// front, a second thread from the back, until they meet. Each piece is done once.
///
/// A fixed half each would leave one thread waiting whenever the other lost its core for a
/// while; taking from both ends keeps both busy to the end, and the caller's pieces stay in
/// order, so what it writes needs no copying.
enum TwoThreads {
    /// How many pieces a shared run is cut into: enough that neither thread waits long for
    /// the other, whatever else the machine runs.
    static let pieces = 32

    /// Calls `front` with pieces 0, 1, … on this thread and `back` with the last piece, the
    /// one before, … on a second thread, until all `pieces` are done. `false`, with nothing
    /// called, when no thread could be made.
    static func share(front: (Int) -> Void, back: @Sendable (Int) -> Void) -> Bool {
        let claims = PieceClaims(count: pieces)
        return withoutActuallyEscaping(back) { back in
            let helper = Helper { while let piece = claims.claimBack() { back(piece) } }
            guard let thread = helper.start() else { return false }
            while let piece = claims.claimFront() { front(piece) }
            pthread_join(thread, nil)
            return true
        }
    }

    /// Where piece `piece` of the `pieces` lies in `items`.
    static func range<Items: Collection>(of piece: Int, in items: Items) -> Range<Items.Index> {
        let start = items.index(items.startIndex, offsetBy: items.count * piece / pieces)
        let end = items.index(items.startIndex, offsetBy: items.count * (piece + 1) / pieces)
        return start..<end
    }
}

extension Array where Element: Sendable {
    /// `map(transform)`, from `OutputBuffer.halvesFrom` elements on shared with a second
    /// thread (`TwoThreads`); the same elements in the same order either way.
    func mapInHalves<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        guard count >= OutputBuffer.halvesFrom else { return map(transform) }
        var front: [Mapped] = []
        front.reserveCapacity(count)
        let back = Pieces<[Mapped]>()
        let shared = TwoThreads.share(front: { piece in
            front.append(contentsOf: self[TwoThreads.range(of: piece, in: self)].map(transform))
        }, back: { piece in
            back.add(self[TwoThreads.range(of: piece, in: self)].map(transform))
        })
        guard shared else { return map(transform) }
        for piece in back.inOrder { front.append(contentsOf: piece) }
        return front
    }
}

/// What the second thread made, a piece at a time, last piece first.
final class Pieces<Piece>: @unchecked Sendable {
    // @unchecked: `made` is changed only on the second thread and read only after it is joined.
    private var made: [Piece] = []

    func add(_ piece: Piece) { made.append(piece) }

    /// The pieces in the order of the items: the one made last first.
    var inOrder: ReversedCollection<[Piece]> { made.reversed() }
}

/// Which pieces are taken: the front from the calling thread, the back from the other.
private final class PieceClaims: @unchecked Sendable {
    // @unchecked: `front` and `back` are read and changed only inside `monitor`'s lock.
    private let monitor = Monitor()
    private var front = 0
    private var back: Int

    init(count: Int) { back = count }

    /// The first piece no one took, or `nil` once the two ends met.
    func claimFront() -> Int? {
        monitor.withLock {
            guard front < back else { return nil }
            front += 1
            return front - 1
        }
    }

    /// The last piece no one took, or `nil` once the two ends met.
    func claimBack() -> Int? {
        monitor.withLock {
            guard front < back else { return nil }
            back -= 1
            return back
        }
    }
}

/// The second thread, running `work` once.
private final class Helper: @unchecked Sendable {
    // @unchecked: `work` is set once, before the thread starts, and only run on it.
    private let work: () -> Void

    init(_ work: @escaping () -> Void) { self.work = work }

    /// The thread, started; `nil` when none can be made.
    func start() -> pthread_t? {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let made = pthread_create(&thread, nil, { context in
            Unmanaged<Helper>.fromOpaque(context!).takeRetainedValue().work()
            return nil
        }, context)
        guard made == 0 else {
            Unmanaged<Helper>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
