import Foundation

/// A CSV table read by the rules of RFC 4180: fields separated by commas, records by
/// CR LF or LF; a field in double quotes may hold commas, line breaks and doubled
/// quotes (`""`). The first record is the header.
///
/// Each row remembers the line it starts on, so that a loader can name it in errors.
public struct CSVTable: Sendable {
    /// The header's field names.
    public let header: [String]
    /// The records after the header, each with as many fields as the header.
    public let rows: [[String]]
    /// The 1-based line on which each row starts.
    public let lines: [Int]
    /// The file name used in messages.
    public let file: String?

    /// Reads and parses a CSV file.
    ///
    /// - Parameter url: the file to read.
    /// - Throws: ``FileReadError`` when the file cannot be read, ``CSVError`` when it is malformed.
    public static func read(contentsOf url: URL) throws -> CSVTable {
        try CSVTable(data: FileReadError.contents(of: url), file: url.path)
    }

    /// Parses CSV bytes (UTF-8, an optional byte-order mark is skipped).
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: the file name used in messages, if any.
    /// - Throws: ``CSVError`` for invalid UTF-8, an unterminated quote, text after a
    ///   closing quote, a row whose field count differs from the header's, an empty
    ///   or duplicate header name, or an empty file.
    /// - Complexity: O(n) in the size of the data.
    public init(data: Data, file: String? = nil) throws(CSVError) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [[String]] = []
        var starts: [Int] = []
        var line = 1
        var index = 0
        let count = bytes.count
        var field: [UInt8] = []
        var record: [String] = []

        func finishField(_ line: Int) throws(CSVError) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw CSVError(file: file, line: line, message: "field is not valid UTF-8")
            }
            record.append(text)
            field.removeAll(keepingCapacity: true)
        }

        while index < count {
            let recordLine = line
            record = []
            // Skip a blank line between records.
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A) {
                index += bytes[index] == 0x0D ? 2 : 1
                line += 1
                continue
            }
            recordLoop: while true {
                if index < count && bytes[index] == UInt8(ascii: "\"") {
                    let quoteLine = line
                    index += 1
                    while true {
                        guard index < count else {
                            throw CSVError(file: file, line: quoteLine, message: "unterminated quoted field")
                        }
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "\"") {
                            if index + 1 < count && bytes[index + 1] == UInt8(ascii: "\"") {
                                field.append(byte)
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        if byte == 0x0A { line += 1 }
                        field.append(byte)
                        index += 1
                    }
                    if index < count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0A, bytes[index] != 0x0D {
                        throw CSVError(
                            file: file, line: line,
                            message: "unexpected text after a closing quote; a quote inside a quoted field is written \"\"")
                    }
                } else {
                    while index < count {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D { break }
                        if byte == UInt8(ascii: "\"") {
                            throw CSVError(
                                file: file, line: line,
                                message: "quote inside an unquoted field; quote the whole field and double the quote")
                        }
                        field.append(byte)
                        index += 1
                    }
                }
                try finishField(recordLine)
                guard index < count else { break recordLoop }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    index += 1
                    if index == count { record.append("") }
                case 0x0D:
                    index += 1
                    if index < count && bytes[index] == 0x0A { index += 1 }
                    line += 1
                    break recordLoop
                default:
                    index += 1
                    line += 1
                    break recordLoop
                }
            }
            records.append(record)
            starts.append(recordLine)
        }
        guard let header = records.first else {
            throw CSVError(file: file, line: 1, message: "the file is empty; expected a header line")
        }
        var seen = Set<String>()
        for name in header {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { throw CSVError(file: file, line: starts[0], message: "the header has an empty column name") }
            if !seen.insert(trimmed).inserted {
                throw CSVError(file: file, line: starts[0], message: "the header names column \"\(trimmed)\" twice")
            }
        }
        for (row, fields) in records.enumerated().dropFirst() where fields.count != header.count {
            throw CSVError(
                file: file, line: starts[row],
                message: "expected \(header.count) fields (\(header.joined(separator: ","))), found \(fields.count)")
        }
        self.header = header.map { $0.trimmingCharacters(in: .whitespaces) }
        self.rows = Array(records.dropFirst())
        self.lines = Array(starts.dropFirst())
        self.file = file
    }

    /// The index of a column by name, or `nil`.
    ///
    /// - Parameter name: the column name, matched exactly.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

/// A malformed CSV file or value, with the file and line.
public struct CSVError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file name, or `nil` when the data did not come from a file.
    public var file: String?
    /// The 1-based line of the problem.
    public var line: Int
    /// What is wrong.
    public var message: String

    /// Creates an error at a line.
    ///
    /// - Parameters:
    ///   - file: The file name, or `nil`.
    ///   - line: The 1-based line.
    ///   - message: What is wrong.
    public init(file: String?, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file ?? "<csv>"):\(line): \(message)" }
}
