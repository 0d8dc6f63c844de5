import Foundation

/// A file that could not be read at all.
public struct FileReadError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The path of the file.
    public var path: String
    /// Why it could not be read, in plain words.
    public var reason: String

    /// Creates an error for a file.
    ///
    /// - Parameters:
    ///   - path: The path of the file.
    ///   - reason: Why it could not be read.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot read the file: \(reason)" }

    /// The bytes of a regular file, or a `FileReadError` saying why not (missing,
    /// a directory, not readable), in plain words.
    public static func contents(of url: URL) throws(FileReadError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw FileReadError(path: url.path, reason: "no such file")
        }
        if isDirectory.boolValue { throw FileReadError(path: url.path, reason: "it is a directory, not a file") }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw FileReadError(path: url.path, reason: "permission denied")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            let ns = error as NSError
            let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError
            throw FileReadError(path: url.path, reason: (underlying ?? ns).localizedDescription)
        }
    }
}
