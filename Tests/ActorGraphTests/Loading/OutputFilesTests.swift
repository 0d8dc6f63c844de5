import Foundation
import Testing

@testable import ActorGraph

/// Atomic outputs: a failure leaves every existing file byte-identical.
@Suite struct OutputFilesTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("output-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
    }

    @Test func aPairReplacesNothingWhenItsSecondFileCannotBeWritten() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("out.csv")
        try Data("keep\n".utf8).write(to: first)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("out-nodes.csv"), withIntermediateDirectories: false)
        #expect(throws: OutputWriteError.self) {
            try OutputFiles.write([(first.path, Data("new".utf8)), (dir.appendingPathComponent("out-nodes.csv").path, Data("n".utf8))])
        }
        #expect(try Data(contentsOf: first) == Data("keep\n".utf8))
        #expect(try leftovers(in: dir).isEmpty)
    }

    @Test func anExistingFileIsReplacedWholeAndKeepsItsPermissions() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("net.svg")
        try Data("old".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try OutputFiles.write(Data("new".utf8), to: file.path)
        #expect(try Data(contentsOf: file) == Data("new".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try leftovers(in: dir).isEmpty)
    }

    @Test func aSymlinkIsFollowedAndKept() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.graphml")
        let link = dir.appendingPathComponent("link.graphml")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try OutputFiles.write(Data("new".utf8), to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try Data(contentsOf: target) == Data("new".utf8))
    }

    @Test func aDanglingSymlinkIsKeptAndItsTargetCreated() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("out.svg")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "made.svg")
        try OutputFiles.write(Data("new".utf8), to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "made.svg")
        #expect(try Data(contentsOf: dir.appendingPathComponent("made.svg")) == Data("new".utf8))
    }

    @Test func aDeviceIsWrittenInPlaceNeverReplaced() throws {
        try OutputFiles.write(Data("anything".utf8), to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
        #expect(throws: OutputWriteError.self) { try OutputFiles.write(Data("x".utf8), to: "/dev/full") }
        #expect(stat("/dev/full", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func anOutputThatIsAnInputIsRefused() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("d.json")
        try Data("{}".utf8).write(to: input)
        let link = dir.appendingPathComponent("alias.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: input)
        let hard = dir.appendingPathComponent("hard.json")
        try FileManager.default.linkItem(at: input, to: hard)
        for output in [input.path, link.path, hard.path] {
            #expect(throws: OutputWriteError.self) { try OutputFiles.checkDistinct(outputs: [output], from: [input.path]) }
        }
        try OutputFiles.checkDistinct(outputs: [dir.appendingPathComponent("new.json").path, "-"], from: [input.path])
    }

    /// Whether this process can mount a small tmpfs (root with the capability, as
    /// on the project's machines and CI).
    static let canMountTmpfs: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("tmpfs-probe-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: probe, withIntermediateDirectories: true)) != nil else { return false }
        defer { try? FileManager.default.removeItem(at: probe) }
        guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", probe.path]) == 0 else { return false }
        return run("/bin/umount", [probe.path]) == 0
    }()

    static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test(.enabled(if: canMountTmpfs, "needs root and permission to mount a 64 KiB tmpfs (a full disk)"))
    func aFullDiskLeavesTheExistingFileAsItWas() throws {
        let dir = try folder()
        defer {
            _ = Self.run("/bin/umount", [dir.path])
            try? FileManager.default.removeItem(at: dir)
        }
        #expect(Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.path]) == 0)
        let file = dir.appendingPathComponent("net.svg")
        let old = Data(repeating: UInt8(ascii: "o"), count: 20_000)
        try old.write(to: file)
        let big = Data(repeating: UInt8(ascii: "n"), count: 200_000)
        #expect(throws: OutputWriteError.self) { try OutputFiles.write(big, to: file.path) }
        #expect(try Data(contentsOf: file) == old)
        #expect(try leftovers(in: dir).isEmpty)
    }
}
