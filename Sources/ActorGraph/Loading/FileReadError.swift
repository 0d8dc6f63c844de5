import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be read at all.
///
/// Every reader of the package that takes a file (``DatasetLoader``,
/// ``GraphMLReader``, ``CSVTable`` and so the edge-list and Gephi readers,
/// ``TextDocument``) reads it through ``contents(of:)``, so a file that cannot be
/// read is described the same plain way everywhere, never with Foundation's
/// "The operation could not be completed" or an `NSCocoaErrorDomain` code.
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

    /// The reason for a missing file.
    static let notFound = "no such file"
    /// The reason for a directory given where a file was expected.
    static let isDirectory = "it is a directory, not a file"
    /// The reason when the operating system refuses access.
    static let permissionDenied = "permission denied"

    /// The bytes of the file at `url`, or a `FileReadError` saying in plain words
    /// why not.
    ///
    /// The reasons: `no such file`; `no such file (a part of the path is not a
    /// directory)`; `it is a directory, not a file`; `permission denied`; `it is a
    /// socket, not a file`; `it is a block device, not a file`; otherwise the
    /// operating system's own description of the error (`strerror`, for example
    /// "Input/output error").
    ///
    /// Regular files are read whole. A FIFO (named pipe) or character device — for
    /// example `/dev/stdin` or the `/dev/fd/N` path of a shell's process
    /// substitution — is read anyway, until its end of file, so it waits for its
    /// writer. Sockets and block devices are refused.
    ///
    /// - Parameter url: a file URL.
    /// - Throws: ``FileReadError`` with the path and the reason.
    /// - Complexity: O(n) in the size of the file.
    public static func contents(of url: URL) throws(FileReadError) -> Data {
        let path = url.path
        func failure(_ reason: String) -> FileReadError { FileReadError(path: path, reason: reason) }

        var info = stat()
        guard stat(path, &info) == 0 else { throw failure(reason(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw failure(isDirectory)
        case S_IFSOCK: throw failure("it is a socket, not a file")
        case S_IFBLK: throw failure("it is a block device, not a file")
        default: break  // regular file, FIFO or character device
        }

        var descriptor: Int32
        repeat {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
        } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { throw failure(reason(errno: errno)) }
        defer { close(descriptor) }

        let isRegular = info.st_mode & S_IFMT == S_IFREG
        let chunk = 1 << 20
        var data = Data()
        if isRegular, info.st_size > 0 { data.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 {
                return data
            } else if errno != EINTR {
                throw failure(reason(errno: errno))
            }
        }
    }

    /// A plain reason for an `errno` from `stat`, `open` or `read`.
    static func reason(errno code: Int32) -> String {
        switch code {
        case ENOENT: notFound
        case ENOTDIR: notFound + " (a part of the path is not a directory)"
        case EISDIR: isDirectory
        case EACCES, EPERM: permissionDenied
        default: String(cString: strerror(code))
        }
    }
}
