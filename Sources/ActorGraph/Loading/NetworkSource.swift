import Foundation

/// The file formats a network can be read from.
public enum NetworkFormat: String, Sendable, Hashable, CaseIterable {
    /// An ActorGraph dataset (JSON): actors and interactions, projected onto ties.
    case dataset = "json"
    /// An edge list CSV (`source,target[,weight]`, any other columns) with an
    /// optional node table (`id`, …).
    case edgeList = "csv"
    /// Gephi's spreadsheet CSV pair: edges (`Source,Target,Type,Weight,…`) and
    /// nodes (`Id,Label,…`).
    case gephi
    /// GraphML, as networkx, igraph, Gephi and ActorGraph write it.
    case graphml
    /// The GraphFrames layout: a folder holding `edges.csv` (`src,dst[,weight]`, any
    /// other columns) and `vertices.csv` (`id`, …), as `scripts/spark/project.py`
    /// writes it; read as an edge list.
    case graphframes
    /// FollowTheMoney entities, one JSON object per line (`.ftm.json`,
    /// `.ftm.jsonl`), read into a dataset by ``FtMReader``.
    case ftm

    /// Whether the format holds a dataset (actors and interactions) rather than a graph.
    public var isDataset: Bool { self == .dataset || self == .ftm }

    /// The format a path's extension names: `.ftm.json`, `.ftm.jsonl` FollowTheMoney,
    /// `.json` a dataset (`.jsonl` and
    /// `.ndjson` a dataset in JSON Lines), `.csv` an edge list,
    /// `.graphml`/`.xml` GraphML; `nil` for any other extension. A `.csv` whose
    /// header is Gephi's is recognised by ``NetworkSource`` when it opens the file.
    ///
    /// - Parameter path: the file's path.
    public static func guess(fromPath path: String) -> NetworkFormat? {
        if FtMReader.isFtM(path) { return .ftm }
        return switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json", "jsonl", "ndjson": .dataset
        case "csv": .edgeList
        case "graphml", "xml": .graphml
        default: nil
        }
    }
}

/// A problem with the choice of input, before any of its content is read.
public struct NetworkSourceError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var path: String
    /// What is wrong, in plain words.
    public var message: String

    /// Creates an error; each parameter sets the property of the same name.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// One way in for every supported file: a dataset, an edge list (with its node
/// table), a Gephi CSV pair or GraphML, read into a ``LoadedNetwork``.
///
/// ```swift
/// let source = try NetworkSource(path: "karate.graphml")
/// let network = try source.load().network(ProjectionOptions())
/// let betweenness = network.graph.betweenness()
/// ```
///
/// The format comes from the extension unless given. A `.csv` file whose
/// header starts `Source,Target` in Gephi's capitalisation (with `Type` or
/// `Weight` columns, or no lower-case `source`) is read as Gephi's edges table.
/// A CSV pair's second table is the `nodes` URL when given, else the file beside
/// the first with `-nodes` added to its name (`net.csv` and `net-nodes.csv`),
/// when it exists: the names ``NetworkSource/companionPath(for:)`` gives, which
/// is how `actorgraph convert` writes CSV pairs.
public struct NetworkSource: Sendable, Hashable {
    /// The file to read.
    public var path: String
    /// Its format.
    public var format: NetworkFormat
    /// The node table (edge list) or nodes file (Gephi), if any.
    public var nodesPath: String?

    /// Chooses how to read a file.
    ///
    /// - Parameters:
    ///   - path: the file (for a CSV pair, the edges table).
    ///   - format: the format, or `nil` to take it from the extension (and, for
    ///     `.csv`, from the header).
    ///   - nodesPath: the node table; `nil` to use the companion file if present.
    /// - Throws: ``NetworkSourceError`` when the format cannot be told, or a node
    ///   table is given for a format that has none.
    public init(path: String, format: NetworkFormat? = nil, nodesPath: String? = nil) throws(NetworkSourceError) {
        guard var chosen = format ?? NetworkFormat.guess(fromPath: path) ?? Self.graphFramesFolder(path) else {
            throw NetworkSourceError(
                path: path,
                message:
                    "cannot tell the format from the extension (.json or .jsonl dataset, .ftm.json FollowTheMoney, .csv edge list or Gephi CSV, .graphml GraphML, a folder with edges.csv for GraphFrames); name it: json, ftm, csv, gephi, graphml or graphframes (--input-format; convert: --from)"
            )
        }
        if format == nil, chosen == .edgeList, Self.hasGephiHeader(path) { chosen = .gephi }
        if chosen == .graphframes {
            guard nodesPath == nil else {
                throw NetworkSourceError(
                    path: path, message: "a GraphFrames folder holds its own vertices.csv; --nodes does not apply")
            }
            let edges = (path as NSString).appendingPathComponent("edges.csv")
            guard FileManager.default.fileExists(atPath: edges) else {
                throw NetworkSourceError(
                    path: path, message: "a GraphFrames folder must hold edges.csv (src,dst,…) and may hold vertices.csv (id,…)")
            }
            let vertices = (path as NSString).appendingPathComponent("vertices.csv")
            self.path = path
            self.format = .graphframes
            self.nodesPath = FileManager.default.fileExists(atPath: vertices) ? vertices : nil
            return
        }
        if nodesPath != nil, chosen.isDataset || chosen == .graphml {
            throw NetworkSourceError(
                path: path,
                message: "a node table (--nodes) applies to an edge list or Gephi CSV, not to \(chosen.isDataset ? "a dataset" : "GraphML")")
        }
        self.path = path
        self.format = chosen
        if let nodesPath {
            self.nodesPath = nodesPath
        } else if chosen == .edgeList || chosen == .gephi {
            let companion = Self.companionPath(for: path)
            self.nodesPath = FileManager.default.fileExists(atPath: companion) ? companion : nil
        } else {
            self.nodesPath = nil
        }
    }

