import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@testable import ActorGraph

/// Every reader reports a file it cannot read with ``FileReadError/contents(of:)``'s
/// plain reasons, never Foundation's error text.
///
/// Not tested here: `permission denied` runs only when the tests do not run as
/// root (root reads a `chmod 000` file), and block devices (none can be created
/// without privileges).
@Suite struct FileReadErrorTests {
    /// A fresh temporary folder, removed by the caller.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The error `contents(of:)` throws for `url`, or `nil` when it reads the file.
    private func readError(_ url: URL) -> FileReadError? {
        do throws(FileReadError) {
            _ = try FileReadError.contents(of: url)
            return nil
        } catch {
            return error
        }
    }

    @Test func aRegularFileIsReadWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("a.txt")
        let bytes = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try bytes.write(to: url)
        #expect(try FileReadError.contents(of: url) == bytes)
    }

    @Test func aMissingFileIsNoSuchFile() {
        let path = "/nonexistent-actorgraph/missing.json"
        let error = readError(URL(fileURLWithPath: path))
        #expect(error == FileReadError(path: path, reason: "no such file"))
        #expect(error?.description == "\(path): cannot read the file: no such file")
    }

    @Test func aPathThroughAFileSaysSo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let url = file.appendingPathComponent("inner.json")
        #expect(readError(url) == FileReadError(path: url.path, reason: "no such file (a part of the path is not a directory)"))
    }

    @Test func aDirectoryIsNotAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(readError(folder) == FileReadError(path: folder.path, reason: "it is a directory, not a file"))
    }

    @Test(.enabled(if: getuid() != 0, "running as root, which reads a chmod 000 file"))
    func anUnreadableFileIsPermissionDenied() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("secret.json")
        try Data("{}".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        #expect(readError(url) == FileReadError(path: url.path, reason: "permission denied"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/null"), "no /dev/null"))
    func aCharacterDeviceIsReadAnyway() throws {
        #expect(try FileReadError.contents(of: URL(fileURLWithPath: "/dev/null")).isEmpty)
    }

    @Test func aFIFOIsReadToItsEnd() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("pipe")
        try #require(mkfifo(url.path, 0o600) == 0, "mkfifo failed")
        let path = url.path
        // The writer blocks in open until the reader opens the FIFO.
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            _ = "through a pipe".withCString { write(descriptor, $0, strlen($0)) }
            close(descriptor)
        }
        writer.start()
        #expect(try FileReadError.contents(of: url) == Data("through a pipe".utf8))
    }

    @Test func aSocketIsRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("s.sock")
        #if os(Linux)
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(url.path.utf8)
        try #require(pathBytes.count < MemoryLayout.size(ofValue: address.sun_path), "socket path too long")
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in pathBytes.enumerated() { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0, "bind failed")
        #expect(readError(url) == FileReadError(path: url.path, reason: "it is a socket, not a file"))
    }

    /// Each reader that takes a file gives the same plain reason, with the path.
    @Test func everyReaderReportsADirectoryTheSameWay() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected = FileReadError(path: folder.path, reason: "it is a directory, not a file")
        #expect(throws: expected) { try DatasetLoader.load(contentsOf: folder) }
        #expect(throws: expected) { try GraphMLReader.read(contentsOf: folder) }
        #expect(throws: expected) { try CSVTable.read(contentsOf: folder) }
        #expect(throws: expected) { try GephiCSVReader.read(edges: folder) }
        #expect(throws: DocumentReadError.unreadable(path: folder.path, reason: expected.reason)) {
            try TextDocument.load(contentsOf: folder)
        }
    }

    /// Each reader that takes a file gives the same plain reason, with the path.
    @Test func everyReaderReportsAMissingFileTheSameWay() throws {
        let url = URL(fileURLWithPath: "/nonexistent-actorgraph/missing")
        let expected = FileReadError(path: url.path, reason: "no such file")
        #expect(throws: expected) { try DatasetLoader.load(contentsOf: url) }
        #expect(throws: expected) { try GraphMLReader.read(contentsOf: url) }
        #expect(throws: expected) { try CSVTable.read(contentsOf: url) }
        #expect(throws: DocumentReadError.unreadable(path: url.path, reason: expected.reason)) {
            try TextDocument.load(contentsOf: url)
        }
        let message = String(describing: DocumentReadError.unreadable(path: url.path, reason: expected.reason))
        #expect(!message.contains("NSCocoaErrorDomain") && !message.contains("could not be completed"))
    }
}
