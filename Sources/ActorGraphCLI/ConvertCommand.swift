import ActorGraph
import ArgumentParser
import Foundation

/// `actorgraph convert INPUT OUTPUT`: between dataset JSON, edge list CSV, GraphML
/// and Gephi's spreadsheet CSV, and to DOT and dynamic GEXF.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a dataset or graph between JSON, edge list CSV, GraphML and Gephi CSV, or to DOT or GEXF.",
        discussion: """
            Formats follow the extensions: .json a dataset (.jsonl or .ndjson: a dataset in JSON \
            Lines, one actor or interaction per line with a "type" member, read in chunks), .csv \
            an edge list (source,target[,weight] \
            and any attribute columns, with an optional node table, --nodes or INPUT-nodes.csv \
            beside it; every row is one tie, repeated ties and self-loops included) or, when its \
            header is Gephi's (Source,Target,…), a Gephi edges table, .graphml (or .xml) \
            GraphML, .dot Graphviz, .gexf GEXF 1.3 (output only), .ftm.json (or .ftm.jsonl, .ftm.ndjson) \
            FollowTheMoney entities, one per line, as OCCRP Aleph and OpenSanctions use them: a \
            dataset's persons, institutions, affiliations, interactions (Event) and source documents \
            written, and read back, by the rules of Guides/FollowTheMoney.md; on input, what cannot \
            be mapped is counted and printed on standard error. Use --from gephi or --to gephi for Gephi's spreadsheet CSV: its \
            edges file (Source,Target,Type,Weight,…) is INPUT or OUTPUT and its nodes file \
            (Id,Label,…) sits beside it with "-nodes" added to the name (net.csv and \
            net-nodes.csv); on input --nodes names it instead. --to csv likewise writes the node \
            table to OUTPUT-nodes.csv.

            A dataset is projected onto actor-to-actor ties (every actor a node, ties weighted \
            by the number of interactions); its GraphML and CSV carry the actors' name, kind, \
            country and aliases and each tie's kinds, tracks, statuses, dates and interaction \
            ids. Graphs from GraphML and CSV have no interactions, so they cannot be written as \
            a dataset; they can be drawn as DOT. For GraphML and Gephi input the file says whether ties are directed. \

            GEXF is dynamic, for Gephi's timeline: a dataset's ties carry one spell (a closed \
            interval of days) per dated interaction, from the first day of its date to the last \
            day of its date or end date ("2023" is 2023-01-01 to 2023-12-31), and each actor the \
            union of its ties' spells; undated ties exist at all times. A graph file's ties with \
            firstDate/lastDate attributes get one spell from the first to the last date. Gephi \
            refuses overlapping spells on one tie: --merge-spells joins them. \
            See Guides/Formats.md.

            Exits 0 on success, 1 when an input cannot be read or converted, 2 on usage errors.
            """
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, ftm, dot, graphml, csv, gephi, gexf
    }

    @Argument(help: "The file to read.")
    var input: String

    @Argument(help: "The file to write (replaced if it exists).")
    var output: String

    @Option(help: "The input format, when the extension does not tell: json (also .jsonl), ftm (FollowTheMoney), csv, graphml, gephi, graphframes (a folder with edges.csv and vertices.csv).")
    var from: NetworkFormat?

    @Option(help: "The output format, when the extension does not tell: json, jsonl, ftm, dot, graphml, csv, gephi, gexf.")
    var to: OutputFormat?

    @Option(help: "FollowTheMoney input: take the country actors for the country codes from this dataset (id, name, aliases), as they were before FtM carried them as codes.")
    var countries: String?

    @Option(help: "The node table of an edge list, or the nodes file of Gephi CSV input.")
    var nodes: String?

    @Flag(help: "Directed ties: a dataset's go from each interaction's initiator; an edge list's from source to target.")
    var directed = false

    @Flag(help: "Add every score of 'actorgraph scores' (unweighted; brokerage by country for a dataset) as numeric node attributes.")
    var withScores = false

    @Flag(help: "GEXF: join a tie's overlapping spells into one, as Gephi requires (by default one spell per dated interaction).")
    var mergeSpells = false

    func validate() throws {
        let source = try source()
        guard let format = to ?? Self.outputFormat(of: output) else {
            throw ValidationError("cannot tell the format of \(output) from its extension; give --to json|jsonl|ftm|dot|graphml|csv|gephi|gexf")
        }
        if countries != nil, source.format != .ftm {
            throw ValidationError("--countries applies to FollowTheMoney input (--from ftm or .ftm.json)")
        }
        if mergeSpells, format != .gexf {
            throw ValidationError("--merge-spells applies to GEXF output only")
        }
        do {
            try OutputFiles.checkDistinct(
                outputs: outputPaths(format),
                from: [source.path] + (source.nodesPath.map { [$0] } ?? []) + (countries.map { [$0] } ?? []))
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The input, its format chosen by --from, the extension or a Gephi header.
    func source() throws -> NetworkSource {
        do {
            return try NetworkSource(path: input, format: from, nodesPath: nodes)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        guard let outputFormat = to ?? Self.outputFormat(of: output) else {
            throw ValidationError("cannot tell the format of \(output) from its extension; give --to")
        }
        let source = try source()
        let options = ProjectionOptions(directed: directed, includeIsolatedActors: true)
        let countryActors = try countries.map { try readDataset(at: $0) }
        let input: CommandInput
        if source.format == .ftm {
            // The full report (what was read, and what was not mapped), then the network.
            let dataset = try readDataset(at: source.path, countries: countryActors, fullReport: true, ftm: true)
            input = CommandInput(loaded: .dataset(dataset), network: dataset.project(options))
        } else {
            input = try CommandInput.load(source, options: options, setByUser: [])
        }
        do {
            if outputFormat == .ftm {
                try writeFtM(input: input)
                return
            }
            let graph = try withScores(input.loaded.attributedGraph(of: input.network), input: input)
            // Every file is written in full before any existing one is replaced.
            try OutputFiles.write(files(graph, input: input, as: outputFormat))
            print(Self.summary(of: graph, output: output, format: outputFormat, withScores: withScores))
        } catch let error as ExportError {
            throw InputFailure("\(output): \(error.description)")
        }
    }

    /// Writes the dataset as FollowTheMoney entities; what FtM cannot carry is
    /// printed on standard error.
    private func writeFtM(input: CommandInput) throws {
        guard let dataset = input.loaded.dataset else {
            throw InputFailure(
                "\(self.input) is a graph, not a dataset: GraphML and CSV carry no interactions, so they cannot be written as FollowTheMoney entities")
        }
        if withScores { throw InputFailure("--with-scores does not apply to FollowTheMoney output") }
        if directed { throw InputFailure("--directed does not apply to FollowTheMoney output: an Event keeps its organizer") }
        let export: FtMWriter.Export
        do {
            export = try FtMWriter.export(dataset)
        } catch {
            throw InputFailure("\(output): cannot write FollowTheMoney: \(error.description)")
        }
        var data = Data()
        for entity in export.entities { data.append(contentsOf: (entity.jsonLine + "\n").utf8) }
        try OutputFiles.write([(output, data)])
        for line in export.notCarried { FileHandle.standardError.write(Data("\(output): note: \(line)\n".utf8)) }
        var counts: [String: Int] = [:]
        for entity in export.entities { counts[entity.schema, default: 0] += 1 }
        let parts = counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0)" }
        print("\(output): \(export.entities.count) FollowTheMoney entities written (\(parts.joined(separator: ", ")))")
    }

    // MARK: - Scores

    /// The graph with every score as node columns when --with-scores is given
    /// (brokerage grouped by country for a dataset).
    private func withScores(_ graph: AttributedGraph, input: CommandInput) throws
        -> AttributedGraph
    {
        guard withScores else { return graph }
        return try graph.adding(scores: scoreAttributes(for: graph.graph, groups: input.groups(by: nil)))
    }

    // MARK: - Writing

    /// The files an output format writes: one, or a pair (edges and nodes).
    private func files(_ graph: AttributedGraph, input: CommandInput, as format: OutputFormat) throws
        -> [(path: String, data: Data)]
    {
        switch format {
        case .json:
            guard let dataset = input.loaded.dataset else {
                throw InputFailure(
                    "\(self.input) is a graph, not a dataset: GraphML and CSV carry no interactions, so they cannot be written as dataset JSON")
            }
            if withScores { throw InputFailure("--with-scores does not apply to dataset JSON output") }
            return [(output, Data(DatasetWriter.json(dataset).utf8))]
        case .ftm:
            // Written by writeFtM(input:); not a graph export.
            return []
        case .jsonl:
            guard let dataset = input.loaded.dataset else {
                throw InputFailure(
                    "\(self.input) is a graph, not a dataset: GraphML and CSV carry no interactions, so they cannot be written as a JSON Lines dataset")
            }
            if withScores { throw InputFailure("--with-scores does not apply to dataset JSON Lines output") }
            var data = Data()
            DatasetWriter.writeJSONLines(dataset) { data.append(contentsOf: $0.utf8) }
            return [(output, data)]
        case .dot:
            if withScores { throw InputFailure("--with-scores does not apply to DOT output; use actorgraph render --size-by") }
            return [(output, Data(try DOTWriter().write(input.network).utf8))]
        case .graphml:
            return [(output, Data(try GraphMLWriter.write(graph).utf8))]
        case .gexf:
            // A dataset's ties are dated by their interactions; a graph file's by its firstDate/lastDate.
            let spells =
                input.loaded.dataset.map { GEXFSpells(network: input.network, dataset: $0) }
                ?? GEXFSpells(tieDatesOf: graph)
            return [(output, Data(try GEXFWriter.write(graph, spells: mergeSpells ? spells.mergingOverlaps() : spells).utf8))]
        case .csv:
            let (edges, nodes) = try EdgeListWriter.write(graph)
            return [(output, Data(edges.utf8)), (NetworkSource.companionPath(for: output), Data(nodes.utf8))]
        case .gephi:
            let (nodes, edges) = try GephiCSVWriter.write(graph)
            return [(output, Data(edges.utf8)), (NetworkSource.companionPath(for: output), Data(nodes.utf8))]
        }
    }

    /// The output paths a format writes, before anything is computed.
    func outputPaths(_ format: OutputFormat) -> [String] {
        format == .csv || format == .gephi ? [output, NetworkSource.companionPath(for: output)] : [output]
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

    /// The output format an extension names, if any.
    static func outputFormat(of path: String) -> OutputFormat? {
        if FtMReader.isFtM(path) { return .ftm }
        return switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": .json
        case "jsonl", "ndjson": .jsonl
        case "csv": .csv
        case "graphml", "xml": .graphml
        case "dot", "gv": .dot
        case "gexf": .gexf
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
