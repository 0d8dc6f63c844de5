import Foundation

/// Numerical helpers shared by the power iterations (eigenvector, Katz).
enum PowerIteration {
    /// The Euclidean norm of `values`, computed to (nearly always) correct rounding,
    /// as Python's `math.hypot(*values)` is (networkx normalises with it).
    ///
    /// The values are scaled by a power of two so that the largest lies in
    /// [0.5, 1), the squares are summed together with their exact rounding errors
    /// (fused multiply-add, compensated addition), and the square root gets one
    /// Newton correction from the exact residual. Nothing overflows or underflows on
    /// the way. Returns 0 for no values or all zeros, infinity if a value is
    /// infinite, NaN if a value is NaN (and none is infinite).
    ///
    /// - Complexity: O(n).
    static func euclideanNorm(_ values: UnsafeBufferPointer<Double>) -> Double {
        var largest = 0.0
        var sawNaN = false
        for value in values {
            let magnitude = abs(value)
            if magnitude.isNaN { sawNaN = true } else if magnitude > largest { largest = magnitude }
        }
        if largest.isInfinite { return .infinity }
        if sawNaN { return .nan }
        if largest == 0 { return 0 }
        let exponent = Int(largest.exponent) + 1
        let scale = Double(sign: .plus, exponent: -exponent, significand: 1)
        var high = 0.0
        var low = 0.0
        for value in values {
            let scaled = value * scale
            let square = scaled * scaled
            low += fma(scaled, scaled, -square)
            let total = high + square
            low += abs(high) >= square ? (high - total) + square : (square - total) + high
            high = total
        }
        let sum = high + low
        let sumLow = low - (sum - high)
        var root = sum.squareRoot()
        root += (fma(-root, root, sum) + sumLow) / (2 * root)
        return root * Double(sign: .plus, exponent: exponent, significand: 1)
    }

    /// `Σ_v |a[v] − b[v]|`, summed in node order as networkx does.
    ///
    /// - Complexity: O(n).
    @inline(__always)
    static func l1Distance(_ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>) -> Double {
        var total = 0.0
        for index in 0..<a.count { total += abs(a[index] - b[index]) }
        return total
    }
}
