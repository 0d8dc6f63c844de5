extension CSVTable {
    /// The tie in row `row` of an edge list: its two non-empty ends and its weight
    /// (1 without a weight column; else by ``TieWeight``'s rule).
    ///
    /// - Throws: ``CSVError`` naming the file and line of an empty end or a bad weight.
    func tie(atRow row: Int, source: Int, target: Int, weight: Int?) throws(CSVError)
        -> (source: String, target: String, weight: Double)
    {
        let fields = rows[row]
        guard !fields[source].isEmpty, !fields[target].isEmpty else {
            throw CSVError(file: file, line: lines[row], message: "empty source or target")
        }
        guard let weight else { return (fields[source], fields[target], 1) }
        switch TieWeight.parse(fields[weight]) {
        case .success(let value): return (fields[source], fields[target], value)
        case .failure(let problem): throw CSVError(file: file, line: lines[row], message: problem.message)
        }
    }
}
