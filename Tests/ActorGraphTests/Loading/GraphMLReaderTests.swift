import Foundation
import Testing

@testable import ActorGraph

@Suite struct GraphMLReaderTests {
    private let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">

        """

    private func read(_ body: String) throws(GraphMLError) -> AttributedGraph {
        try GraphMLReader.read(data: Data((header + body).utf8), file: "t.graphml")
    }

    private func error(_ body: String) -> GraphMLError? {
        do {
            _ = try read(body)
            return nil
        } catch {
            return error
        }
    }

    @Test func keysAreFoundByAttrNameNotID() throws {
        let graph = try read("""
              <key id="e_w" for="edge" attr.name="weight" attr.type="double"/>
              <key id="weight" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="weight">A</data></node>
                <node id="b"/>
                <edge source="a" target="b"><data key="e_w">2.5</data></edge>
              </graph>
            </graphml>
            """)
        #expect(graph.graph.weight(from: 0, to: 1) == 2.5)
        #expect(graph.nodeColumn("label")?.values == ["A", nil])
        #expect(graph.hasWeights)
    }

    @Test func defaultsFillInAndTypesAreCanonical() throws {
        let graph = try read("""
              <key id="d0" for="node" attr.name="flag" attr.type="boolean"><default>False</default></key>
              <key id="d1" for="node" attr.name="n" attr.type="long"><default>7</default></key>
              <key id="d2" for="node" attr.name="x" attr.type="float"/>
              <key id="d3" for="edge" attr.name="weight" attr.type="int"><default>3</default></key>
              <graph edgedefault="directed">
                <node id="a"><data key="d0">True</data><data key="d2"> 1 </data></node>
                <node id="b"><data key="d1">-2</data><data key="d2">INF</data></node>
                <edge source="a" target="b"/>
                <edge source="b" target="a"><data key="d3">1</data></edge>
              </graph>
            </graphml>
            """)
        #expect(graph.isDirected)
        #expect(graph.nodeColumn("flag")?.values == ["true", "false"])
        #expect(graph.nodeColumn("n")?.values == ["7", "-2"])
        #expect(graph.nodeColumn("n")?.type == .long)
        #expect(graph.nodeColumn("x")?.values == ["1.0", "INF"])
        #expect(graph.graph.weight(from: 0, to: 1) == 3)
        #expect(graph.graph.weight(from: 1, to: 0) == 1)
    }

    @Test func malformedXMLGivesTheLine() {
        let failure = error("""
              <graph edgedefault="undirected">
                <node id="a">
              </graph>
            </graphml>
            """)
        #expect(failure?.kind == .malformedXML)
        #expect(failure?.line == 5)
        #expect(failure?.file == "t.graphml")
        #expect(failure?.description.hasPrefix("t.graphml:5: malformed XML: an end tag does not match its start tag") == true, "\(String(describing: failure))")
    }

    @Test func unescapedAmpersandIsMalformed() {
        let failure = error("""
              <graph edgedefault="undirected">
                <node id="a&b"/>
              </graph>
            </graphml>
            """)
        #expect(failure?.kind == .malformedXML)
        #expect(failure?.line == 4)
    }

    @Test func edgeToAnUndeclaredNodeNamesTheEdgeAndTheID() {
        let failure = error("""
              <graph edgedefault="undirected">
                <node id="a"/>
                <edge id="e7" source="a" target="ghost"/>
              </graph>
            </graphml>
            """)
        #expect(
            failure
                == GraphMLError(
                    kind: .unknownNode, file: "t.graphml", line: 5,
                    message: "edge \"e7\" names node \"ghost\", which no <node> declares"))
    }

    @Test func duplicateNodeIDsAreAnError() {
        let failure = error("""
              <graph edgedefault="undirected">
                <node id="a"/>
                <node id="a"/>
              </graph>
            </graphml>
            """)
        #expect(failure?.kind == .duplicateID)
        #expect(failure?.line == 5)
    }

    @Test func unparsableTypedValuesNameNodeAttributeAndLine() {
        let failure = error("""
              <key id="d0" for="node" attr.name="age" attr.type="int"/>
              <graph edgedefault="undirected">
                <node id="a">
                  <data key="d0">forty</data>
                </node>
              </graph>
            </graphml>
            """)
        #expect(
            failure
                == GraphMLError(
                    kind: .badValue, file: "t.graphml", line: 6,
                    message: "node \"a\", attribute \"age\": \"forty\" is not a valid int"))
    }

    @Test func badWeightsAndUnknownTypesAreBadValues() {
        #expect(error("""
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected"><node id="a"/><node id="b"/>
                <edge source="a" target="b"><data key="w">-1</data></edge>
              </graph>
            </graphml>
            """)?.kind == .badValue)
        #expect(error("""
              <key id="w" for="node" attr.name="when" attr.type="date"/>
              <graph edgedefault="undirected"/>
            </graphml>
            """)?.kind == .badValue)
    }

    @Test func hyperedgesNestedGraphsAndMixedEdgesAreUnsupported() {
        let hyper = error("""
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/><node id="c"/>
                <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
              </graph>
            </graphml>
            """)
        #expect(hyper?.kind == .unsupported)
        #expect(hyper?.line == 5)
        #expect(hyper?.message.contains("hyperedges") == true)
        let nested = error("""
              <graph edgedefault="undirected">
                <node id="a">
                  <graph edgedefault="undirected"><node id="a::b"/></graph>
                </node>
              </graph>
            </graphml>
            """)
        #expect(nested?.kind == .unsupported)
        #expect(nested?.line == 5)
        #expect(error("""
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/>
                <edge source="a" target="b" directed="true"/>
              </graph>
            </graphml>
            """)?.kind == .unsupported)
        #expect(error("""
              <graph edgedefault="undirected"/>
              <graph edgedefault="undirected"/>
            </graphml>
            """)?.kind == .unsupported)
    }

    @Test func undeclaredKeysAndMissingIDsAreErrors() {
        #expect(error("""
              <graph edgedefault="undirected"><node id="a"><data key="nope">1</data></node></graph>
            </graphml>
            """)?.kind == .unknownKey)
        #expect(error("""
              <graph edgedefault="undirected"><node/></graph>
            </graphml>
            """)?.kind == .missingAttribute)
        #expect(error("""
              <graph edgedefault="undirected"><node id="a"/><edge source="a"/></graph>
            </graphml>
            """)?.kind == .missingAttribute)
    }

    @Test func otherDocumentsAreNotGraphML() {
        #expect(throws: GraphMLError.self) { try GraphMLReader.read(data: Data("<html/>".utf8)) }
        #expect(throws: GraphMLError.self) { try GraphMLReader.read(data: Data()) }
        #expect(throws: GraphMLError.self) { try GraphMLReader.read(data: Data("<graphml/>".utf8)) }
    }

    @Test func foreignDrawingDataPortsAndDescriptionsAreIgnored() throws {
        let graph = try read("""
              <key id="d0" for="node" yfiles.type="nodegraphics"/>
              <key id="d1" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="directed" xmlns:y="http://www.yworks.com/xml/graphml">
                <desc>a drawing</desc>
                <node id="a">
                  <data key="d0"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data>
                  <data key="d1">Alpha</data>
                  <port name="north"/>
                </node>
                <node id="b"/>
                <edge source="a" target="b" sourceport="north"/>
                <edge source="b" target="b"/>
              </graph>
            </graphml>
            """)
        #expect(graph.ids == ["a", "b"])
        #expect(graph.nodeColumn("label")?.values == ["Alpha", nil])
        #expect(graph.nodeColumn("d0")?.values == [nil, nil])
        #expect(graph.edges.count == 2)
        #expect(graph.graph.edgeCount == 1)  // the self-loop is listed but not in the compact graph
    }

    @Test func actorsNeedAValidKind() throws {
        let graph = try read("""
              <key id="n" for="node" attr.name="name" attr.type="string"/>
              <key id="k" for="node" attr.name="kind" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="n">A</data><data key="k">robot</data></node>
              </graph>
            </graphml>
            """)
        #expect(throws: ActorAttributeError.self) { try graph.actors() }
        #expect(try read("<graph edgedefault=\"undirected\"/></graphml>").actors() == nil)
    }
}
