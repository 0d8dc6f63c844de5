import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph convert INPUT OUTPUT`: between dataset JSON, edge list CSV, GraphML
/// and Gephi's spreadsheet CSV.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a dataset or graph between JSON, edge list CSV, GraphML and Gephi CSV.",
        discussion: """
            Formats follow the extensions: .json a dataset, .csv an edge list (source,target[,weight] \
            and any attribute columns, with an optional node table, --nodes; every row is one tie, \
            repeated ties and self-loops included), .graphml (or .xml) GraphML, .dot Graphviz. \
            Use --from gephi or --to gephi for Gephi's spreadsheet CSV: its edges file \
            (Source,Target,Type,Weight,…) is INPUT or OUTPUT and its nodes file (Id,Label,…) \
            sits beside it with "-nodes" added to the name (net.csv and net-nodes.csv); on input \
            --nodes names it instead. --to csv likewise writes the node table to OUTPUT-nodes.csv.

            A dataset is projected onto actor-to-actor ties (every actor a node, ties weighted \
            by the number of interactions); its GraphML and CSV carry the actors' name, kind, \
            country and aliases and each tie's kinds, tracks, dates and interaction ids. \
            Graphs from GraphML and CSV have no interactions, so they cannot be written as a \
            dataset. For GraphML and Gephi input the file says whether ties are directed. \
            See Guides/Formats.md.

            Exits 0 on success, 1 when an input cannot be read or converted, 2 on usage errors.
            """
    )

    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, csv, graphml, gephi
    }

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, dot, graphml, csv, gephi
    }

    @Argument(help: "The file to read.")
    var input: String

    @Argument(help: "The file to write (replaced if it exists).")
    var output: String

    @Option(help: "The input format, when the extension does not tell: json, csv, graphml, gephi.")
    var from: InputFormat?

    @Option(help: "The output format, when the extension does not tell: json, dot, graphml, csv, gephi.")
    var to: OutputFormat?

    @Option(help: "The node table of an edge list, or the nodes file of Gephi CSV input.")
    var nodes: String?

    @Flag(help: "Directed ties: a dataset's go from each interaction's initiator; an edge list's from source to target.")
    var directed = false

    @Flag(help: "Add every score of 'actorgraph scores' (unweighted; brokerage by country for a dataset) as numeric node attributes.")
    var withScores = false

    func validate() throws {
        if from == nil, Self.inputFormat(of: input) == nil {
            throw ValidationError("cannot tell the format of \(input) from its extension; give --from json|csv|graphml|gephi")
        }
        if to == nil, Self.outputFormat(of: output) == nil {
            throw ValidationError("cannot tell the format of \(output) from its extension; give --to json|dot|graphml|csv|gephi")
        }
    }

    func run() throws {
        guard let inputFormat = from ?? Self.inputFormat(of: input),
            let outputFormat = to ?? Self.outputFormat(of: output)
        else { throw ValidationError("cannot tell the formats from the extensions; give --from and --to") }
        do {
            let (graph, dataset) = try load(inputFormat)
            try write(graph, dataset: dataset, as: outputFormat)
            print(Self.summary(of: graph, output: output, format: outputFormat, withScores: withScores))
        } catch let error as GraphMLError {
            throw InputFailure(error.description)
        } catch let error as CSVError {
            throw InputFailure(error.description)
        } catch let error as ExportError {
            throw InputFailure("\(output): \(error.description)")
        }
    }

    // MARK: - Reading

    private func load(_ format: InputFormat) throws -> (AttributedGraph, Dataset?) {
        let url = URL(fileURLWithPath: input)
        switch format {
        case .json:
            if nodes != nil { throw InputFailure("--nodes applies to an edge list or Gephi CSV, not to a dataset (\(input))") }
            let dataset = try DatasetLoader.load(contentsOf: url)
            let network = dataset.project(ProjectionOptions(directed: directed, includeIsolatedActors: true))
            let scores = withScores
                ? scoreAttributes(for: network.graph, groups: network.actors.map { $0.country?.rawValue }) : [:]
            return (try AttributedGraph(network: network, dataset: dataset, scores: scores), dataset)
        case .csv:
            // Every row is its own tie and every column is kept (see EdgeListReader).
            let graph = try EdgeListReader.read(
                edges: url, nodes: nodes.map { URL(fileURLWithPath: $0) }, directed: directed)
            return (try withScores(graph), nil)
        case .graphml:
            if nodes != nil { throw InputFailure("--nodes applies to an edge list or Gephi CSV, not to GraphML (\(input))") }
            let graph = try GraphMLReader.read(contentsOf: url)
            if directed, !graph.isDirected {
                throw InputFailure(
                    "\(input): the graph is undirected (edgedefault); --directed applies to datasets and edge lists")
            }
            return (try withScores(graph), nil)
        case .gephi:
            let nodesPath = nodes ?? Self.companionPath(for: input)
            let nodesURL: URL? =
                nodes != nil || FileManager.default.fileExists(atPath: nodesPath) ? URL(fileURLWithPath: nodesPath) : nil
            let graph = try GephiCSVReader.read(edges: url, nodes: nodesURL, directed: directed)
            return (try withScores(graph), nil)
        }
    }

    private func withScores(_ graph: AttributedGraph) throws -> AttributedGraph {
        guard withScores else { return graph }
        return try graph.adding(scores: scoreAttributes(for: graph.graph))
    }

    // MARK: - Writing

    private func write(_ graph: AttributedGraph, dataset: Dataset?, as format: OutputFormat) throws {
        switch format {
        case .json:
            guard let dataset else {
                throw InputFailure(
                    "\(input) is a graph, not a dataset: GraphML and CSV carry no interactions, so they cannot be written as dataset JSON")
            }
            if withScores { throw InputFailure("--with-scores does not apply to dataset JSON output") }
            try save(DatasetWriter.json(dataset), to: output)
        case .dot:
            guard let dataset else {
                throw InputFailure(
                    "\(input) is a graph, not a dataset: DOT output draws actors and interactions; use a dataset JSON as input")
            }
            if withScores { throw InputFailure("--with-scores does not apply to DOT output; use actorgraph render --size-by") }
            let network = dataset.project(ProjectionOptions(directed: directed, includeIsolatedActors: true))
            try save(DOTWriter().write(network, dataset: dataset), to: output)
        case .graphml:
            try save(GraphMLWriter.write(graph), to: output)
        case .csv:
            let (edges, nodes) = try EdgeListWriter.write(graph)
            try save(edges, to: output)
            try save(nodes, to: Self.companionPath(for: output))
        case .gephi:
            let (nodes, edges) = try GephiCSVWriter.write(graph)
            try save(edges, to: output)
            try save(nodes, to: Self.companionPath(for: output))
        }
    }

    private func save(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputFailure("cannot write \(path): \((error as NSError).localizedDescription)")
        }
    }

    // MARK: - Summary

    /// The line printed after a conversion: the nodes and the ties written (every
    /// element of ``AttributedGraph/edges``), and, when the input repeats ties or
    /// has self-loops, that they were written as given and how the compact graph
    /// behind the scores treats them.
    static func summary(of graph: AttributedGraph, output: String, format: OutputFormat, withScores: Bool) -> String {
        var line = "\(output): \(graph.ids.count) nodes, \(graph.edges.count) ties written (\(format.rawValue))"
        let selfLoops = graph.selfLoopCount
        let merged = graph.repeatedTieCount
        guard selfLoops > 0 || merged > 0 else { return line }
        var parts: [String] = []
        if merged > 0 { parts.append("\(merged) repeated \(merged == 1 ? "tie" : "ties")") }
        if selfLoops > 0 { parts.append("\(selfLoops) \(selfLoops == 1 ? "self-loop" : "self-loops")") }
        line += "; the input has \(parts.joined(separator: " and ")), written as given"
        if withScores {
            line += "; the scores are computed on \(graph.graph.edgeCount) \(graph.graph.edgeCount == 1 ? "tie" : "ties"), repeated ties merged (weights added) and self-loops left out"
        }
        return line
    }

    // MARK: - Names

    /// `net.csv` → `net-nodes.csv`: where the second table of a CSV pair goes.
    static func companionPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        let name = stem + "-nodes" + (ext.isEmpty ? "" : "." + ext)
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// The input format an extension names, if any.
    static func inputFormat(of path: String) -> InputFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": .json
        case "csv": .csv
        case "graphml", "xml": .graphml
        default: nil
        }
    }

    /// The output format an extension names, if any.
    static func outputFormat(of path: String) -> OutputFormat? {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": .json
        case "csv": .csv
        case "graphml", "xml": .graphml
        case "dot", "gv": .dot
        default: nil
        }
    }
}

// MARK: - Scores (merge point)

/// Every score of ``NodeScores`` for each node, as attribute columns named by
/// ``ScoreName`` (`brokerage_<role>` for the raw role counts when `groups` is
/// given). Unweighted, following networkx's conventions; a score whose
/// iteration did not converge is left out.
///
/// - Complexity: that of ``NodeScores/init(graph:weighted:groups:only:)``.
func scoreAttributes(for graph: CompactGraph, groups: [String?]? = nil) -> [String: [Double?]] {
    let scores = NodeScores(graph: graph, weighted: false, groups: groups)
    var result: [String: [Double?]] = [:]
    for (name, values) in scores.values { result[name.rawValue] = values }
    if let roles = scores.brokerage {
        for role in BrokerageRole.allCases { result["brokerage_" + role.rawValue] = roles.raw[role].map(Double.init) }
    }
    return result
}
