/// A network ready for scores and outputs: the compact graph the algorithms run
/// on, what each node is, and each tie with the summary of the interactions
/// behind it.
///
/// A network comes from projecting a dataset (``Dataset/project(_:)``) or from
/// a graph file (``init(graph:)``, through ``NetworkSource``). Node `i` of
/// ``graph`` is ``nodes``[i] (and, for a dataset projection, ``actors``[i]);
/// ``ties`` lists each tie once with its ``TieSummary``, computed once here and
/// read by every exporter.
public struct ProjectedNetwork: Sendable {
    /// One tie of the projection.
    public struct Tie: Sendable, Hashable {
        /// The source node's index; for an undirected network `source < target`.
        public var source: Int
        /// The target node's index.
        public var target: Int
        /// The tie's weight under the projection's weighting.
        public var weight: Double
        /// Indices into the dataset's ``Dataset/interactions`` that made the tie, in
        /// dataset order (empty for a network read from a graph file).
        public var interactions: [Int]
        /// Whether the tie comes from an affiliation or parent link rather than an interaction.
        public var isAffiliation: Bool
        /// What the tie's interactions add up to: kinds, tracks, statuses, dates, ids, count.
        public var summary: TieSummary

        /// Creates a tie; each parameter sets the property of the same name.
        public init(
            source: Int, target: Int, weight: Double, interactions: [Int] = [], isAffiliation: Bool = false,
            summary: TieSummary = TieSummary()
        ) {
            self.source = source
            self.target = target
            self.weight = weight
            self.interactions = interactions
            self.isAffiliation = isAffiliation
            self.summary = summary
        }
    }

    /// The compact graph (node indices are positions in ``nodes``).
    public let graph: CompactGraph
    /// What each node is: id, labels, kind, country and attributes.
    public let nodes: [NetworkNode]
    /// The actor of each node for a dataset projection; empty for a network read
    /// from a graph file, whose nodes are described by ``nodes`` alone.
    public let actors: [Actor]
    /// Every tie once, ordered by source then target.
    public let ties: [Tie]
    /// The options the network was projected with (for a graph file: only
    /// ``ProjectionOptions/directed`` is meaningful).
    public let options: ProjectionOptions
    /// Display names of countries, from the dataset's country actors (`Russia`
    /// for `RU`), for legends and cluster titles.
    public let countryNames: [CountryCode: String]
    /// The ids of the selected interactions with more participants than
    /// ``ProjectionOptions/largeInteractionLimit``, projected by
    /// ``ProjectionOptions/largeInteractions``, in dataset order.
    public let largeInteractions: [String]
    /// Whether affiliation ties may be present (a dataset projected with
    /// ``ProjectionOptions/includeAffiliations``, or a file with an `affiliation`
    /// tie attribute).
    public let hasAffiliationTies: Bool

    /// Creates a network from its parts.
    ///
    /// - Parameters:
    ///   - graph: the compact graph; its node `i` is `nodes[i]`.
    ///   - nodes: one description per node of `graph`.
    ///   - actors: the actor of each node, or empty.
    ///   - ties: each tie of `graph` once, ordered by source then target.
    ///   - options: the projection options.
    ///   - countryNames: country display names.
    ///   - hasAffiliationTies: whether ties may be affiliations.
    ///   - largeInteractions: the ids of interactions over the size limit.
    public init(
        graph: CompactGraph, nodes: [NetworkNode], actors: [Actor] = [], ties: [Tie],
        options: ProjectionOptions = ProjectionOptions(), countryNames: [CountryCode: String] = [:],
        hasAffiliationTies: Bool = false, largeInteractions: [String] = []
    ) {
        self.largeInteractions = largeInteractions
        self.graph = graph
        self.nodes = nodes
        self.actors = actors
        self.ties = ties
        self.options = options
        self.countryNames = countryNames
        self.hasAffiliationTies = hasAffiliationTies
    }

    /// A group label per node from a node attribute (`country`, `kind` or any
    /// attribute a file gives), for brokerage and clusters; `nil` when no node
    /// has the attribute.
    ///
    /// - Parameter attribute: the attribute's name.
    /// - Returns: one value per node (`nil` where a node lacks it), or `nil`.
    /// - Complexity: O(V).
    public func groups(by attribute: String) -> [String?]? {
        let values = nodes.map { node -> String? in
            guard let value = node.attributes[attribute], !value.isEmpty else { return nil }
            return value
        }
        return values.contains { $0 != nil } ? values : nil
    }

    /// The attribute names some node has, sorted.
    public var nodeAttributeNames: [String] {
        Array(Set(nodes.flatMap(\.attributes.keys))).sorted()
    }
}