    /// Reads the file.
    ///
    /// - Parameter directed: for a dataset, whether ``LoadedNetwork/network(_:)``
    ///   projects directed ties by default; for an edge list, whether ties run from
    ///   source to target; for Gephi CSV, the direction when no `Type` is given.
    ///   GraphML says itself.
    /// - Throws: ``FileReadError``, ``DatasetError``, ``CSVError`` or
    ///   ``GraphMLError``, each naming the file and the line.
    /// - Complexity: linear in the file's size, plus building the graph.
    public func load(directed: Bool = false) throws -> LoadedNetwork {
        let url = URL(fileURLWithPath: path)
        let nodes = nodesPath.map { URL(fileURLWithPath: $0) }
        switch format {
        case .dataset: return .dataset(try DatasetLoader.load(contentsOf: url))
        case .ftm: return .dataset(try FtMReader.read(contentsOf: url).dataset)
        case .edgeList: return .graph(try EdgeListReader.read(edges: url, nodes: nodes, directed: directed))
        case .gephi: return .graph(try GephiCSVReader.read(edges: url, nodes: nodes, directed: directed))
        case .graphml: return .graph(try GraphMLReader.read(contentsOf: url))
        case .graphframes:
            return .graph(try EdgeListReader.read(edges: url.appendingPathComponent("edges.csv"), nodes: nodes, directed: directed))
        }
    }

    /// `.graphframes` when `path` is a folder holding `edges.csv`.
    static func graphFramesFolder(_ path: String) -> NetworkFormat? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
            FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("edges.csv"))
        else { return nil }
        return .graphframes
    }

    /// `net.csv` → `net-nodes.csv`: where the second table of a CSV pair goes.
    ///
    /// - Parameter path: the first table's path.
    public static func companionPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        let name = stem + "-nodes" + (ext.isEmpty ? "" : "." + ext)
        let directory = parentFolder(of: path)
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// Whether a CSV file's first line is a Gephi edges header: `Source` and
    /// `Target` spelt so, and no lower-case `source`/`target` columns.
    static func hasGephiHeader(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 4096) else { return false }
        // Only the first line, decoded leniently: a character cut at byte 4096 must not hide the header.
        let firstLine = String(decoding: head.prefix { $0 != 0x0A }, as: UTF8.self)
        let names = firstLine.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"\r\u{FEFF} "))
        }
        return names.contains("Source") && names.contains("Target") && !names.contains("source")
            && !names.contains("target")
    }
}

/// What a file held: a dataset, or a graph with attributes.
public enum LoadedNetwork: Sendable {
    /// A dataset, to project.
    case dataset(Dataset)
    /// A graph as a file gave it, every row and column kept.
    case graph(AttributedGraph)

    /// The dataset, when the file was one.
    public var dataset: Dataset? {
        if case .dataset(let dataset) = self { return dataset }
        return nil
    }

    /// The network scores and diagrams run on: a dataset projected with
    /// `options`, or the graph as read (``ProjectedNetwork/init(graph:)``).
    ///
    /// - Parameter options: the projection, for a dataset. A graph file has no
    ///   interactions to select: its network ignores every option (the command
    ///   line refuses them for a graph file).
    /// - Complexity: that of ``Dataset/project(_:)`` or ``ProjectedNetwork/init(graph:)``.
    public func network(_ options: ProjectionOptions) -> ProjectedNetwork {
        switch self {
        case .dataset(let dataset): dataset.project(options)
        case .graph(let graph): ProjectedNetwork(graph: graph)
        }
    }

    /// The graph with attributes that exports write: for a dataset, `network` (its
    /// projection, from ``network(_:)``) with its attributes
    /// (``AttributedGraph/init(network:scores:nodeAttributes:)``); for a graph
    /// file, the graph as read, every row and column kept.
    ///
    /// - Parameter network: this file's network, as ``network(_:)`` gave it.
    /// - Throws: ``ExportError`` (a dataset with repeated ids).
    public func attributedGraph(of network: ProjectedNetwork) throws(ExportError) -> AttributedGraph {
        switch self {
        case .dataset: try AttributedGraph(network: network)
        case .graph(let graph): graph
        }
    }
}
