import Foundation

/// Reads a dataset written as JSON Lines: one actor or one interaction per line.
///
/// Each non-blank line is one JSON object with a `"type"` member, `"actor"` or
/// `"interaction"`, and otherwise exactly the members of an actor or an interaction
/// of the JSON format (`Schema/actorgraph-dataset.schema.json`):
///
/// ```
/// {"type":"actor","id":"lavrov","kind":"person","name":"Sergei Lavrov","country":"RU"}
/// {"type":"interaction","id":"m1","kind":"meeting","participants":["lavrov","haass"],"date":"2023-04"}
/// ```
///
/// Actors and interactions may come in any order (an interaction may name an actor
/// defined on a later line). Blank lines are skipped; a line may end in LF or CR LF;
/// a byte-order mark at the start is skipped.
///
/// The file is read in chunks of 4 MiB and each line parsed and decoded on its own,
/// so memory holds the model and one chunk, not the text: a 10-million-line file
/// needs no more than the dataset it describes. Problems are reported as the JSON
/// loader reports them, with the line and column in the file, and the path inside
/// the line's record: a problem found when the whole dataset is checked (a
/// duplicate id, an unknown participant) is traced back to its line by reading
/// those lines again. At most ``maximumProblems`` problems are listed.
public enum JSONLinesLoader {
    /// The most problems one load reports; a file with more stops there.
    public static let maximumProblems = 1_000

    /// The file extensions read as JSON Lines: `jsonl` and `ndjson`.
    public static let extensions: Set<String> = ["jsonl", "ndjson"]

    /// Whether a path names a JSON Lines file, by its extension.
    ///
    /// - Parameter path: a file path.
    public static func isJSONLines(_ path: String) -> Bool {
        extensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// Loads the dataset in a JSON Lines file, reading it in chunks.
    ///
    /// - Parameter url: a file URL; its path names the file in messages.
    /// - Throws: ``FileReadError`` when the file cannot be read, ``DatasetError``
    ///   with every problem found (up to ``maximumProblems``).
    /// - Complexity: O(n) in the size of the file; memory O(model + 4 MiB).
    public static func load(contentsOf url: URL) throws -> Dataset {
        try load(contentsOf: url, chunkSize: LineChunks.chunkSize)
    }

    /// ``load(contentsOf:)`` with a chosen chunk size (tests use tiny ones, so that
    /// lines, CR LF pairs and the byte-order mark straddle chunk boundaries).
    static func load(contentsOf url: URL, chunkSize: Int) throws -> Dataset {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            return try DatasetLoader.load(data: FileReadError.contents(of: url), file: url.path)
        }
        defer { try? handle.close() }
        var reader = RecordReader(file: url.path)
        try LineChunks.read(handle, path: url.path, chunkSize: chunkSize) { line, number in reader.read(line, number: number) }
        return try reader.finish { wanted in
            var lines: [Int: [UInt8]] = [:]
            guard let again = try? FileHandle(forReadingFrom: url) else { return lines }
            defer { try? again.close() }
            try? LineChunks.read(again, path: url.path, chunkSize: chunkSize) { line, number in
                if wanted.contains(number) { lines[number] = Array(line) }
            }
            return lines
        }
    }

    /// Loads a dataset from JSON Lines bytes.
    ///
    /// - Parameters:
    ///   - data: UTF-8 JSON Lines.
    ///   - file: the name used for the source in messages.
    /// - Throws: ``DatasetError`` with every problem found.
    /// - Complexity: O(n) in the size of the data.
    public static func load(data: Data, file: String? = nil) throws(DatasetError) -> Dataset {
        let bytes = [UInt8](data)
        var reader = RecordReader(file: file)
        var lines: [Int: ArraySlice<UInt8>] = [:]
        LineChunks.split(bytes[...]) { line, number in
            lines[number] = line
            reader.read(line, number: number)
        }
        return try reader.finish { wanted in
            var found: [Int: [UInt8]] = [:]
            for number in wanted { if let line = lines[number] { found[number] = Array(line) } }
            return found
        }
    }
}

/// Splits bytes into lines numbered from 1, without their LF or CR LF.
enum LineChunks {
    static let chunkSize = 4 << 20

