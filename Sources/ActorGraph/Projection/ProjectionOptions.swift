/// How interactions become actor-to-actor ties: which interactions count, whether
/// ties have a direction, and what a tie weighs.
public struct ProjectionOptions: Sendable, Hashable {
    /// How much one interaction adds to the tie between two of its participants.
    public enum Weighting: Sendable, Hashable {
        /// Each interaction adds 1 to every pair of its participants, so a tie's
        /// weight is the number of interactions the pair shared (the default).
        case count
        /// An interaction with k participants adds 1/(k − 1) to each pair (Newman
        /// 2001's collaboration weighting), so a large meeting weighs each
        /// participant's ties together as much as one two-person meeting.
        case multiParty
        /// Every tie weighs 1, however many interactions it carries.
        case binary
    }

    /// How an interaction with more participants than the limit is projected.
    public enum LargeInteractionRule: String, Sendable, Hashable, CaseIterable {
        /// Every pair, as for any interaction: k(k − 1)/2 ties (a 1,500-person
        /// meeting makes over a million).
        case clique
        /// Only the initiator's ties to each other participant (k − 1 ties); an
        /// interaction without an initiator is left out.
        case star
        /// Left out.
        case omit
    }

    /// The participant count above which ``largeInteractions`` applies (default 200).
    public var largeInteractionLimit: Int = 200
    /// How an interaction with more than ``largeInteractionLimit`` participants is
    /// projected (default ``LargeInteractionRule/star``); the ones met are listed
    /// in ``ProjectedNetwork/largeInteractions``.
    public var largeInteractions: LargeInteractionRule = .star

    /// Keep interactions whose date span overlaps this first day (inclusive); `nil`: no lower bound.
    public var from: PartialDate?
    /// Keep interactions whose date span overlaps this last day (inclusive); `nil`: no upper bound.
    /// With either bound set, undated interactions are left out.
    public var to: PartialDate?
    /// Whether an interaction must lie inside ``from``…``to`` (certainly) or only
    /// overlap it (possibly, the default); see ``Interaction/lies(from:to:match:)``.
    public var windowMatch: WindowMatch = .possibly
    /// Keep only these kinds; `nil` keeps all.
    public var kinds: Set<InteractionKind>?
    /// Keep only these tracks; `nil` keeps all, including interactions with no track.
    public var tracks: Set<ChannelTrack>?
    /// Keep only these statuses; `nil` keeps all, including interactions with no status.
    public var statuses: Set<InteractionStatus>?
    /// Keep only these disclosures; `nil` keeps all, including interactions with
    /// no disclosure (which a set leaves out, as for tracks and statuses).
    public var disclosures: Set<Disclosure>?
    /// Keep only actors of these kinds: other participants are left out of each
    /// interaction before its pairs are tied (a meeting of two people and a
    /// ministry ties just the two people); `nil` keeps every actor.
    public var actorKinds: Set<ActorKind>?
    /// Directed ties go from an interaction's initiator to each other participant;
    /// the other participants (and all of them when no initiator is known) are tied
    /// in both directions. Undirected ties join every pair of participants.
    public var directed: Bool
    /// How much one interaction adds to a tie.
    public var weighting: Weighting
    /// Add a tie from each person to each institution they are affiliated with, and
    /// from each institution to its parent (weight 1, directed toward the
    /// institution or parent).
    public var includeAffiliations: Bool
    /// Make every actor a node, including those with no tie in the selection.
    /// When `false`, only actors with at least one tie are nodes.
    public var includeIsolatedActors: Bool

    /// Creates options; by default every interaction counts, ties are undirected and
    /// weigh the number of interactions, and only actors with a tie are nodes.
    /// Each parameter sets the property of the same name.
    public init(
        from: PartialDate? = nil, to: PartialDate? = nil, kinds: Set<InteractionKind>? = nil,
        tracks: Set<ChannelTrack>? = nil, statuses: Set<InteractionStatus>? = nil, disclosures: Set<Disclosure>? = nil,
        actorKinds: Set<ActorKind>? = nil, directed: Bool = false,
        weighting: Weighting = .count, includeAffiliations: Bool = false, includeIsolatedActors: Bool = false
    ) {
        self.from = from
        self.to = to
        self.kinds = kinds
        self.tracks = tracks
        self.statuses = statuses
        self.disclosures = disclosures
        self.actorKinds = actorKinds
        self.directed = directed
        self.weighting = weighting
        self.includeAffiliations = includeAffiliations
        self.includeIsolatedActors = includeIsolatedActors
    }

    /// Whether an interaction passes the window and the kind, track and status filters.
    ///
    /// - Parameter interaction: the interaction to test.
    /// - Complexity: O(1).
    public func includes(_ interaction: Interaction) -> Bool {
        if let kinds, !kinds.contains(interaction.kind) { return false }
        if let tracks, !(interaction.track.map(tracks.contains) ?? false) { return false }
        if let statuses, !(interaction.status.map(statuses.contains) ?? false) { return false }
        if let disclosures, !(interaction.disclosure.map(disclosures.contains) ?? false) { return false }
        return interaction.lies(from: from, to: to, match: windowMatch)
    }

    /// These options restricted to a time window (its ``TimeWindow/from`` and
    /// ``TimeWindow/to``), every other setting kept.
    ///
    /// - Parameter window: the window.
    public func restricted(to window: TimeWindow) -> ProjectionOptions {
        var options = self
        options.from = window.from
        options.to = window.to
        return options
    }

    /// Whether an actor passes the actor-kind filter.
    ///
    /// - Parameter actor: the actor to test.
    /// - Complexity: O(1).
    public func includes(actor: Actor) -> Bool {
        actorKinds?.contains(actor.kind) ?? true
    }
}
