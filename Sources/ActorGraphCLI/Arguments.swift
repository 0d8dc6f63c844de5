import ActorGraph
import ArgumentParser
import Foundation

// Option values parsed once, where the option is declared: a bad value is a usage
// error (exit 2) naming the option, and commands receive typed values.

extension NetworkFormat: ExpressibleByArgument {}
extension ProjectionOptions.LargeInteractionRule: ExpressibleByArgument {}

/// Tells the user which interactions were over the size limit and how they were
/// projected (see ``ProjectionOptions/largeInteractions``).
func warnAboutLargeInteractions(_ network: ProjectedNetwork) {
    let ids = network.largeInteractions
    guard !ids.isEmpty else { return }
    let rule: String =
        switch network.options.largeInteractions {
        case .clique: "projected as cliques (every pair)"
        case .star: "projected as stars on their initiators (left out without one)"
        case .omit: "left out"
        }
    let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
    printError(
        "warning: \(ids.count) interaction\(ids.count == 1 ? "" : "s") with more than \(network.options.largeInteractionLimit) participants \(rule): \(shown); --large-meetings clique|star|omit chooses")
}

/// Parsers for comma-separated option values, used as `@Option(transform:)`.
enum ArgumentValue {
    /// A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func date(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(iso: text) else {
            throw ValidationError("\"\(text)\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return date
    }

    /// The words of a comma-separated list, trimmed, empty words left out.
    static func words(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A set of known interaction kinds.
    static func interactionKinds(_ list: String) throws -> Set<InteractionKind> {
        try set(list, known: InteractionKind.known.map(\.rawValue)) { word in
            let kind = InteractionKind(rawValue: word)
            return kind.isCustom ? nil : kind
        }
    }

    /// A set of channel tracks.
    static func tracks(_ list: String) throws -> Set<ChannelTrack> {
        try set(list, known: ChannelTrack.allCases.map(\.rawValue), ChannelTrack.init(rawValue:))
    }

    /// A set of interaction statuses.
    static func statuses(_ list: String) throws -> Set<InteractionStatus> {
        try set(list, known: InteractionStatus.allCases.map(\.rawValue), InteractionStatus.init(rawValue:))
    }

    /// A set of disclosures.
    static func disclosures(_ list: String) throws -> Set<Disclosure> {
        try set(list, known: Disclosure.allCases.map(\.rawValue), Disclosure.init(rawValue:))
    }

    /// A set of actor kinds.
    static func actorKinds(_ list: String) throws -> Set<ActorKind> {
        try set(list, known: ActorKind.allCases.map(\.rawValue), ActorKind.init(rawValue:))
    }

    /// A list of score names, in the order given.
    static func scores(_ list: String) throws -> [ScoreName] {
        do {
            let names = try ScoreName.parseList(list)
            guard !names.isEmpty else {
                throw ValidationError("name at least one score (known: \(ScoreName.known))")
            }
            return names
        } catch let error as ScoreSelectionError {
            throw ValidationError(error.description)
        }
    }

    /// One score name.
    static func score(_ word: String) throws -> ScoreName {
        guard let name = ScoreName(rawValue: word) else {
            throw ValidationError("unknown score \"\(word)\" (known: \(ScoreName.known))")
        }
        return name
    }

    private static func set<Element: Hashable>(
        _ list: String, known: [String], _ parse: (String) -> Element?
    ) throws -> Set<Element> {
        var result = Set<Element>()
        let words = words(list)
        guard !words.isEmpty else { throw ValidationError("name at least one of: \(known.joined(separator: ", "))") }
        for word in words {
            guard let value = parse(word) else {
                throw ValidationError("unknown value \"\(word)\" (known: \(known.joined(separator: ", ")))")
            }
            result.insert(value)
        }
        return result
    }
}

extension ScoreName {
    /// Every score's name, comma-separated, for help and messages.
    static var known: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How one interaction weighs on a tie, as spelled on the command line.
enum WeightingArgument: String, ExpressibleByArgument, CaseIterable {
    case count
    case multiParty = "multi-party"
    case binary

    var weighting: ProjectionOptions.Weighting {
        switch self {
        case .count: .count
        case .multiParty: .multiParty
        case .binary: .binary
        }
    }
}

/// The input file of `scores`, `render` and `summary`: any format ``NetworkSource`` reads.
struct InputArguments: ParsableArguments {
    @Argument(help: "A dataset (.json, .jsonl, or FollowTheMoney .ftm.json), an edge list (.csv), a Gephi edges CSV or GraphML (.graphml).")
    var input: String

    @Option(
        name: .customLong("input-format"),
        help: "The input's format when the extension does not tell: json (also .jsonl), ftm (FollowTheMoney entities, also .ftm.json), csv, gephi, graphml, graphframes (a folder with edges.csv and vertices.csv).")
    var inputFormat: NetworkFormat?

