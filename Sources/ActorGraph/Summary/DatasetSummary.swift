/// Counts that describe a dataset at a glance: actors by kind and country,
/// interactions by kind, year, track, status and source document.
public struct DatasetSummary: Sendable, Hashable {
    /// The number of actors.
    public let actorCount: Int
    /// The number of interactions.
    public let interactionCount: Int
    /// The number of actors of each kind; kinds with no actor are absent.
    public let actorsByKind: [ActorKind: Int]
    /// The number of actors of each country, keyed by ISO code; actors without a
    /// country under `nil`.
    public let actorsByCountry: [CountryCode?: Int]
    /// The number of interactions of each kind; kinds with no interaction are absent.
    public let interactionsByKind: [InteractionKind: Int]
    /// The number of interactions in each year; undated interactions under `nil`.
    public let interactionsByYear: [Int?: Int]
    /// The number of interactions on each track; interactions without one under `nil`.
    public let interactionsByTrack: [ChannelTrack?: Int]
    /// The number of interactions with each status; interactions without one under `nil`.
    public let interactionsByStatus: [InteractionStatus?: Int]
    /// The number of interactions citing each document (an interaction citing two
    /// documents counts for both).
    public let interactionsByDocument: [String: Int]

    /// Computes the counts.
    ///
    /// - Parameter dataset: The dataset to summarize.
    /// - Complexity: O(A + I), A actors and I interactions (plus their source references).
    public init(_ dataset: Dataset) {
        actorCount = dataset.actors.count
        interactionCount = dataset.interactions.count
        var byKind: [ActorKind: Int] = [:]
        var byCountry: [CountryCode?: Int] = [:]
        for actor in dataset.actors {
            byKind[actor.kind, default: 0] += 1
            byCountry[actor.country, default: 0] += 1
        }
        actorsByKind = byKind
        actorsByCountry = byCountry
        var interactionKinds: [InteractionKind: Int] = [:]
        var years: [Int?: Int] = [:]
        var tracks: [ChannelTrack?: Int] = [:]
        var statuses: [InteractionStatus?: Int] = [:]
        var documents: [String: Int] = [:]
        for interaction in dataset.interactions {
            interactionKinds[interaction.kind, default: 0] += 1
            years[interaction.date?.year, default: 0] += 1
            tracks[interaction.track, default: 0] += 1
            statuses[interaction.status, default: 0] += 1
            for document in Set(interaction.sources.map(\.document)) {
                documents[document, default: 0] += 1
            }
        }
        interactionsByKind = interactionKinds
        interactionsByYear = years
        interactionsByTrack = tracks
        interactionsByStatus = statuses
        interactionsByDocument = documents
    }

    /// A plain-text report with one aligned section per count.
    ///
    /// - Parameter title: The first line's label, followed by the actor and
    ///   interaction totals.
    public func report(title: String) -> String {
        var lines = ["\(title): \(actorCount) actors, \(interactionCount) interactions"]
        func section(_ heading: String, _ rows: [(String, Int)]) {
            lines.append("")
            lines.append(heading)
            let width = rows.map(\.0.count).max() ?? 0
            for (label, count) in rows {
                lines.append("  " + label + String(repeating: " ", count: width - label.count + 2) + String(count))
            }
        }
        section("Actors by kind", ActorKind.allCases.compactMap { kind in actorsByKind[kind].map { (kind.rawValue, $0) } })
        section(
            "Actors by country",
            actorsByCountry.sorted { ($0.value, $1.key?.rawValue ?? "") > ($1.value, $0.key?.rawValue ?? "") }
                .map { ($0.key?.rawValue ?? "(none)", $0.value) })
        section("Interactions by kind", interactionsByKind.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value) })
        section(
            "Interactions by year",
            interactionsByYear.sorted { ($0.key ?? Int.max) < ($1.key ?? Int.max) }
                .map { ($0.key.map(String.init) ?? "(undated)", $0.value) })
        section(
            "Interactions by track",
            interactionsByTrack.sorted { ($0.key?.rawValue ?? "~") < ($1.key?.rawValue ?? "~") }
                .map { ($0.key?.rawValue ?? "(none)", $0.value) })
        section(
            "Interactions by status",
            interactionsByStatus.sorted { ($0.key?.rawValue ?? "~") < ($1.key?.rawValue ?? "~") }
                .map { ($0.key?.rawValue ?? "(none)", $0.value) })
        section("Interactions by source document", interactionsByDocument.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return lines.joined(separator: "\n")
    }
}
