import Foundation

/// Wall-clock seconds from a monotonic clock.
func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// CPU seconds (user and system, every thread) the process has used so far.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// The 1-, 5- and 15-minute load averages from `/proc/loadavg`, or "unknown"
/// where it does not exist (not Linux).
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Times `body`, returning its result and the elapsed seconds.
func timed<Result>(_ body: () throws -> Result) rethrows -> (Result, Double) {
    let start = now()
    let result = try body()
    return (result, now() - start)
}

/// A field of `/proc/self/status` in KiB (`VmHWM` is the peak resident set size),
/// or `nil` where the file does not exist (not Linux).
func procStatusKiB(_ field: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
        let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
        return Int(digits)
    }
    return nil
}

/// Resets the peak resident set size (`VmHWM`) to the current one by writing 5 to
/// `/proc/self/clear_refs` (Linux 4.0 and later); `false` where that fails.
func resetPeakRSS() -> Bool {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
    defer { try? handle.close() }
    do {
        try handle.write(contentsOf: Data("5".utf8))
        return true
    } catch {
        return false
    }
}

/// One JSON object on one line, keys sorted, for the driver to read.
struct JSONLine {
    private var fields: [String: Any] = [:]

    subscript(key: String) -> Any? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    /// The line's text. Non-finite numbers become `null`.
    var text: String {
        let cleaned = fields.mapValues { value -> Any in
            if let number = value as? Double, !number.isFinite { return NSNull() }
            if let numbers = value as? [Double] { return numbers.map { $0.isFinite ? $0 as Any : NSNull() } }
            return value
        }
        guard
            let data = try? JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys]),
            let text = String(data: data, encoding: .utf8)
        else { return "{\"status\":\"error\",\"reason\":\"could not encode the result line\"}" }
        return text
    }
}

/// Writes one score per node as `id<TAB>score` lines under an `id<TAB>score`
/// header; a missing score (`nil`, e.g. the constraint of an isolate) is `nan`.
/// Scores use Swift's shortest round-trip form.
func writeScores(_ scores: [Double?], ids: [String], to path: String) throws {
    var text = "id\tscore\n"
    text.reserveCapacity(ids.count * 28)
    for (id, score) in zip(ids, scores) {
        text += id
        text += "\t"
        text += score.map { $0.isFinite ? "\($0)" : "nan" } ?? "nan"
        text += "\n"
    }
    try text.write(toFile: path, atomically: false, encoding: .utf8)
}
