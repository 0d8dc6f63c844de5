import ActorGraph
import ActorGraphviz
import ArgumentParser
import Foundation

/// `actorgraph render`: draws a network with Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a network as SVG, PNG, PDF, JSON, xdot or DOT.",
        discussion: """
            INPUT is a dataset, an edge list (+ node table), a Gephi CSV pair or GraphML. \
            Nodes are shaped by actor kind and filled by country (colour-blind-safe \
            Okabe–Ito palette); lines are coloured by interaction kind and dashed by \
            channel track (official solid, track 1.5 dashed, track 2 dotted); thicker \
            lines carry more contacts. A legend explains all of it. A graph file is drawn \
            with what its attributes give: `kind` and `country` node attributes, labels \
            from `label` or `name`, and the tie attributes ActorGraph writes.

            Exit status: 0 on success, 1 on bad input (unreadable or invalid file, a name \
            Graphviz cannot carry, a Graphviz error), 2 on usage errors.

            --windows 2021,2022,2023,2025 draws one diagram per window into the folder -o \
            names (WINDOW.EXT, created when missing), every actor at the same place in each: \
            the union of the windows is laid out once and each window drawn with its actors' \
            positions pinned (Graphviz's neato -n2), on one canvas, countries in the same \
            colours; an actor without a contact in a window is absent there and leaves its \
            place empty (affiliation ties join only the actors present). With --dot-only, each \
            window's DOT carries the pinned positions (draw it with `neato -n2`). See \
            Guides/Diagrams.md.

            Example: actorgraph render seeds/backchannel.json -o backchannel.svg
            """)

    @OptionGroup var inputArguments: InputArguments

    @OptionGroup var projection: ProjectionArguments

    @Option(name: .shortAndLong, help: "Where to write the diagram; '-' for standard output.")
    var output: String

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi or another installed one.", transform: LayoutEngine.init(name:))
    var layout: LayoutEngine = .dot

    @Option(help: "Output format (svg, png, pdf, json, xdot, dot, …). Default: from the output's extension, else svg.", transform: OutputFormat.init(name:))
    var format: OutputFormat?

    @Option(name: .customLong("size-by"), help: "Size nodes by a score: \(ScoreName.known).", transform: ArgumentValue.score)
    var sizeBy: ScoreName?

    @Option(name: .customLong("cluster-by"), help: "Group nodes in boxes by a node attribute: country, kind, or any attribute of a graph file.")
    var clusterBy: String?

    @Option(help: "Node labels: en, ar or both.")
    var labels: LabelChoice = .en

    @Option(name: .customLong("edge-labels"), help: "Label lines with: none, kind, date or kind,date.", transform: RenderCommand.edgeLabelParts)
    var edgeLabels: DiagramStyle.EdgeLabelParts = []

    @Flag(
        inversion: .prefixedNo,
        help: "For a dataset: also draw affiliation ties (person to institution, institution to parent) and actors without contacts.")
    var affiliations = true

    @Option(help: "A title above the diagram.")
    var title: String?

    @Flag(name: .customLong("no-legend"), help: "Leave out the legend.")
    var noLegend = false

    @Flag(name: .customLong("dot-only"), help: "Write the DOT text without running Graphviz.")
    var dotOnly = false

    @Option(help: "One diagram per window, comma-separated (YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO), every actor at the same place in each; -o names a folder.", transform: TimelineCommand.periods)
    var windows: [TimeWindow]?

    @Option(help: "Stop the layout after this many seconds (exit 1, nothing written). The layout then runs in a child process.")
    var timeout: Double?

    @Flag(help: "Show no progress on standard error (shown only on a terminal, once the layout has taken a second).")
    var quiet = false

    enum LabelChoice: String, ExpressibleByArgument, CaseIterable {
        case en, ar, both

        var labels: DiagramStyle.Labels {
            switch self {
            case .en: .english
            case .ar: .arabic
            case .both: .both
            }
        }
    }

    /// The output format: `--format`, else the output's extension, else SVG.
    var outputFormat: OutputFormat {
        format ?? (windows == nil ? OutputFormat(pathExtension: output) : nil) ?? .svg
    }

    /// The files written: the output, or one per window in the folder it names.
    var outputPaths: [String] {
        guard let windows else { return [output] }
        var folder = output
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return windows.map { (folder == "/" ? "" : folder) + "/" + fileName(of: $0) }
    }

    /// A window's file name: `2021.svg`, `2021-03_2022-02.svg`.
    func fileName(of window: TimeWindow) -> String {
        let name = window.from == window.to ? window.from.description : "\(window.from)_\(window.to)"
        return name + "." + (dotOnly ? "dot" : outputFormat.name)
    }

    /// Checks the engine and format against the installed Graphviz before any file
    /// is read, so that a bad value is a usage error (exit 2) naming the option.
    func validate() throws {
        if let timeout, !(timeout > 0) || !timeout.isFinite {
            throw ValidationError("--timeout must be a number of seconds above 0")
        }
        if let windows {
            if projection.from != nil || projection.to != nil {
                throw ValidationError("--from/--to do not apply with --windows: the windows set the dates")
            }
            if clusterBy != nil {
                throw ValidationError("--cluster-by does not combine with --windows: a cluster's box cannot stay in place when its members come and go")
            }
            if timeout != nil { throw ValidationError("--timeout does not apply to --windows") }
            if output == "-" { throw ValidationError("--windows writes one file per window: give -o a folder") }
            if Set(windows.map(fileName(of:))).count < windows.count {
                throw ValidationError("--windows names a window twice")
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
                throw ValidationError("-o \(output): is a file; --windows writes one file per window into a folder")
            }
        } else {
            try projection.checkCertainHasBounds()
        }
        let source = try inputArguments.source()
        do {
            // The node table picked up beside an edge list is an input too.
            try OutputFiles.checkDistinct(outputs: outputPaths, from: [source.path] + (source.nodesPath.map { [$0] } ?? []))
        } catch {
            throw ValidationError(error.description)
        }
        if !dotOnly, clusterBy != nil || timeout != nil {
            // These layouts run in the Graphviz program: check it is there before reading anything.
            do { _ = try GraphvizProgram() } catch { throw ValidationError(error.description) }
        }
        guard !dotOnly else { return }
        do {
            try GraphvizRenderer().check(layout: layout, format: outputFormat)
        } catch .unknownLayoutEngine(let name, let available) {
            throw ValidationError("--layout \(name): not an installed layout engine (installed: \(available.joined(separator: ", ")))")
        } catch .unknownFormat(let name, let available) {
            throw ValidationError("--format \(name): not an installed output format (installed: \(available.joined(separator: ", ")))")
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        // In a window, an actor without a contact there is absent (its place stays
        // empty); affiliations then tie only the actors present.
        let options = projection.options(affiliations: affiliations, isolates: affiliations && windows == nil)
        var datasetOnly = datasetOnlyFlags(options).filter { $0 != "--affiliations" }
        if windows != nil { datasetOnly.append("--windows") }
        let input = try CommandInput.load(inputArguments.source(), options: options, setByUser: datasetOnly)
        if let windows, case .dataset(let dataset) = input.loaded {
            try renderWindows(windows, dataset: dataset, options: options, input: input)
            return
        }
        let network = input.network
        warnAboutLargeInteractions(network)
        try renderOne(network, style: try style(for: network, input: input))
    }

    /// The diagram style the options describe, for one network.
    private func style(for network: ProjectedNetwork, input: CommandInput) throws -> DiagramStyle {
        var style = DiagramStyle()
        style.labels = labels.labels
        if let clusterBy {
            guard network.groups(by: clusterBy) != nil else {
                let known = network.nodeAttributeNames
                throw InputFailure(
                    "--cluster-by \(clusterBy): no node has this attribute (\(known.isEmpty ? "the nodes have no attributes" : "known: " + known.joined(separator: ", ")))")
            }
            style.clusterBy = DiagramStyle.Clustering(attribute: clusterBy)
        }
        style.edgeLabels = edgeLabels
        style.showLegend = !noLegend
        style.title = title
        if let sizeBy {
            var temporal: TemporalNetwork?
            if ScoreName.temporal.contains(sizeBy) {
                guard let dataset = input.loaded.dataset else {
                    throw ValidationError("--size-by \(sizeBy.rawValue): temporal scores need a dataset's dated interactions")
                }
                temporal = TemporalNetwork(network: network, interactions: dataset.interactions)
            }
            style.nodeScores = try Self.sizeScores(sizeBy, network: network, groups: input.groups(by: nil), temporal: temporal)
            style.nodeScoreName = sizeBy.rawValue
        }
        Self.adaptToSize(&style, network: network, layout: layout, timeout: timeout)
        return style
    }

    /// The one rule for drawing a large network (`render` and `report`): lines
    /// drawn straight (on the force-directed engines, overlaps removed by
    /// `overlap`), and a warning that names the size and what makes the layout
    /// faster.
    ///
    /// - Parameters:
    ///   - overlap: Graphviz's overlap removal: `scale` (render: seconds,
    ///     but a drawing millions of points wide whose nodes are dots at full
    ///     view), `prism` (report: a compact drawing to pan and zoom; 5,000 actors
    ///     with sfdp, 11 s instead of 2 s).
    ///   - large: whether the network counts as large. `nil` (render): straight
    ///     lines on a force-directed engine above ``largeNodeCount`` nodes, the
    ///     warning above ``largeNodeCount`` nodes or ``largeTieCount`` ties.
    ///     `true` (report, by its own limits): straight lines on every engine and
    ///     the warning; `false`: neither.
    static func adaptToSize(
        _ style: inout DiagramStyle, network: ProjectedNetwork, layout: LayoutEngine, timeout: Double?, overlap: String = "scale",
        large: Bool? = nil
    ) {
        let forceDirected = [.sfdp, .neato, .fdp].contains(layout)
        if large ?? (forceDirected && network.nodes.count > largeNodeCount) {
            // On thousands of nodes overlap=false (Voronoi adjustment) and spline routing
            // around nodes take minutes; scaling and straight lines take seconds
            // (3,000 nodes with sfdp: over 60 s with splines, 3 s without).
            if forceDirected { style.graphAttributes["overlap"] = .string(overlap) }
            style.graphAttributes["splines"] = "false"
        }
        if large ?? (network.nodes.count > largeNodeCount || network.ties.count > largeTieCount) {
            printError(
                "warning: a large network (\(network.nodes.count) nodes, \(network.ties.count) ties): the layout may take long\(layout == .dot ? "; --layout sfdp is faster on large graphs" : "")\(timeout == nil ? "; --timeout SECONDS stops it" : "")")
        }
    }

    /// One diagram per window, every actor pinned at its place in the union's
    /// layout, written together into the output folder.
    private func renderWindows(_ windows: [TimeWindow], dataset: Dataset, options: ProjectionOptions, input: CommandInput)
        throws
    {
        let networks = dataset.project(windows: windows, options: options)
        for network in networks { warnAboutLargeInteractions(network) }
        var diagrams: [Diagram] = []
        for (window, network) in zip(windows, networks) {
            let windowInput = CommandInput(loaded: input.loaded, network: network)
            var style = try style(for: network, input: windowInput).sharingCountryColors(across: networks)
            style.title = title.map { "\($0), \(window)" } ?? window.description
            diagrams.append(try Diagram(network: network, style: style))
        }
        let renderer = try GraphvizRenderer()
        var files: [(path: String, data: Data)] = []
        let paths = outputPaths
        let rendered: [(data: Data, warnings: [String])] = try ProgressDisplay.spinning("layout", quiet: quiet) {
            let pinned = try renderer.pinnedLayout(of: diagrams, layout: layout)
            return try diagrams.indices.map { index in
                if dotOnly {
                    guard let diagram = pinned.pinnedDiagram(index) else { return (Data(), []) }
                    return (Data(try DOTEncoder().encode(diagram).utf8), [])
                }
                return try renderer.render(pinned, diagram: index, format: outputFormat)
            }
        }
        for (index, result) in rendered.enumerated() {
            for warning in Set(result.warnings).sorted() { printError("warning: Graphviz (\(windows[index])): " + warning) }
            files.append((paths[index], result.data))
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw InputFailure("-o \(output): cannot create the folder (\((error as NSError).localizedDescription))")
        }
        try OutputFiles.write(files)
        for (network, path) in zip(networks, paths) {
            print("\(path): \(network.graph.nodeCount) actors, \(network.graph.edgeCount) ties")
        }
    }

    /// One diagram of the network, written to the output.
    private func renderOne(_ network: ProjectedNetwork, style: DiagramStyle) throws {
        let diagram = try Diagram(network: network, style: style)
        if dotOnly {
            try write(Data(try DOTEncoder().encode(diagram).utf8))
            return
        }
        let (bytes, warnings) = try ProgressDisplay.spinning("layout", quiet: quiet) {
            try GraphvizRenderer().render(diagram, layout: layout, format: outputFormat, timeout: timeout)
        }
        for warning in warnings { printError("warning: Graphviz: " + warning) }
        try write(bytes)
    }

    /// Standard output for `-`, else the file, written atomically: a failure
    /// leaves an existing file as it was.
    private func write(_ bytes: Data) throws {
        if output == "-" {
            FileHandle.standardOutput.write(bytes)
            return
        }
        try OutputFiles.write(bytes, to: output)
    }

    /// Above this many nodes (ties), `render` warns and the force-directed engines
    /// scale instead of removing overlaps.
    static let largeNodeCount = 2_000
    static let largeTieCount = 10_000

    static func edgeLabelParts(_ list: String) throws -> DiagramStyle.EdgeLabelParts {
        var parts: DiagramStyle.EdgeLabelParts = []
        for word in ArgumentValue.words(list) {
            switch word {
            case "none": continue
            case "kind": parts.insert(.kind)
            case "date": parts.insert(.date)
            default: throw ValidationError("unknown part \"\(word)\" (use none, kind, date)")
            }
        }
        return parts
    }

    /// One value per node for `--size-by`: any score that `actorgraph scores`
    /// computes, on the network as drawn (brokerage and temporal brokerage: the
    /// total count, grouped as `scores` groups by default; temporal scores in
    /// certain order, from `temporal`). Undefined values size as 0.
    ///
    /// - Throws: ``InputFailure`` for a score that did not converge or is not
    ///   defined for this network.
    static func sizeScores(_ score: ScoreName, network: ProjectedNetwork, groups: [String?]?, temporal: TemporalNetwork? = nil)
        throws -> [Double]
    {
        let scores = NodeScores(graph: network.graph, weighted: false, groups: groups, only: [score], temporal: temporal)
        if let failure = scores.failures[score] { throw InputFailure("--size-by \(score.rawValue): \(failure)") }
        if score == .brokerage, let roles = scores.brokerage { return roles.raw.total.map(Double.init) }
        if score == .temporalBrokerage, let roles = scores.temporalBrokerage { return roles.raw.total.map(Double.init) }
        guard let values = scores.values[score] else {
            throw InputFailure("--size-by \(score.rawValue): not defined for this network")
        }
        return values.map { $0 ?? 0 }
    }
}
