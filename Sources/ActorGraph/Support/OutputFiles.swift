import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file that could not be written, or an output that must not be written.
public struct OutputWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Hashable {
        /// The output is one of the inputs.
        case sameAsInput
        /// The output is a directory.
        case isDirectory
        /// Writing failed (no space, no permission, no such folder, …).
        case writeFailed
    }

    /// The output's path as given.
    public var path: String
    /// The kind of problem.
    public var kind: Kind
    /// What happened, in plain words.
    public var reason: String

    /// Creates an error; each parameter sets the property of the same name.
    public init(path: String, kind: Kind, reason: String) {
        self.path = path
        self.kind = kind
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Writes outputs so that a failure loses nothing: every file of an output is
/// written in full before any existing file is replaced, and an existing file is
/// replaced only by renaming a complete, synced file over it.
///
/// For each regular-file output: the bytes go to a new temporary file in the
/// target's folder (`.NAME.tmp-…`), which is flushed to disk (`fsync`); only when
/// every output of the call has been written this way are the temporary files
/// renamed over their targets (an atomic step per file on POSIX file systems),
/// and the folder is synced. Any failure before that removes the temporary files
/// and leaves every existing file as it was. A symlink is followed: its target is
/// replaced and the link stays. An existing output that is not a regular file or
/// a directory (a device such as `/dev/null` or `/dev/full`, a FIFO) is written
/// to directly and never replaced; such outputs are written after the regular
/// files have been renamed into place. A directory is refused.
///
/// An existing file keeps its permission bits; a new file gets `0666` less the
/// process's umask, as any program's output does.
public enum OutputFiles {
    /// Refuses outputs that are the same file as an input (also through a
    /// symlink or a second hard link), before anything is read or written.
    ///
    /// - Parameters:
    ///   - outputs: the output paths (`-` for standard output is ignored).
    ///   - inputs: the input paths.
    /// - Throws: ``OutputWriteError`` of kind ``OutputWriteError/Kind/sameAsInput``.
    /// - Complexity: O(outputs × inputs) `stat` calls.
    public static func checkDistinct(outputs: [String], from inputs: [String]) throws(OutputWriteError) {
        for output in outputs where output != "-" {
            // Devices and FIFOs are written in place, not read back: /dev/stdout may be
            // the same terminal as /dev/stdin without harm.
            var info = stat()
            if stat(output, &info) == 0, info.st_mode & S_IFMT != S_IFREG { continue }
            guard let out = identity(of: output) else { continue }
            for input in inputs where identity(of: input) == out {
                throw OutputWriteError(
                    path: output, kind: .sameAsInput,
                    reason: "is the input file \(input); writing it would destroy the input (choose another output)")
            }
        }
    }

    /// Writes every file, all or nothing (see the type's description).
    ///
    /// - Parameter files: each output's path and bytes.
    /// - Throws: ``OutputWriteError`` naming the file and the reason; existing
    ///   regular files are then unchanged.
    /// - Complexity: O(total bytes).
    public static func write(_ files: [(path: String, data: Data)]) throws(OutputWriteError) {
        var staged: [(temporary: String, target: String, path: String)] = []
        var direct: [(path: String, data: Data)] = []
        do throws(OutputWriteError) {
            for file in files {
                let target = resolvedTarget(file.path)
                var info = stat()
                if stat(target, &info) == 0 {
                    let type = info.st_mode & S_IFMT
                    if type == S_IFDIR {
                        throw OutputWriteError(path: file.path, kind: .isDirectory, reason: "is a directory, not a file")
                    }
                    if type != S_IFREG {
                        direct.append(file)
                        continue
                    }
                }
                let temporary = try stage(file.data, besides: target, path: file.path, mode: permissions(of: target))
                staged.append((temporary, target, file.path))
            }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            throw error
        }
        // Each existing target is kept under a hard link until every rename has
        // succeeded, so that a rename failing half-way (a file owned by another user
        // in a sticky folder) can put back the files already replaced.
        var backups: [String?] = []
        for entry in staged {
            let backup = entry.temporary + ".old"
            backups.append(link(entry.target, backup) == 0 ? backup : nil)
        }
        for (index, entry) in staged.enumerated() where rename(entry.temporary, entry.target) != 0 {
            let reason = String(cString: strerror(errno))
            for done in 0..<index {
                if let backup = backups[done] { rename(backup, staged[done].target) } else { unlink(staged[done].target) }
            }
            for rest in staged[index...] { unlink(rest.temporary) }
            for (position, backup) in backups.enumerated() where position >= index { backup.map { _ = unlink($0) } }
            throw OutputWriteError(path: entry.path, kind: .writeFailed, reason: "cannot replace the file: \(reason)")
        }
        for backup in backups { backup.map { _ = unlink($0) } }
        for folder in Set(staged.map { parentFolder(of: $0.target) }) {
            syncFolder(folder.isEmpty ? "." : folder)
        }
        for file in direct { try writeDirectly(file.data, to: file.path) }
    }

    /// Writes one file (see ``write(_:)``).
    ///
    /// - Parameters:
    ///   - data: the bytes.
    ///   - path: the output's path.
    /// - Throws: ``OutputWriteError``.
    public static func write(_ data: Data, to path: String) throws(OutputWriteError) {
        try write([(path, data)])
    }

    // MARK: - Steps

    /// A temporary file beside `target` holding `data`, synced; its path.
    private static func stage(_ data: Data, besides target: String, path: String, mode: mode_t?)
        throws(OutputWriteError) -> String
    {
        let folder = parentFolder(of: target)
        let name = (target as NSString).lastPathComponent
        let template = (folder.isEmpty ? "" : folder + "/") + "." + name + ".tmp-XXXXXX"
        var buffer = Array(template.utf8CString)
        let descriptor = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
            guard let base = pointer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else {
            throw OutputWriteError(
                path: path, kind: .writeFailed, reason: "cannot create a file in its folder: \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var failure: String?
        if let mode {
            fchmod(descriptor, mode)
        } else {
            fchmod(descriptor, 0o666 & ~processUmask)
        }
        failure = writeAll(data, to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw OutputWriteError(path: path, kind: .writeFailed, reason: "cannot write the file: \(failure)")
        }
        return temporary
    }

    /// Writes to an existing special file (device, FIFO) in place.
    private static func writeDirectly(_ data: Data, to path: String) throws(OutputWriteError) {
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else {
            throw OutputWriteError(path: path, kind: .writeFailed, reason: "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        var failure = writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            throw OutputWriteError(path: path, kind: .writeFailed, reason: "cannot write: \(failure)")
        }
    }

    /// Writes every byte, retrying short writes; the reason on failure.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> String? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                if written == 0 { return "no byte written" }
                offset += written
            }
            return nil
        }
    }

    /// The path a write replaces: a symlink's final target, else the path.
    /// Follows links one at a time (`readlink`), so a link whose target does not
    /// exist yet still names that target; at most 40 links, as the kernel allows.
    private static func resolvedTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else {
                let folder = parentFolder(of: current)
                current = folder.isEmpty ? target : (folder as NSString).appendingPathComponent(target)
            }
        }
        return current
    }

    /// The permission bits of an existing file.
    private static func permissions(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The process's umask, read without changing it (`umask(2)` can only be read
    /// by setting it, which races with other threads creating files): from
    /// `/proc/self/status`, else the common 022.
    private static let processUmask: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
            let value = mode_t(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8)
        {
            return value
        }
        return 0o022
    }()

    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Device and inode of an existing file (following symlinks).
    private static func identity(of path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