extension Dataset {
    /// Projects the interactions onto an actor-to-actor network.
    ///
    /// Each selected interaction ties every pair of its participants (or, when
    /// directed, its initiator to each other participant; see
    /// ``ProjectionOptions/directed``). A multi-party meeting is one interaction,
    /// projected onto all of its pairs.
    ///
    /// Each tie's ``ProjectedNetwork/Tie/summary`` is computed here, once.
    ///
    /// - Parameter options: which interactions and actors count, and how they become ties.
    /// An interaction with more participants than
    /// ``ProjectionOptions/largeInteractionLimit`` is projected by
    /// ``ProjectionOptions/largeInteractions`` (by default only its initiator's
    /// ties) and listed in ``ProjectedNetwork/largeInteractions``.
    ///
    /// - Complexity: O(I · k² + V) for I interactions of at most k participants
    ///   (k at most the limit unless large interactions are cliques).
    public func project(_ options: ProjectionOptions = ProjectionOptions()) -> ProjectedNetwork {
        struct PairKey: Hashable {
            var source: Int
            var target: Int
        }
        var nodeOfActor: [Int: Int] = [:]
        var nodeActors: [Int] = []
        func node(_ actorIndex: Int) -> Int {
            if let existing = nodeOfActor[actorIndex] { return existing }
            nodeOfActor[actorIndex] = nodeActors.count
            nodeActors.append(actorIndex)
            return nodeActors.count - 1
        }
        if options.includeIsolatedActors {
            for index in actors.indices where options.includes(actor: actors[index]) { _ = node(index) }
        }
        var tieWeight: [PairKey: Double] = [:]
        var tieInteractions: [PairKey: [Int]] = [:]
        var largeInteractions: [String] = []

        func add(_ a: Int, _ b: Int, weight: Double, interaction: Int?) {
            guard a != b else { return }
            let key = options.directed || a < b ? PairKey(source: a, target: b) : PairKey(source: b, target: a)
            if interaction == nil {
                // An affiliation ties two actors with weight 1 once; a pair that already
                // has a tie (from interactions, or another affiliation) keeps its weight.
                if tieWeight[key] == nil { tieWeight[key] = 1 }
                return
            }
            switch options.weighting {
            case .count, .multiParty: tieWeight[key, default: 0] += weight
            case .binary: tieWeight[key] = 1
            }
            if let interaction { tieInteractions[key, default: []].append(interaction) }
        }

        for (interactionIndex, interaction) in interactions.enumerated() where options.includes(interaction) {
            var memberActors: [Int] = []
            var seen = Set<Int>()
            for participant in interaction.participants {
                guard let actorIndex = actorIndex(id: participant), options.includes(actor: actors[actorIndex]) else {
                    continue
                }
                if seen.insert(actorIndex).inserted { memberActors.append(actorIndex) }
            }
            guard memberActors.count >= 2 else { continue }
            let initiatorActor = interaction.initiator.flatMap { actorIndex(id: $0) }.flatMap {
                seen.contains($0) ? $0 : nil
            }
            var asStar = false
            if memberActors.count > options.largeInteractionLimit {
                largeInteractions.append(interaction.id)
                switch options.largeInteractions {
                case .clique: break
                case .star:
                    guard initiatorActor != nil else { continue }
                    asStar = true
                case .omit: continue
                }
            }
            let members = memberActors.map(node)
            let weight = options.weighting == .multiParty ? 1 / Double(members.count - 1) : 1
            let initiator = initiatorActor.flatMap { nodeOfActor[$0] }
            if asStar, let hub = initiator {
                // Only the initiator's ties: k − 1 instead of k(k − 1)/2.
                for other in members where other != hub {
                    add(hub, other, weight: weight, interaction: interactionIndex)
                }
                continue
            }
            for i in members.indices {
                for j in members.indices where i < j {
                    let a = members[i]
                    let b = members[j]
                    if options.directed {
                        if a == initiator {
                            add(a, b, weight: weight, interaction: interactionIndex)
                        } else if b == initiator {
                            add(b, a, weight: weight, interaction: interactionIndex)
                        } else {
                            add(a, b, weight: weight, interaction: interactionIndex)
                            add(b, a, weight: weight, interaction: interactionIndex)
                        }
                    } else {
                        add(a, b, weight: weight, interaction: interactionIndex)
                    }
                }
            }
        }

        if options.includeAffiliations {
            for (actorIndex, actor) in actors.enumerated() {
                var links = actor.affiliations.map(\.institution)
                if let parent = actor.parent { links.append(parent) }
                guard options.includes(actor: actor) else { continue }
                for target in links {
                    guard let targetIndex = self.actorIndex(id: target), options.includes(actor: actors[targetIndex]) else {
                        continue
                    }
                    if !options.includeIsolatedActors, nodeOfActor[actorIndex] == nil || nodeOfActor[targetIndex] == nil {
                        // Affiliations tie actors already in the selection; they do not pull others in.
                        continue
                    }
                    add(node(actorIndex), node(targetIndex), weight: 1, interaction: nil)
                }
            }
        }

        let nodeIDs = nodeActors.map { actors[$0].id }
        var builder = CompactGraph.Builder(directed: options.directed, ids: nodeIDs)
        var ties: [ProjectedNetwork.Tie] = []
        ties.reserveCapacity(tieWeight.count)
        for (key, weight) in tieWeight {
            builder.addEdge(key.source, key.target, weight: weight)
            let carried = tieInteractions[key] ?? []
            ties.append(
                ProjectedNetwork.Tie(
                    source: key.source, target: key.target, weight: weight, interactions: carried,
                    isAffiliation: carried.isEmpty, summary: TieSummary(carried.map { interactions[$0] })))
        }
        ties.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        let nodeActorList = nodeActors.map { actors[$0] }
        return ProjectedNetwork(
            graph: builder.build(), nodes: nodeActorList.map(NetworkNode.init(actor:)), actors: nodeActorList,
            ties: ties, options: options, countryNames: countryNames, hasAffiliationTies: options.includeAffiliations,
            largeInteractions: largeInteractions)
    }
}

extension Dataset {
    /// Display names of the countries that have a country actor: the first country
    /// actor's name for each code.
    ///
    /// - Complexity: O(A) in the number of actors.
    public var countryNames: [CountryCode: String] {
        var names: [CountryCode: String] = [:]
        for actor in actors where actor.kind == .country {
            if let country = actor.country, names[country] == nil { names[country] = actor.name }
        }
        return names
    }
}
