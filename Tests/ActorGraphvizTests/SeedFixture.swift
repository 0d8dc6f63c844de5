import ActorGraph
import Foundation

/// The seed dataset, found from this file's place in the package.
enum SeedFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func dataset() throws -> Dataset {
        try DatasetLoader.load(contentsOf: packageRoot.appendingPathComponent("seeds/backchannel.json"))
    }

    /// The whole seed network as the command line draws it by default.
    static func network(_ dataset: Dataset) -> ProjectedNetwork {
        dataset.project(ProjectionOptions(includeAffiliations: true, includeIsolatedActors: true))
    }

    static func dot() throws -> String {
        let dataset = try dataset()
        var style = DiagramStyle()
        style.labels = .both
        return try DOTWriter(style: style).write(network(dataset))
    }
}
