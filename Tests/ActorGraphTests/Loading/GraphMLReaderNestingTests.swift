import Foundation
import Testing

@testable import ActorGraph

/// `<node>`, `<edge>`, `<key>` and `<graph>` only where GraphML puts them, and
/// `<data>` kept by the element it sits in: misplaced elements are errors with
/// the line, never a crash or a silent drop.
@Suite struct GraphMLReaderNestingTests {
    private func error(_ body: String) -> GraphMLError? {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">

            """ + body
        do {
            _ = try GraphMLReader.read(data: Data(text.utf8), file: "t.graphml")
            return nil
        } catch {
            return error
        }
    }

    @Test func nodeWithDataDirectlyUnderGraphMLIsNotGraphML() {
        let failure = error("""
              <key id="k" for="node" attr.name="label" attr.type="string"/>
              <node id="a"><data key="k">A</data></node>
              <graph edgedefault="undirected"/>
            </graphml>
            """)
        #expect(failure?.kind == .notGraphML)
        #expect(failure?.line == 4)
        #expect(failure?.message.contains("<node> must be a direct child of <graph>") == true, "\(String(describing: failure))")
    }

    @Test func edgeWithDataInsideANodeIsUnsupported() {
        let failure = error("""
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a">
                  <edge source="a" target="a"><data key="w">2</data></edge>
                </node>
              </graph>
            </graphml>
            """)
        #expect(failure?.kind == .unsupported)
        #expect(failure?.line == 6)
        #expect(failure?.message.contains("<edge> inside a <node>") == true, "\(String(describing: failure))")
    }

    @Test func nodeInsideANodeIsUnsupportedNotDropped() {
        let failure = error("""
              <graph edgedefault="undirected">
                <node id="a">
                  <node id="b"/>
                </node>
              </graph>
            </graphml>
            """)
        #expect(failure?.kind == .unsupported)
        #expect(failure?.line == 5)
        #expect(failure?.message.contains("nested nodes") == true, "\(String(describing: failure))")
    }

    @Test func keyInsideTheGraphIsNotGraphML() {
        // Its <default> used to be given to the last top-level key.
        let failure = error("""
              <key id="k" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="undirected">
                <key id="k2" for="node" attr.name="other" attr.type="string"><default>x</default></key>
                <node id="a"/>
              </graph>
            </graphml>
            """)
        #expect(failure?.kind == .notGraphML)
        #expect(failure?.line == 5)
    }

    @Test func graphOutsideTheRootIsNotGraphML() {
        let failure = error("""
              <key id="k" for="node" attr.name="label" attr.type="string">
                <graph edgedefault="undirected"><node id="hidden"/></graph>
              </key>
              <graph edgedefault="undirected"><node id="a"/></graph>
            </graphml>
            """)
        #expect(failure?.kind == .notGraphML)
        #expect(failure?.line == 4)
    }

    @Test func dataBelongsToTheNodeItSitsIn() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k" for="node" attr.name="label" attr.type="string"/>
              <graph edgedefault="undirected">
                <node id="a"><port name="p"><data key="k">port data</data></port><data key="k">A</data></node>
                <node id="b"/>
              </graph>
            </graphml>
            """
        let graph = try GraphMLReader.read(data: Data(text.utf8))
        #expect(graph.nodeColumn("label")?.values == ["A", nil])
    }
}
