/// An actor-to-actor network projected from a dataset's interactions: the compact
/// graph the algorithms run on, plus the actors and interactions behind each tie.
///
/// Node `i` of ``graph`` is ``actors``[i]; ``ties`` lists each tie once with the
/// interactions it carries, for exporters that style a tie by kind or track.
public struct ProjectedNetwork: Sendable {
    /// One tie of the projection.
    public struct Tie: Sendable, Hashable {
        /// The source node's index; for an undirected network `source < target`.
        public var source: Int
        /// The target node's index.
        public var target: Int
        /// The tie's weight under the projection's weighting.
        public var weight: Double
        /// Indices into the dataset's ``Dataset/interactions`` that made the tie, in dataset order.
        public var interactions: [Int]
        /// Whether the tie comes from an affiliation or parent link rather than an interaction.
        public var isAffiliation: Bool
    }

    /// The compact graph (node indices are positions in ``actors``).
    public let graph: CompactGraph
    /// The actor of each node.
    public let actors: [Actor]
    /// Every tie once, ordered by source then target.
    public let ties: [Tie]
    /// The options the network was projected with.
    public let options: ProjectionOptions
}

extension Dataset {
    /// Projects the interactions onto an actor-to-actor network.
    ///
    /// Each selected interaction ties every pair of its participants (or, when
    /// directed, its initiator to each other participant; see
    /// ``ProjectionOptions/directed``). A multi-party meeting is one interaction,
    /// projected onto all of its pairs.
    ///
    /// - Parameter options: which interactions count, and how they become ties.
    /// - Complexity: O(I · k² + V) for I interactions of at most k participants.
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
            for index in actors.indices { _ = node(index) }
        }
        var tieWeight: [PairKey: Double] = [:]
        var tieInteractions: [PairKey: [Int]] = [:]
        var affiliationPairs = Set<PairKey>()

        func add(_ a: Int, _ b: Int, weight: Double, interaction: Int?) {
            guard a != b else { return }
            let key = options.directed || a < b ? PairKey(source: a, target: b) : PairKey(source: b, target: a)
            switch options.weighting {
            case .count, .multiParty: tieWeight[key, default: 0] += weight
            case .binary: tieWeight[key] = 1
            }
            if let interaction {
                tieInteractions[key, default: []].append(interaction)
            } else {
                affiliationPairs.insert(key)
            }
        }

        for (interactionIndex, interaction) in interactions.enumerated() where options.includes(interaction) {
            var members: [Int] = []
            for participant in interaction.participants {
                guard let actorIndex = actorIndex(id: participant) else { continue }
                let n = node(actorIndex)
                if !members.contains(n) { members.append(n) }
            }
            guard members.count >= 2 else { continue }
            let weight = options.weighting == .multiParty ? 1 / Double(members.count - 1) : 1
            let initiator = interaction.initiator.flatMap { actorIndex(id: $0) }.flatMap { nodeOfActor[$0] }
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
                for target in links {
                    guard let targetIndex = self.actorIndex(id: target) else { continue }
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
            ties.append(
                ProjectedNetwork.Tie(
                    source: key.source, target: key.target, weight: weight,
                    interactions: tieInteractions[key] ?? [], isAffiliation: tieInteractions[key] == nil))
        }
        ties.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        return ProjectedNetwork(
            graph: builder.build(), actors: nodeActors.map { actors[$0] }, ties: ties, options: options)
    }
}