    /// Calls `body` with each line of `bytes`, a whole text.
    static func split(_ bytes: ArraySlice<UInt8>, _ body: (ArraySlice<UInt8>, Int) -> Void) {
        var number = 1
        let start = bytes.startIndex + (bytes.starts(with: byteOrderMark) ? 3 : 0)
        let tail = completeLines(bytes[start...], number: &number, body)
        if tail < bytes.endIndex { body(trimmed(bytes[tail...]), number) }
    }

    /// Calls `body` with each line of a file read in chunks.
    static func read(
        _ handle: FileHandle, path: String, chunkSize: Int = chunkSize, _ body: (ArraySlice<UInt8>, Int) -> Void
    ) throws {
        var carry: [UInt8] = []
        var number = 1
        var first = true
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: max(chunkSize, 1)) ?? Data()
            } catch {
                throw FileReadError(path: path, reason: error.localizedDescription)
            }
            if chunk.isEmpty { break }
            var bytes = carry
            bytes.append(contentsOf: chunk)
            var start = 0
            if first {
                // The byte-order mark may straddle chunks: wait for three bytes.
                if bytes.count < 3 {
                    carry = bytes
                    continue
                }
                if bytes.starts(with: byteOrderMark) { start = 3 }
                first = false
            }
            carry = Array(bytes[completeLines(bytes[start...], number: &number, body)...])
        }
        if !carry.isEmpty { body(trimmed(carry[...]), number) }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Calls `body` with each line of `bytes` that ends in a line feed, numbering
    /// them from `number`; returns where the unfinished last line starts.
    private static func completeLines(
        _ bytes: ArraySlice<UInt8>, number: inout Int, _ body: (ArraySlice<UInt8>, Int) -> Void
    ) -> Int {
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            body(trimmed(bytes[start..<index]), number)
            number += 1
            start = index + 1
        }
        return start
    }

    private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == 0x0D ? line.dropLast() : line
    }
}

/// One line of a JSON Lines file parsed on its own, as the dataset reader and the
/// FollowTheMoney reader take them.
enum JSONLine {
    /// A line that is not blank: its JSON value, or the problem that stops it.
    enum Parsed {
        /// The line's bytes and its value.
        case record(bytes: [UInt8], value: JSONValue)
        /// Malformed JSON, with the line and column.
        case malformed(DatasetProblem)
    }

    /// Parses a line; `nil` for a blank one (spaces, tabs, a carriage return).
    ///
    /// - Parameters:
    ///   - line: the line's bytes, without its line feed.
    ///   - number: its 1-based line number.
    ///   - file: the name used for the source in messages.
    static func parse(_ line: ArraySlice<UInt8>, number: Int, file: String?) -> Parsed? {
        guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { return nil }
        let bytes = Array(line)
        do {
            return .record(bytes: bytes, value: try JSONParser.parse(bytes))
        } catch {
            return .malformed(
                DatasetProblem(
                    kind: .malformedJSON, file: file, position: position(in: bytes, line: number, offset: error.offset),
                    path: "", message: error.message))
        }
    }

    /// The line and column of a byte offset within a line.
    static func position(in bytes: [UInt8], line: Int, offset: Int) -> TextPosition {
        TextPosition(line: line, column: LineTable(bytes: bytes).position(ofOffset: offset).column)
    }
}

/// Decodes JSON Lines records one at a time and checks the dataset at the end.
struct RecordReader {
    let file: String?
    private var actors: [Actor] = []
    private var interactions: [Interaction] = []
    private var actorLines: [Int] = []
    private var interactionLines: [Int] = []
    private var problems: [DatasetProblem] = []

    init(file: String?) {
        self.file = file
    }

