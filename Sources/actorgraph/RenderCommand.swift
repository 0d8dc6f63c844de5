import ActorGraph
import ActorGraphviz
import ArgumentParser
import Foundation

/// `actorgraph render`: draws a dataset's network with Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the network of a dataset as SVG, PNG, PDF, JSON, xdot or DOT.",
        discussion: """
            Nodes are shaped by actor kind and filled by country (colour-blind-safe \
            Okabe–Ito palette); lines are coloured by interaction kind and dashed by \
            channel track (official solid, track 1.5 dashed, track 2 dotted); thicker \
            lines carry more contacts. A legend explains all of it.

            Exit status: 0 on success, 1 on bad input (unreadable or invalid dataset, bad \
            date or kind, a name Graphviz cannot carry, a Graphviz error), 2 on usage errors.

            Example: actorgraph render seeds/backchannel.json -o backchannel.svg
            """)

    @Argument(help: "The dataset (JSON).")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the diagram; '-' for standard output.")
    var output: String

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi or another installed one.")
    var layout: String = "dot"

    @Option(help: "Output format (svg, png, pdf, json, xdot, dot, …). Default: from the output's extension, else svg.")
    var format: String?

    @Option(name: .customLong("size-by"), help: "Size nodes by a score: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", ")).")
    var sizeBy: String?

    @Option(name: .customLong("cluster-by"), help: "Group nodes in boxes: country.")
    var clusterBy: ClusterChoice?

    @Option(help: "Node labels: en, ar or both.")
    var labels: LabelChoice = .en

    @Option(help: "Keep interactions on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var from: String?

    @Option(help: "Keep interactions on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var to: String?

    @Option(help: "Keep only these interaction kinds, comma-separated (meeting,call,visit,talks,summit,briefing,message).")
    var kinds: String?

    @Option(help: "Keep only these channel tracks, comma-separated (official,track1.5,track2).")
    var tracks: String?

    @Option(name: .customLong("edge-labels"), help: "Label lines with: none, kind, date or kind,date.")
    var edgeLabels: String = "none"

    @Flag(
        inversion: .prefixedNo,
        help: "Also draw affiliation ties (person to institution, institution to parent) and actors without contacts.")
    var affiliations = true

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .customLong("dot-only"), help: "Write the DOT text without running Graphviz.")
    var dotOnly = false

    enum ClusterChoice: String, ExpressibleByArgument, CaseIterable {
        case country
    }

    enum LabelChoice: String, ExpressibleByArgument, CaseIterable {
        case en, ar, both
    }

    /// Checks every option value before any file is read, so that a bad value is a
    /// usage error (exit 2) naming the option.
    func validate() throws {
        do {
            let start = try from.map { try Self.date($0, option: "--from") }
            let end = try to.map { try Self.date($0, option: "--to") }
            if let start, let end, end.lastDay < start.firstDay {
                throw InputFailure("--from \(start) is after --to \(end)")
            }
            _ = try kinds.map(Self.kindSet)
            _ = try tracks.map(Self.trackSet)
            _ = try Self.edgeLabelParts(edgeLabels)
            if let sizeBy, ScoreName(rawValue: sizeBy) == nil {
                throw InputFailure(
                    "--size-by: unknown score \"\(sizeBy)\" (known: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            if !dotOnly {
                let renderer = try GraphvizRenderer()
                if !renderer.availableLayoutEngines.contains(layout) {
                    throw InputFailure(
                        "--layout \(layout): not an installed layout engine (installed: \(renderer.availableLayoutEngines.joined(separator: ", ")))")
                }
                if let format {
                    let device = format.split(separator: ":", maxSplits: 1).first.map(String.init) ?? format
                    if !renderer.availableFormats.contains(device) {
                        throw InputFailure(
                            "--format \(format): not an installed output format (installed: \(renderer.availableFormats.joined(separator: ", ")))")
                    }
                }
            }
        } catch let failure as InputFailure {
            throw ValidationError(failure.message)
        } catch let error as GraphvizError {
            throw ValidationError(String(describing: error))
        }
    }

    func run() throws {
        // Dataset, export and Graphviz errors print as their description, exit 1.
        try render()
    }

    private func render() throws {
        var options = ProjectionOptions()
        options.from = try from.map { try Self.date($0, option: "--from") }
        options.to = try to.map { try Self.date($0, option: "--to") }
        options.kinds = try kinds.map(Self.kindSet)
        options.tracks = try tracks.map(Self.trackSet)
        let edgeLabelParts = try Self.edgeLabelParts(edgeLabels)
        options.includeAffiliations = affiliations
        options.includeIsolatedActors = affiliations

        let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: input))
        let network = dataset.project(options)

        var style = DiagramStyle()
        style.labels =
            switch labels {
            case .en: .english
            case .ar: .arabic
            case .both: .both
            }
        style.clusterBy = clusterBy.map { _ in .country }
        style.edgeLabels = edgeLabelParts
        style.showLegend = !noLegend
        if let sizeBy {
            style.nodeScores = try Self.sizeScores(named: sizeBy, network: network)
            style.nodeScoreName = sizeBy
        }
        let dot = try DOTWriter(style: style).write(network, dataset: dataset)

        let bytes: Data
        if dotOnly {
            bytes = Data(dot.utf8)
        } else {
            let outputFormat = format.map(OutputFormat.init(name:)) ?? OutputFormat(pathExtension: output) ?? .svg
            let renderer = try GraphvizRenderer()
            bytes = try renderer.render(dot: dot, layout: LayoutEngine(name: layout), format: outputFormat)
        }
        try write(bytes)
    }

    private func write(_ bytes: Data) throws {
        if output == "-" {
            FileHandle.standardOutput.write(bytes)
            return
        }
        do {
            try bytes.write(to: URL(fileURLWithPath: output))
        } catch {
            throw InputFailure("\(output): cannot write the file: \((error as NSError).localizedDescription)")
        }
    }

    static func date(_ text: String, option: String) throws -> PartialDate {
        guard let date = PartialDate(iso: text) else {
            throw InputFailure("\(option): \"\(text)\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return date
    }

    static func kindSet(_ list: String) throws -> Set<InteractionKind> {
        var result = Set<InteractionKind>()
        for word in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            let kind = InteractionKind(rawValue: word)
            guard !kind.isCustom else {
                let known = InteractionKind.known.map(\.rawValue).joined(separator: ", ")
                throw InputFailure("--kinds: unknown interaction kind \"\(word)\" (known: \(known))")
            }
            result.insert(kind)
        }
        return result
    }

    static func trackSet(_ list: String) throws -> Set<ChannelTrack> {
        var result = Set<ChannelTrack>()
        for word in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let track = ChannelTrack(rawValue: word) else {
                let known = ChannelTrack.allCases.map(\.rawValue).joined(separator: ", ")
                throw InputFailure("--tracks: unknown channel track \"\(word)\" (known: \(known))")
            }
            result.insert(track)
        }
        return result
    }

    static func edgeLabelParts(_ list: String) throws -> DiagramStyle.EdgeLabelParts {
        var parts: DiagramStyle.EdgeLabelParts = []
        for word in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            switch word {
            case "none": continue
            case "kind": parts.insert(.kind)
            case "date": parts.insert(.date)
            default: throw InputFailure("--edge-labels: unknown part \"\(word)\" (use none, kind, date)")
            }
        }
        return parts
    }
}

extension RenderCommand {
    /// One value per node of `network.graph` for `--size-by`: any score that
    /// `actorgraph scores` computes, on the network as drawn (brokerage: the total
    /// count, actors grouped by country). Undefined values size as 0.
    ///
    /// - Throws: ``InputFailure`` for an unknown name, listing the known ones, or a
    ///   score that did not converge.
    static func sizeScores(named name: String, network: ProjectedNetwork) throws -> [Double] {
        guard let score = ScoreName(rawValue: name) else {
            throw InputFailure(
                "--size-by: unknown score \"\(name)\" (known: \(ScoreName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let scores = NodeScores(
            graph: network.graph, weighted: false, groups: network.actors.map { $0.country?.rawValue }, only: [score])
        if let failure = scores.failures[score] { throw InputFailure("--size-by \(name): \(failure)") }
        if score == .brokerage, let roles = scores.brokerage { return roles.raw.total.map(Double.init) }
        guard let values = scores.values[score] else {
            throw InputFailure("--size-by \(name): not defined for this network")
        }
        return values.map { $0 ?? 0 }
    }
}
