/// An indexed binary min-heap of nodes keyed by path length, over caller-owned
/// arrays: each node is in it at most once and a shorter path lowers its key in
/// place (no stale entries to pop). `pop` uses Floyd's trick: the hole at the
/// root sinks to a leaf along smaller children (one branch-free comparison per
/// level), then the last entry rises into it. Room for one entry more than the
/// number of nodes (a sentinel).
struct Heap {
    let key: UnsafeMutablePointer<Double>
    let node: UnsafeMutablePointer<Int32>
    /// Where each node sits in the heap (valid while it is in the heap).
    let position: UnsafeMutablePointer<Int32>
    var count = 0

    init(key: UnsafeMutablePointer<Double>, node: UnsafeMutablePointer<Int32>, position: UnsafeMutablePointer<Int32>) {
        self.key = key
        self.node = node
        self.position = position
    }

    /// Adds `n`, not in the heap, with key `k`.
    mutating func insert(_ k: Double, _ n: Int32) {
        let i = count
        count &+= 1
        rise(from: i, k, n)
    }

    /// Lowers the key of `n`, in the heap, to `k`.
    mutating func decrease(_ n: Int32, to k: Double) {
        rise(from: Int(position[Int(n)]), k, n)
    }

    private func rise(from start: Int, _ k: Double, _ n: Int32) {
        var i = start
        while i > 0 {
            let parent = (i &- 1) >> 1
            let pk = key[parent]
            if pk <= k { break }
            key[i] = pk
            let moved = node[parent]
            node[i] = moved
            position[Int(moved)] = Int32(truncatingIfNeeded: i)
            i = parent
        }
        key[i] = k
        node[i] = n
        position[Int(n)] = Int32(truncatingIfNeeded: i)
    }

    mutating func pop() -> (Double, Int32)? {
        guard count > 0 else { return nil }
        let top = (key[0], node[0])
        count &-= 1
        if count > 0 {
            let lastKey = key[count], lastNode = node[count]
            // A sentinel past the end, so that a lone child needs no test.
            key[count] = .infinity
            var hole = 0
            while true {
                var child = 2 &* hole &+ 1
                if child >= count { break }
                // Keys are non-negative doubles, whose bit patterns order like
                // the values; the sign of the difference picks the smaller
                // child without a branch (a compare-and-select feeding an
                // address would be compiled into one).
                let left = Int64(bitPattern: key[child].bitPattern)
                let right = Int64(bitPattern: key[child &+ 1].bitPattern)
                child &+= Int(truncatingIfNeeded: UInt64(bitPattern: right &- left) >> 63)
                key[hole] = key[child]
                let moved = node[child]
                node[hole] = moved
                position[Int(moved)] = Int32(truncatingIfNeeded: hole)
                hole = child
            }
            rise(from: hole, lastKey, lastNode)
        }
        return top
    }
}
