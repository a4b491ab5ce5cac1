extension Composer {
    /// Reports each key that repeats an earlier scalar key of the same mapping.
    ///
    /// Report mappings hold a handful of keys, so they are compared pairwise without
    /// allocating; only large mappings pay for a hash table.
    mutating func reportDuplicateKeys(in mapping: Int) {
        let record = nodes[mapping]
        let keyCount = Int(record.count) / 2
        guard keyCount > 1 else { return }
        let firstKey = Int(record.start)
        if keyCount <= 16 {
            for later in 1..<keyCount {
                let key = children[firstKey + 2 * later]
                for earlier in 0..<later where sameScalar(children[firstKey + 2 * earlier], key) {
                    reportDuplicate(key, first: children[firstKey + 2 * earlier])
                    break
                }
            }
            return
        }
        // An open-addressing table of key nodes, hashed by their bytes in place: a dictionary
        // keyed by byte arrays allocated one array per key, most of the cost of a mapping with
        // a million keys. The hash is the standard library's seeded one, so keys crafted to
        // collide cannot make this quadratic.
        let mask = (1 << (Int.bitWidth - (2 * keyCount).leadingZeroBitCount)) - 1
        var table = [Int32](repeating: -1, count: mask + 1)
        for position in 0..<keyCount {
            let key = children[firstKey + 2 * position]
            guard nodes[Int(key)].kind == .scalar else { continue }
            var slot = scalarHash(key) & mask
            while table[slot] >= 0, !sameScalar(table[slot], key) { slot = (slot + 1) & mask }
            if table[slot] >= 0 { reportDuplicate(key, first: table[slot]) } else { table[slot] = key }
        }
    }

    private func scalarHash(_ node: Int32) -> Int {
        let record = nodes[Int(node)]
        return scalarBytes.withElements(in: Int(record.start)..<Int(record.start + record.count)) { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            return hasher.finalize()
        }
    }

    private func sameScalar(_ a: Int32, _ b: Int32) -> Bool {
        let left = nodes[Int(a)]
        let right = nodes[Int(b)]
        guard left.kind == .scalar, right.kind == .scalar, left.count == right.count else { return false }
        return scalarBytes.withElements(in: Int(left.start)..<Int(left.start + left.count)) { first in
            scalarBytes.withElements(in: Int(right.start)..<Int(right.start + right.count)) { second in
                first.elementsEqual(second)
            }
        }
    }

    private mutating func reportDuplicate(_ key: Int32, first: Int32) {
        let keyRecord = nodes[Int(key)]
        let firstRecord = nodes[Int(first)]
        let firstAt = SourceLocation(line: Int(firstRecord.line), column: Int(firstRecord.column))
        let at = SourceLocation(line: Int(keyRecord.line), column: Int(keyRecord.column))
        let name = scalarBytes.withElements(in: Int(keyRecord.start)..<Int(keyRecord.start + keyRecord.count)) {
            String(decoding: $0, as: UTF8.self)
        }
        errors.append(YAMLError(.duplicateKey(key: name, first: firstAt), at: at))
    }
}
