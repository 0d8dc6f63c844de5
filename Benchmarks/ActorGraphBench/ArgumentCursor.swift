/// Walks a command line for the harness's option parsers: each option's value,
/// numbers with a lower bound and comma-separated lists of them, with the same
/// usage messages everywhere.
struct ArgumentCursor {
    let arguments: [String]
    private(set) var index = 0

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    /// The argument under the cursor, or `nil` past the end.
    var current: String? { index < arguments.count ? arguments[index] : nil }

    /// Moves to the next argument.
    mutating func advance() { index += 1 }

    /// The value after option `name`, moving onto it.
    mutating func value(_ name: String) throws(UsageError) -> String {
        index += 1
        guard index < arguments.count else { throw UsageError("\(name) needs a value") }
        return arguments[index]
    }

    /// The value after option `name` as a number of at least `minimum`.
    mutating func number<T: LosslessStringConvertible & Comparable>(_ name: String, atLeast minimum: T) throws(UsageError) -> T {
        try Self.number(name, try value(name), atLeast: minimum)
    }

    /// The value after option `name` as comma-separated numbers of at least `minimum`.
    mutating func list<T: LosslessStringConvertible & Comparable>(_ name: String, atLeast minimum: T) throws(UsageError) -> [T] {
        let text = try value(name)
        var parsed: [T] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            parsed.append(try Self.number(name, String(item), atLeast: minimum))
        }
        return parsed
    }

    private static func number<T: LosslessStringConvertible & Comparable>(
        _ name: String, _ text: String, atLeast minimum: T
    ) throws(UsageError) -> T {
        guard let parsed = T(text), parsed >= minimum else {
            throw UsageError("\(name) expects a number of at least \(minimum), found \"\(text)\"")
        }
        return parsed
    }
}
