import ActorGraph
import Foundation

/// A dataset JSON loaded and projected for the temporal benchmark, with the
/// seconds of each step (reported as `parse_s`, `project_s` and, for the
/// temporal tasks, `temporal_index_s`; `load_s` is their sum).
private struct ProjectedDataset {
    let dataset: Dataset
    let network: ProjectedNetwork
    /// Each node's country, as `actorgraph scores` groups a dataset (an actor
    /// without one is in the group `(none)`).
    let countries: [String?]
    var facts: [String: Double]

    /// Reads and validates the dataset, then projects it with the default options
    /// (undirected, every interaction, count weights): the network `actorgraph
    /// scores DATASET` scores.
    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let start = now()
        let data = try Data(contentsOf: url)
        dataset = try DatasetLoader.load(data: data, file: url.path)
        let parsed = now()
        network = dataset.project()
        let projected = now()
        countries = network.actors.map { $0.country?.rawValue ?? NodeScores.ungroupedLabel }
        facts = [
            "parse_s": parsed - start, "project_s": projected - parsed,
            "interactions": Double(dataset.interactions.count),
        ]
    }

    /// The temporal network of the same projection, timed as `temporal_index_s`;
    /// `contacts` and `arcs` are recorded too.
    mutating func temporal() -> TemporalNetwork {
        let start = now()
        let temporal = TemporalNetwork(network: network, interactions: dataset.interactions)
        facts["temporal_index_s"] = now() - start
        facts["contacts"] = Double(temporal.contactCount)
        facts["arcs"] = Double(temporal.arcCount)
        return temporal
    }
}

/// The tasks of the temporal benchmark (BENCHMARKS.md, run 7): time-respecting
/// brokerage and betweenness on a dataset JSON, and the static scores of the
/// same projected network beside them.
func temporalTasks() -> [BenchTask] {
    let loadStatic = "load: DatasetLoader.load(data:) + project() (parse_s, project_s)"
    let loadTemporal = "load: DatasetLoader.load(data:) + project() + TemporalNetwork(network:interactions:) (parse_s, project_s, temporal_index_s)"
    var tasks: [BenchTask] = []

    for order in TimeOrder.allCases {
        let suffix = order == .certain ? "" : "-possible"
        tasks.append(BenchTask(
            name: "temporal-brokerage" + suffix,
            summary: loadTemporal + "; algorithm: brokerage(labels: countries, order: .\(order)) (includes the static counts it returns as staticRoles); scores: raw.total"
        ) { options in
            var input = try ProjectedDataset(path: options.input)
            let temporal = input.temporal()
            let countries = input.countries
            return Workload(facts: input.facts) {
                let roles = try temporal.brokerage(labels: countries, order: order)
                return Outcome(temporal.network.graph, scores: roles.raw.total.map { Double($0) })
            }
        })
        tasks.append(BenchTask(
            name: "temporal-betweenness" + suffix,
            summary: loadTemporal + "; algorithm: betweenness(order: .\(order), normalized: true, workers: --threads)"
        ) { options in
            var input = try ProjectedDataset(path: options.input)
            let temporal = input.temporal()
            return Workload(facts: input.facts) {
                Outcome(temporal.network.graph, scores: temporal.betweenness(order: order, normalized: true, workers: options.threads))
            }
        })
    }

    tasks.append(BenchTask(
        name: "static-brokerage",
        summary: loadStatic + "; algorithm: network.graph.brokerage(labels: countries); scores: raw.total"
    ) { options in
        let input = try ProjectedDataset(path: options.input)
        let graph = input.network.graph
        let countries = input.countries
        return Workload(facts: input.facts) {
            let roles = try graph.brokerage(labels: countries)
            return Outcome(graph, scores: roles.raw.total.map { Double($0) })
        }
    })
    tasks.append(BenchTask(
        name: "static-betweenness",
        summary: loadStatic + "; algorithm: network.graph.betweenness(normalized: true, weighted: false, workers: --threads)"
    ) { options in
        let input = try ProjectedDataset(path: options.input)
        let graph = input.network.graph
        return Workload(facts: input.facts) {
            Outcome(graph, scores: graph.betweenness(normalized: true, weighted: false, workers: options.threads))
        }
    })
    return tasks
}
