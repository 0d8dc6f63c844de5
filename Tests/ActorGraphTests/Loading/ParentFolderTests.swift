import Foundation
import Testing

@testable import ActorGraph

/// `parentFolder(of:)` gives what `NSString.deletingLastPathComponent` gives on
/// Darwin, and does not trap on `-` or the empty path (swift-corelibs-foundation
/// traps on `-`, so the two cannot be compared here).
@Suite struct ParentFolderTests {
    @Test func agreesWithFoundationAndTakesADash() {
        let expected: [(String, String)] = [
            ("-", ""), ("a", ""), ("a/b", "a"), ("/a", "/"), ("a/b/", "a"), ("/a/b/c.csv", "/a/b"), ("a//b", "a"),
            ("x/-", "x"), ("/", "/"), ("", ""),
        ]
        for (path, folder) in expected {
            #expect(parentFolder(of: path) == folder, "\(path)")
        }
    }

    @Test func aFileNamedDashGetsItsNodeTable() {
        #expect(NetworkSource.companionPath(for: "-") == "--nodes")
        #expect(NetworkSource.companionPath(for: "out/-") == "out/--nodes")
    }
}