    @Option(help: "The node table of an edge list or Gephi CSV (default: INPUT-nodes.csv beside it, when present).")
    var nodes: String?

    /// The source to read, with the format chosen.
    func source() throws -> NetworkSource {
        do {
            return try NetworkSource(path: input, format: inputFormat, nodesPath: nodes)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// Which interactions and actors a dataset's network is made of, and how they
/// become ties; shared by `scores`, `render` and `convert`.
struct ProjectionArguments: ParsableArguments {
    @Option(help: "Keep interactions on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", transform: ArgumentValue.date)
    var from: PartialDate?

    @Option(help: "Keep interactions on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", transform: ArgumentValue.date)
    var to: PartialDate?

    @Option(
        help: "Keep only these interaction kinds, comma-separated (meeting,call,visit,talks,summit,briefing,message).",
        transform: ArgumentValue.interactionKinds)
    var kinds: Set<InteractionKind>?

    @Option(help: "Keep only these channel tracks, comma-separated (official,track1.5,track2).", transform: ArgumentValue.tracks)
    var tracks: Set<ChannelTrack>?

    @Option(help: "Keep only these statuses, comma-separated (confirmed,reported,denied,planned).", transform: ArgumentValue.statuses)
    var statuses: Set<InteractionStatus>?

    @Option(help: "Keep only these disclosures, comma-separated (secret,unannounced,public).", transform: ArgumentValue.disclosures)
    var disclosures: Set<Disclosure>?

    @Flag(help: "Keep only interactions certainly inside --from…--to (their whole date: \"2023\" is all of 2023), not every one that overlaps it.")
    var certain = false

    @Option(
        name: .customLong("actor-kinds"),
        help: "Keep only actors of these kinds, comma-separated (person,institution,country): others are left out of every interaction.",
        transform: ArgumentValue.actorKinds)
    var actorKinds: Set<ActorKind>?

    @Option(help: "What one interaction adds to a tie: count (1), multi-party (1/(k−1) for k participants) or binary (every tie 1).")
    var weighting: WeightingArgument = .count

    @Flag(help: "Directed ties: a dataset's from each interaction's initiator; an edge list's from source to target.")
    var directed = false

    @Option(
        name: .customLong("large-meetings"),
        help: "How an interaction with more than --large-meeting-limit participants is projected: star (the initiator's ties only; left out without an initiator), clique (every pair) or omit.")
    var largeMeetings: ProjectionOptions.LargeInteractionRule = .star

    @Option(name: .customLong("large-meeting-limit"), help: "The participant count above which --large-meetings applies.")
    var largeMeetingLimit: Int = 200

    func validate() throws {
        if largeMeetingLimit < 2 { throw ValidationError("--large-meeting-limit must be at least 2") }
        if let from, let to, to.lastDay < from.firstDay {
            throw ValidationError("--from \(from) is after --to \(to)")
        }
    }

    /// Refuses `--certain` without `--from` or `--to`, where it would change nothing.
    func checkCertainHasBounds() throws {
        if certain, from == nil, to == nil {
            throw ValidationError("--certain needs --from or --to: it keeps the interactions wholly inside them")
        }
    }

    /// The projection options these arguments describe.
    ///
    /// - Parameters:
    ///   - affiliations: also tie persons to their institutions and institutions to their parents.
    ///   - isolates: make every selected actor a node.
    func options(affiliations: Bool = false, isolates: Bool = false) -> ProjectionOptions {
        var options = ProjectionOptions(
            from: from, to: to, kinds: kinds, tracks: tracks, statuses: statuses, disclosures: disclosures, actorKinds: actorKinds,
            directed: directed, weighting: weighting.weighting, includeAffiliations: affiliations,
            includeIsolatedActors: isolates)
        options.largeInteractions = largeMeetings
        options.largeInteractionLimit = largeMeetingLimit
        options.windowMatch = certain ? .certainly : .possibly
        return options
    }
}

/// The names of the options in `options` that only a dataset can apply
/// (dates, kinds, tracks, statuses, disclosures, actor kinds, weighting, affiliations),
/// as command-line flags, in that order.
///
/// - Parameter options: the options a caller set.
func datasetOnlyFlags(_ options: ProjectionOptions) -> [String] {
    var names: [String] = []
    if options.from != nil { names.append("--from") }
    if options.to != nil { names.append("--to") }
    if options.windowMatch == .certainly { names.append("--certain") }
    if options.kinds != nil { names.append("--kinds") }
    if options.tracks != nil { names.append("--tracks") }
    if options.statuses != nil { names.append("--statuses") }
    if options.disclosures != nil { names.append("--disclosures") }
    if options.actorKinds != nil { names.append("--actor-kinds") }
    if options.weighting != .count { names.append("--weighting") }
    if options.includeAffiliations { names.append("--affiliations") }
    return names
}

/// A network read for a command: what the file held and the network made of it.
struct CommandInput {
    var loaded: LoadedNetwork
    var network: ProjectedNetwork

    /// Reads INPUT and makes its network; options that only a dataset can apply
    /// are refused for a graph file (usage error, exit 2), naming them.
    ///
    /// - Parameters:
    ///   - source: the file.
    ///   - options: the projection.
    ///   - setByUser: the dataset-only options the user set (`--affiliations` is
    ///     not among them when it is a default).
    ///   - countries: for FollowTheMoney input, the dataset whose country actors
    ///     stand for the country codes (`convert --countries`).
    static func load(
        _ source: NetworkSource, options: ProjectionOptions, setByUser: [String], countries: Dataset? = nil
    ) throws -> CommandInput {
        if !source.format.isDataset, !setByUser.isEmpty {
            throw ValidationError(
                "\(setByUser.joined(separator: ", ")) \(setByUser.count == 1 ? "selects" : "select") interactions or actors of a dataset; \(source.path) is a graph (\(source.format.rawValue)) without interactions"
            )
        }
        let loaded = try readNetwork(source, directed: options.directed, countries: countries)
        if case .graph(let graph) = loaded, options.directed, !graph.isDirected, source.format == .graphml {
            throw InputFailure("\(source.path): the graph is undirected (edgedefault); --directed applies to datasets and edge lists")
        }
        return CommandInput(loaded: loaded, network: loaded.network(options))
    }

    /// Group labels per node for brokerage: `attribute`, by default `country`
    /// (for a dataset, or a graph file whose nodes have a `country` attribute).
    ///
    /// - Throws: ``InputFailure`` naming the attributes there are when no node has
    ///   the attribute asked for.
    func groups(by attribute: String?) throws -> [String?]? {
        let name = attribute ?? "country"
        if let groups = network.groups(by: name) { return groups }
        if attribute == nil { return nil }
        let known = network.nodeAttributeNames
        throw InputFailure(
            "no node attribute \"\(name)\" to group by (\(known.isEmpty ? "the nodes have no attributes" : "known: " + known.joined(separator: ", ")))")
    }
}

/// Reads the dataset a command that needs one (`timeline`, `reach`) is given;
/// a graph file is a usage error (exit 2) naming the command.
///
/// - Parameters:
///   - path: the file.
///   - command: the command's name, for the message.
///   - directed: how an edge list would be read (datasets ignore it).
func loadDataset(_ path: String, for command: String, directed: Bool) throws -> Dataset {
    let source: NetworkSource
    do {
        source = try NetworkSource(path: path, format: nil, nodesPath: nil)
    } catch {
        throw ValidationError(error.description)
    }
    guard source.format.isDataset else {
        throw ValidationError(
            "\(command) needs a dataset (.json, .jsonl or .ftm.json) with dated interactions; \(path) is a graph (\(source.format.rawValue))")
    }
    return try readDataset(at: source.path, ftm: source.format == .ftm)
}

/// Reads any input ``NetworkSource`` reads; FollowTheMoney through ``readDataset(at:countries:fullReport:ftm:)``,
/// so that what was not mapped is printed.
///
/// - Parameters:
///   - source: the input.
///   - directed: as in ``NetworkSource/load(directed:)``.
///   - countries: for FollowTheMoney, the dataset whose country actors stand for the codes.
func readNetwork(_ source: NetworkSource, directed: Bool = false, countries: Dataset? = nil) throws -> LoadedNetwork {
    guard source.format == .ftm else { return try source.load(directed: directed) }
    return .dataset(try readDataset(at: source.path, countries: countries, ftm: true))
}

/// Reads a dataset file in any dataset format: JSON, JSON Lines or FollowTheMoney.
/// For FollowTheMoney, what ``FtMReader`` could not map or carry is printed on
/// standard error (`note:` lines), so that nothing is left out unseen.
///
/// - Parameters:
///   - path: the file.
///   - countries: for FollowTheMoney, the dataset whose country actors stand for
///     the country codes.
///   - fullReport: also print the line saying what was read (convert does).
///   - ftm: whether the file holds FollowTheMoney entities; `nil` to tell by its
///     name (`.ftm.json`, `.ftm.jsonl`).
func readDataset(at path: String, countries: Dataset? = nil, fullReport: Bool = false, ftm: Bool? = nil) throws -> Dataset {
    let url = URL(fileURLWithPath: path)
    guard ftm ?? FtMReader.isFtM(path) else { return try DatasetLoader.load(contentsOf: url) }
    let result = try FtMReader.read(contentsOf: url, countries: countries)
    for (index, line) in result.report.lines.enumerated() where fullReport || index > 0 {
        FileHandle.standardError.write(Data("\(path): \(index == 0 ? "" : "note: ")\(line)\n".utf8))
    }
    return result.dataset
}

/// A failure caused by the user's input, reported with exit code 1.
struct InputFailure: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("actorgraph: " + message + "\n").utf8))
}