    /// Reads one line.
    mutating func read(_ line: ArraySlice<UInt8>, number: Int) {
        guard problems.count < JSONLinesLoader.maximumProblems else { return }
        let bytes: [UInt8]
        let record: JSONValue
        switch JSONLine.parse(line, number: number, file: file) {
        case nil: return
        case .malformed(let problem):
            problems.append(problem)
            return
        case .record(let lineBytes, let value):
            (bytes, record) = (lineBytes, value)
        }
        var decoder = DatasetDecoder()
        guard case .object(let members) = record.content else {
            report(
                [DatasetValidator.Finding(kind: .wrongType, path: DocumentPath(), message: "expected an object with \"type\": \"actor\" or \"interaction\", found \(record.typeName)")],
                record: record, bytes: bytes, line: number)
            return
        }
        let withoutType = JSONValue(content: .object(members.filter { $0.key != "type" }), offset: record.offset)
        switch record["type"]?.content {
        case .string("actor"):
            if let actor = decoder.actor(withoutType, path: DocumentPath()), decoder.findings.isEmpty {
                actors.append(actor)
                actorLines.append(number)
            }
        case .string("interaction"):
            if let interaction = decoder.interaction(withoutType, path: DocumentPath()), decoder.findings.isEmpty {
                interactions.append(interaction)
                interactionLines.append(number)
            }
        case .string(let other):
            decoder.report(.unknownValue, DocumentPath([.key("type")]), "unknown record type \"\(other)\"; allowed: actor, interaction")
        case nil:
            decoder.report(.missingKey, DocumentPath([.key("type")]), "missing required key \"type\" (\"actor\" or \"interaction\")")
        default:
            decoder.report(.wrongType, DocumentPath([.key("type")]), "\"type\" must be the string \"actor\" or \"interaction\"")
        }
        report(decoder.findings, record: record, bytes: bytes, line: number)
    }

    private mutating func report(_ findings: [DatasetValidator.Finding], record: JSONValue, bytes: [UInt8], line: Int) {
        for finding in findings.prefix(JSONLinesLoader.maximumProblems - problems.count) {
            problems.append(
                DatasetProblem(
                    kind: finding.kind, file: file,
                    position: JSONLine.position(in: bytes, line: line, offset: finding.path.deepestValue(in: record).offset),
                    path: finding.path.description, message: finding.message))
        }
    }

    /// The dataset, or every problem found; `lines` reads again the lines whose
    /// records the whole-dataset check finds wrong, for their columns.
    mutating func finish(lines: (Set<Int>) throws -> [Int: [UInt8]]) throws(DatasetError) -> Dataset {
        if !problems.isEmpty { throw DatasetError(problems: problems) }
        let dataset = Dataset(actors: actors, interactions: interactions)
        let findings = DatasetValidator(dataset: dataset, file: file).findings().prefix(JSONLinesLoader.maximumProblems)
        guard !findings.isEmpty else { return dataset }
        // A finding's path starts with actors[i] or interactions[j]: its record's line.
        func place(_ finding: DatasetValidator.Finding) -> (line: Int, path: DocumentPath)? {
            guard finding.path.components.count >= 2, case .key(let list) = finding.path.components[0],
                case .index(let index) = finding.path.components[1]
            else { return nil }
            let numbers = list == "actors" ? actorLines : interactionLines
            guard numbers.indices.contains(index) else { return nil }
            return (numbers[index], DocumentPath(Array(finding.path.components.dropFirst(2))))
        }
        let wanted = Set(findings.compactMap { place($0)?.line })
        let text = (try? lines(wanted)) ?? [:]
        throw DatasetError(
            problems: findings.map { finding in
                guard let (line, path) = place(finding) else {
                    return DatasetProblem(kind: finding.kind, file: file, path: finding.path.description, message: finding.message)
                }
                var position = TextPosition(line: line, column: 1)
                if let bytes = text[line], let record = try? JSONParser.parse(bytes) {
                    let withoutType: JSONValue
                    if case .object(let members) = record.content {
                        withoutType = JSONValue(content: .object(members.filter { $0.key != "type" }), offset: record.offset)
                    } else {
                        withoutType = record
                    }
                    position = JSONLine.position(in: bytes, line: line, offset: path.deepestValue(in: withoutType).offset)
                }
                return DatasetProblem(
                    kind: finding.kind, file: file, position: position, path: path.description,
                    message: linesNamed(in: finding.message))
            })
    }

    /// The message with each `actors[i]` and `interactions[j]` it cites replaced by
    /// the record's line: "first used by actors[0]" → "first used by line 1".
    private func linesNamed(in message: String) -> String {
        var result = message
        for (list, numbers) in [("actors", actorLines), ("interactions", interactionLines)] {
            var searchStart = result.startIndex
            while let open = result.range(of: list + "[", range: searchStart..<result.endIndex),
                let close = result[open.upperBound...].firstIndex(of: "]")
            {
                guard let index = Int(result[open.upperBound..<close]), numbers.indices.contains(index) else {
                    searchStart = close
                    continue
                }
                let replacement = "line \(numbers[index])"
                result.replaceSubrange(open.lowerBound...close, with: replacement)
                searchStart = result.index(open.lowerBound, offsetBy: replacement.count)
            }
        }
        return result
    }
}
