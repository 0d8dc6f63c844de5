/// The one rule every reader applies to a tie weight read from a file: a decimal
/// number w (no hexadecimal) with 0 < w ≤ ``largest`` and a finite 1/w, because
/// path scores use the distance 1/w and strengths add weights up.
enum TieWeight {
    /// The largest weight accepted: sums of weights then stay finite for any
    /// realistic number of ties.
    static let largest = 1e300

    /// The weight written in `text` (spaces around it ignored), or a message saying
    /// what is wrong with it, for the reader to wrap in its own error with the place.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func parse(_ text: String) -> Result<Double, WeightProblem> {
        guard let value = AttributeText.double(from: text), value.isFinite, value > 0 else {
            return .failure(WeightProblem(message: "weight must be a finite number greater than 0, found \"\(text)\""))
        }
        guard value <= largest, (1 / value).isFinite else {
            return .failure(
                WeightProblem(
                    message:
                        "weight \(text) is outside the usable range: at most 1e300, and 1/weight (the tie's distance) must be finite"
                ))
        }
        return .success(value)
    }

    /// Why a weight was refused.
    struct WeightProblem: Error {
        var message: String
    }
}
