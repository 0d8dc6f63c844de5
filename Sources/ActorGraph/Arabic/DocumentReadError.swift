/// Why a source document (or the folder holding it) could not be read.
///
/// Every case names the file or folder, so that a message can tell the user which
/// one to fix.
public enum DocumentReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file exists (or was named) but could not be read: permissions, a folder
    /// where a file was expected, an I/O error. `reason` is the plain reason
    /// ``FileReadError/contents(of:)`` gives, the same as every other reader's.
    case unreadable(path: String, reason: String)
    /// The file is not valid UTF-8; `byteOffset` is where the first bad byte is.
    case notUTF8(path: String, byteOffset: Int)
    /// The folder of documents does not exist or cannot be listed.
    case folderUnreadable(path: String, reason: String)

    /// The file or folder concerned.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .notUTF8(let path, _), .folderUnreadable(let path, _): path
        }
    }

    /// `path: what went wrong`.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read the document: \(reason)"
        case .notUTF8(let path, let offset): "\(path): the document is not valid UTF-8 (first bad byte at offset \(offset))"
        case .folderUnreadable(let path, let reason): "\(path): cannot read the folder of documents: \(reason)"
        }
    }
}
