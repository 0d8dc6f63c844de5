import Foundation
import Testing

@testable import ActorGraph

/// SHA-256 against the examples of FIPS 180-4 (Appendix B) and a multi-block
/// UTF-8 text.
@Suite struct SHA256Tests {
    private func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func fipsExamples(message: String, digest: String) {
        #expect(hex(SHA256.digest(Array(message.utf8))) == digest)
    }

    /// A million 'a' (FIPS 180-4's long example): many blocks.
    @Test func millionA() {
        let digest = SHA256.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(hex(digest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Arabic text across 32 blocks (value from Python's hashlib).
    @Test func arabicText() {
        let text = String(repeating: "\u{0628}\u{0648}\u{062A}\u{064A}\u{0646}", count: 200)
        #expect(hex(SHA256.digest(Array(text.utf8))) == "07fdf44317c694a057d532effd3bc085cebf25f7e580e2fa2c9cac5f49b1aa96")
    }
}
