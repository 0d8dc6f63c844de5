import ActorGraph
import ActorGraphviz
import ArgumentParser
import Foundation

/// `actorgraph report DATASET -o report.html`: one offline HTML page with the
/// diagram, search, filters, a time slider, provenance and the score table.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: diagram, search, filters, time slider, provenance, scores.",
        discussion: """
            The page needs no network: its diagram (laid out by Graphviz and drawn as \
            `render` draws it), its data, style and code are all inside the file, and its \
            Content-Security-Policy forbids every remote load. Open it in any browser; it \
            prints with a print stylesheet.

            In the page: pan and zoom the diagram (wheel, drag, buttons, arrow keys, + and \
            -, 0 to fit); search English names and Arabic aliases (normalised as the \
            resolver normalises: diacritics, hamza and alef forms do not matter); filter \
            by kind, track, disclosure and status and by a time range; click an actor or a \
            tie for its details and provenance; sort the score table by any column. The \
            table shows the scores of the network the filters leave: with no filter, \
            those `actorgraph scores DATASET` prints (computed here); with filters, \
            computed in the page by the same algorithms, equal to `actorgraph scores` \
            with the same --kinds, --tracks, --disclosures, --statuses, --from and --to.

            --documents DIR embeds the cited paragraphs' text (right to left, the actors' \
            names marked), read from the documents the sources cite, as `verify` reads them.

            Exit status: 0 on success, 1 on bad input (unreadable or invalid dataset, an \
            unreadable documents folder, a Graphviz error), 2 on usage errors.

            Example: actorgraph report seeds/backchannel.json -o report.html --documents ../shared/seeds
            """)

    @Argument(help: "The dataset (JSON).")
    var dataset: String

    @Option(name: .shortAndLong, help: "Where to write the page (.html).")
    var output: String

    @Option(help: "The folder holding the cited documents: their cited paragraphs are shown with each tie.")
    var documents: String?

    @Option(name: .long, help: "Paragraph rule of the documents: lines (each non-blank line) or blocks (blank-line separated).")
    var paragraphs: MentionsCommand.Paragraphs = .lines

    @Option(help: "The page's title (default: the dataset's file name).")
    var title: String?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi or another installed one (default: dot; sfdp above 2,000 actors or 2,000 ties).", transform: LayoutEngine.init(name:))
    var layout: LayoutEngine?

    @Option(help: "Names shown: en, ar or both (en: the page shows no Arabic; its data keeps the aliases, so Arabic search still works).")
    var labels: RenderCommand.LabelChoice = .both

    @Option(help: "Stop the layout after this many seconds (exit 1, nothing written).")
    var timeout: Double?

    @Option(
        name: .customLong("assets-from"),
        help: ArgumentHelp("Read the page's skeleton, style and scripts from this folder instead of the built-in ones (for editing the page).", visibility: .hidden))
    var assetsFrom: String?

    @Flag(help: "Show no progress on standard error (shown only on a terminal, once the work has taken a second).")
    var quiet = false

    func validate() throws {
        if let timeout, !(timeout > 0) || !timeout.isFinite {
            throw ValidationError("--timeout must be a number of seconds above 0")
        }
        do {
            let assets = assetsFrom.map { folder in ReportAssets.fileNames.map { folder + "/" + $0 } } ?? []
            try OutputFiles.checkDistinct(outputs: [output], from: [dataset] + assets)
        } catch {
            throw ValidationError(error.description)
        }
        if output == "-" { throw ValidationError("-o: give a file name; the page is written atomically to a file") }
        do {
            try GraphvizRenderer().check(layout: layout ?? .dot, format: .svg)
        } catch .unknownLayoutEngine(let name, let available) {
            throw ValidationError("--layout \(name): not an installed layout engine (installed: \(available.joined(separator: ", ")))")
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let assets = try assetsFrom.map { path throws(ReportError) in try ReportAssets.load(from: URL(fileURLWithPath: path)) }
            ?? .embedded
        let dataset = try loadDataset(self.dataset, for: "report", directed: false)
        let texts = try readDocuments(of: dataset)

        // The diagram: the whole dataset, as `render` draws it by default.
        let drawn = dataset.project(ProjectionOptions(includeAffiliations: true, includeIsolatedActors: true))
        warnAboutLargeInteractions(drawn)
        // A large network is laid out by sfdp unless --layout says otherwise, its
        // ties straight (splines=false: routing thousands of splines takes minutes
        // with dot or sfdp); the page then draws them itself, from the tie list,
        // which keeps it small.
        let large = drawn.nodes.count > RenderCommand.largeNodeCount || drawn.ties.count > Self.largeTieCount
        let layout = self.layout ?? (large ? .sfdp : .dot)
        var style = DiagramStyle()
        style.labels = labels.labels
        RenderCommand.adaptToSize(&style, network: drawn, layout: layout, timeout: timeout, overlap: "prism", large: large)
        let diagram = try ReportDiagram(network: drawn, dataset: dataset, style: style, pageDrawsTies: large)
        let (svg, warnings) = try ProgressDisplay.spinning("layout", quiet: quiet) {
            try GraphvizRenderer().render(diagram.diagram, layout: layout, format: .svg, timeout: timeout)
        }
        for warning in warnings { printError("warning: Graphviz: " + warning) }

        // The scores `actorgraph scores DATASET --format json` prints.
        let network = dataset.project(ProjectionOptions())
        let scores = ProgressDisplay.scores(
            graph: network.graph, weighted: false, groups: network.groups(by: "country"), only: ScoreName.standard,
            convergence: .standard, quiet: quiet)
        let names = network.nodes.map(\.label)
        let order = try ScoreReport(scores: scores, labels: names).order()

        let report = HTMLReport(
            dataset: dataset, datasetName: URL(fileURLWithPath: self.dataset).lastPathComponent, diagram: diagram,
            svg: String(decoding: svg, as: UTF8.self), scores: scores, scoreLabels: names, scoreOrder: order, documents: texts,
            title: title ?? URL(fileURLWithPath: self.dataset).lastPathComponent, labels: labels.labels, assets: assets)
        let page = Data(try report.html().utf8)
        try OutputFiles.write(page, to: output)
        let paragraphCount = texts.isEmpty ? "" : ", cited paragraphs from \(texts.count) documents"
        print("\(output): \(dataset.actors.count) actors, \(dataset.interactions.count) interactions\(paragraphCount), \(page.count) bytes")
    }

    /// Above this many ties (or render's node limit) the report's diagram is
    /// large: sfdp by default, straight ties drawn by the page. A 500-actor
    /// network with 4,386 ties took over 9 minutes with dot and over 50 s with
    /// sfdp and splines; with straight lines, seconds.
    static let largeTieCount = 2_000

    /// The cited documents in `--documents`, by the name the sources cite. A
    /// cited document missing from the folder, a name that would leave the
    /// folder (`/`, `..`, absolute: never read, since the page is shared), and a
    /// cited paragraph beyond a document's end are each named in a warning.
    private func readDocuments(of dataset: Dataset) throws -> [String: TextDocument] {
        guard let documents else { return [:] }
        let folder = URL(fileURLWithPath: documents, isDirectory: true)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw InputFailure("--documents \(documents): not a folder")
        }
        var texts: [String: TextDocument] = [:]
        var missing: [String] = []
        var outside: [String] = []
        for name in SourceVerifier(dataset: dataset).citedDocuments {
            if name.isEmpty || name.hasPrefix("/") || name.contains("/") || name.contains("\\") || name == "." || name == ".." {
                outside.append(name)
                continue
            }
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                missing.append(name)
                continue
            }
            if url.standardizedFileURL.path == URL(fileURLWithPath: output).standardizedFileURL.path {
                throw ValidationError("-o \(output): is the cited document \(name); give the page another name")
            }
            texts[name] = try TextDocument.load(contentsOf: url, rule: paragraphs.rule)
        }
        if !outside.isEmpty {
            printError("warning: --documents: not read: \(outside.count) cited document name\(outside.count == 1 ? "" : "s") that would leave the folder (\(outside.map { "\"\($0)\"" }.joined(separator: ", "))); their ties show paragraph numbers only")
        }
        if !missing.isEmpty {
            printError("warning: --documents \(documents): no file for \(missing.count) cited document\(missing.count == 1 ? "" : "s") (\(missing.joined(separator: ", "))); their ties show paragraph numbers only")
        }
        var beyond: [String] = []
        for interaction in dataset.interactions {
            for source in interaction.sources {
                guard let text = texts[source.document] else { continue }
                for number in source.paragraphs where text.paragraph(number) == nil {
                    beyond.append("\(interaction.id): \(source.document) ¶\(number) (\(text.paragraphs.count) paragraphs)")
                }
            }
        }
        if !beyond.isEmpty {
            printError("warning: cited paragraphs beyond their document's end, shown as numbers only: " + beyond.joined(separator: "; "))
        }
        return texts
    }
}
