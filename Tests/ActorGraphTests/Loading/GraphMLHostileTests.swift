import Foundation
import Testing

@testable import ActorGraph

/// Hostile GraphML: wrong namespaces, DTDs and entities (XXE, billion laughs),
/// and libxml2's size limits.
@Suite struct GraphMLHostileTests {
    private static let namespace = "http://graphml.graphdrawing.org/xmlns"

    private func failure(_ text: String) -> GraphMLError? {
        failure(Data(text.utf8))
    }

    private func failure(_ data: Data) -> GraphMLError? {
        do {
            _ = try GraphMLReader.read(data: data, file: "h.graphml")
            return nil
        } catch {
            return error
        }
    }

    private func document(graph: String = "<node id=\"a\"/>", nodeAttribute: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="\(Self.namespace)">
          <key id="d0" for="node" attr.name="label" attr.type="string"/>
          <graph edgedefault="undirected">
            <node id="x"\(nodeAttribute)/>
            \(graph)
          </graph>
        </graphml>
        """
    }

    @Test func aRootInAnotherNamespaceNamesBothNamespaces() {
        let error = failure("<graphml xmlns=\"http://example.com/graphml\"><graph/></graphml>")
        #expect(error?.kind == .notGraphML)
        #expect(
            error?.message
                == "the root <graphml> in the namespace \"http://example.com/graphml\" is not GraphML: expected the namespace \"http://graphml.graphdrawing.org/xmlns\" (or none)"
        )
        let other = failure("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        #expect(other?.message == "expected a <graphml> root element, found <svg> in the namespace \"http://www.w3.org/2000/svg\"")
    }

    @Test func aRootInNoNamespaceIsRead() throws {
        let graph = try GraphMLReader.read(
            data: Data("<graphml><graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>".utf8))
        #expect(graph.ids == ["a", "b"])
        #expect(graph.isDirected)
    }

    @Test func anInternalEntityIsRefusedByName() {
        let error = failure("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [
              <!ENTITY who "Alpha">
            ]>
            \(document(graph: "<node id=\"a\"><data key=\"d0\">&who;</data></node>"))
            """)
        #expect(error?.kind == .dtdOrEntity)
        #expect(error?.line == 3)
        #expect(error?.description.hasPrefix("h.graphml:3: the DTD declares the entity &who;; entities are refused") == true, "\(String(describing: error))")
    }

    /// Foundation's XMLParser on Linux crashes on a processing instruction
    /// without data (it passes libxml2's NULL data to strlen; found by
    /// Fuzz/GraphML): refused by name and line before it is parsed. One with data
    /// is read as before.
    @Test(arguments: ["<?xm?>", "<?pi ?>", "<?target\n?>"])
    func aProcessingInstructionWithoutDataIsRefused(instruction: String) {
        let text = document().replacingOccurrences(of: "?>\n<graphml", with: "?>\n\(instruction)\n<graphml")
        #expect(text.contains(instruction))
        let error = failure(text)
        #expect(error?.kind == .unsupported)
        #expect(error?.line == 2)
        #expect(error?.description.contains("a processing instruction without data") == true, "\(String(describing: error))")
    }

    /// After a malformed tag, where the markup scan stops and libxml2 reads on.
    @Test func aProcessingInstructionWithoutDataAfterABrokenTagIsRefused() {
        let text = document().replacingOccurrences(of: "<graphml xmlns=\"", with: "<graphml xmlns=\"<?xm?>\n<graph;l ")
        #expect(text.contains("<?xm?>"))
        let error = failure(text)
        #expect(error?.kind == .unsupported, "\(String(describing: error))")
        #expect(error?.line == 2)
    }

    @Test func aProcessingInstructionWithDataIsRead() throws {
        let text = document().replacingOccurrences(of: "?>\n<graphml", with: "?>\n<?xml-stylesheet href=\"x.css\"?>\n<graphml")
        #expect(text.contains("xml-stylesheet"))
        #expect(failure(text) == nil)
    }

    @Test func anExternalEntityIsRefusedNeverFetched() {
        let error = failure("""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            \(document(graph: "<node id=\"a\"><data key=\"d0\">&xxe;</data></node>"))
            """)
        #expect(error?.kind == .dtdOrEntity)
        #expect(
            error?.message
                == "the DTD declares the entity &xxe; (external: SYSTEM \"file:///etc/passwd\"); entities are refused, never expanded or fetched; remove the <!DOCTYPE …> declaration"
        )
        // A parameter entity and a PUBLIC identifier are named too.
        let parameter = failure("<!DOCTYPE graphml [<!ENTITY % p PUBLIC \"-//x\" \"http://example.com/p.dtd\"> %p;]><graphml/>")
        #expect(parameter?.message.contains("%p; (external: SYSTEM \"http://example.com/p.dtd\")") == true, "\(String(describing: parameter))")
    }

    @Test(.timeLimit(.minutes(1))) func aBillionLaughsIsRefusedAtOnce() {
        var dtd = "<!DOCTYPE graphml [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            dtd += "<!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">\n"
        }
        dtd += "]>\n"
        let clock = ContinuousClock()
        var error: GraphMLError?
        let elapsed = clock.measure {
            error = failure(dtd + document(graph: "<node id=\"a\"><data key=\"d0\">&lol9;</data></node>"))
        }
        #expect(elapsed < .seconds(2))
        #expect(error?.kind == .dtdOrEntity)
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("the DTD declares 10 entities (&lol;, &lol1;, &lol2;, …); entities are refused") == true, "\(String(describing: error))")
    }

    @Test func aDocumentTypeWithoutEntitiesIsRefusedWithTheReason() {
        let error = failure("""
            <?xml version="1.0"?>
            <!-- written by an old tool -->
            <!DOCTYPE graphml SYSTEM "http://graphml.graphdrawing.org/dtds/graphml.dtd">
            \(document())
            """)
        #expect(error?.kind == .dtdOrEntity)
        #expect(error?.line == 3)
        #expect(error?.message.hasPrefix("a <!DOCTYPE> (a DTD) is refused: GraphML is defined by an XML Schema") == true, "\(String(describing: error))")
    }

    @Test func anUndeclaredEntityReferenceIsRefusedByName() {
        let inText = failure(document(graph: "<node id=\"a\"><data key=\"d0\">A &nbsp; B</data></node>"))
        #expect(inText?.kind == .dtdOrEntity)
        #expect(inText?.line == 6)
        #expect(inText?.message.hasPrefix("the entity reference &nbsp; is refused") == true, "\(String(describing: inText))")
        let inAttribute = failure(document(graph: "<node id=\"&xxe;\"/>"))
        #expect(inAttribute?.message.hasPrefix("the entity reference &xxe; is refused") == true, "\(String(describing: inAttribute))")
    }

    @Test func predefinedEntitiesCharacterReferencesAndCDATAAreRead() throws {
        let graph = try GraphMLReader.read(
            data: Data(
                document(
                    graph: "<node id=\"a&amp;b\"><data key=\"d0\">&lt;&#38;&#x41;&quot;&apos;&gt;<![CDATA[&fake;]]></data></node>"
                ).utf8))
        #expect(graph.ids == ["x", "a&b"])
        #expect(graph.nodeColumn("label")?.values == [nil, "<&A\"'>&fake;"])
    }

    @Test func anAttributeValueOverTheLimitNamesTheLimit() {
        let value = String(repeating: "v", count: 10 * 1024 * 1024)
        let error = failure(document(nodeAttribute: " note=\"\(value)\""))
        #expect(error?.kind == .limitExceeded)
        #expect(error?.line == 5)
        #expect(
            error?.message
                == "attribute value longer than 10000000 bytes (note of <node>: 10485760 bytes): XMLParser (libxml2) reads no attribute value or tag longer than that"
        )
    }

    @Test func anAttributeValueJustUnderTheLimitIsRead() throws {
        let value = String(repeating: "v", count: 9_999_000)
        let graph = try GraphMLReader.read(
            data: Data(document(graph: "<node id=\"a\"><data key=\"d0\">x</data></node>", nodeAttribute: " note=\"\(value)\"").utf8))
        #expect(graph.ids == ["x", "a"])
    }

    @Test func longTextAndALargeFileAreRead() throws {
        // One value of 12 MB, in a file of more than 10,000,000 bytes: XMLParser(data:) failed on both.
        let text = String(repeating: "t", count: 12_000_000)
        let graph = try GraphMLReader.read(data: Data(document(graph: "<node id=\"a\"><data key=\"d0\">\(text)</data></node>").utf8))
        #expect(graph.nodeColumn("label")?.values.last??.utf8.count == 12_000_000)
    }

    @Test func tooManyAttributesAreRefusedQuickly() {
        let attributes = (0..<100_000).map { " a\($0)=\"1\"" }.joined()
        let error = failure(document(nodeAttribute: attributes))
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.hasPrefix("<node> has 100001 attributes, more than the 256") == true, "\(String(describing: error))")
    }

    @Test func aCommentOverTheLimitIsRefused() {
        let comment = "<!--" + String(repeating: "c", count: 10_000_001) + "-->"
        let error = failure(comment + document())
        #expect(error?.kind == .limitExceeded)
        #expect(error?.message.hasPrefix("a comment longer than 10000000 bytes") == true, "\(String(describing: error))")
    }

    @Test func deepNestingIsReadOrRefusedWithoutCrashing() {
        let depth = 100_000
        let inside = String(repeating: "<x:e xmlns:x=\"urn:x\">", count: depth) + String(repeating: "</x:e>", count: depth)
        let error = failure(document(graph: "<node id=\"a\"><data key=\"d0\">\(inside)</data></node>"))
        #expect(error == nil)
    }

    @Test func bytesThatAreNotUTF8AreRefusedBeforeXMLParserCrashesOnThem() throws {
        // XMLParser force-unwraps element names as UTF-8: <nod\u{C3}> ended the process.
        var data = Data(document().utf8)
        let node = try #require(data.range(of: Data("<node id=\"x\"".utf8)))
        data[node.lowerBound + 4] = 0xC3
        let error = failure(data)
        #expect(error?.kind == .malformedXML)
        #expect(error?.line == 5)
        #expect(
            error?.message == "malformed XML: bytes that are not UTF-8 (0xC3 0x20 0x69 0x64); the file declares no other encoding")
        // Latin-1, declared, is converted by libxml2.
        var latin = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><graphml><graph><node id=\"caf".utf8)
        latin.append(0xE9)
        latin.append(contentsOf: Data("\"/></graph></graphml>".utf8))
        #expect(try GraphMLReader.read(data: latin).ids == ["café"])
    }

    @Test func theUTF8CheckFindsEachKindOfBadSequence() {
        let cases: [([UInt8], Int?)] = [
            (Array("plain ✓ 𝄞".utf8), nil), ([0x41, 0xFF], 1), ([0xC0, 0xAF], 0), ([0xE0, 0x80, 0x80], 0),
            ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0), ([0x41, 0xE2, 0x82], 1), ([0x80], 0),
        ]
        for (bytes, expected) in cases {
            #expect(bytes.withUnsafeBytes { GraphMLPrescan.firstInvalidUTF8($0) } == expected, "\(bytes)")
        }
    }

    @Test func aUTF16DocumentTypeIsRefusedToo() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE graphml [<!ENTITY e \"x\">]><graphml/>"
        var data = Data([0xFF, 0xFE])
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let error = failure(data)
        #expect(error?.kind == .dtdOrEntity)
        #expect(error?.message.hasPrefix("the DTD declares the entity &e;") == true, "\(String(describing: error))")
    }
}
