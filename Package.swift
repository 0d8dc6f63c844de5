// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// The benchmark (`actorgraph-bench`) times parts of the library that are written on
/// other branches. Each part is compiled into it only when the library has it: the
/// flag is set when a file under the folder declares the function, so the benchmark
/// builds (and reports "skipped") before that branch is merged, and times it after.
func benchAvailabilityFlags() -> [SwiftSetting] {
    let root = Context.packageDirectory
    let probes: [(flag: String, folder: String, declaration: String)] = [
        ("BENCH_BETWEENNESS", "Sources/ActorGraph/Analysis", "func betweenness("),
        ("BENCH_CLOSENESS", "Sources/ActorGraph/Analysis", "func closeness("),
        ("BENCH_HARMONIC", "Sources/ActorGraph/Analysis", "func harmonic("),
        ("BENCH_PAGERANK", "Sources/ActorGraph/Analysis", "func pageRank("),
        ("BENCH_EIGENVECTOR", "Sources/ActorGraph/Analysis", "func eigenvectorCentrality("),
        ("BENCH_STRUCTURAL_HOLES", "Sources/ActorGraph/Analysis", "func structuralHoles("),
        ("BENCH_DOT", "Sources/ActorGraph/Export", "struct DOTWriter"),
    ]
    var sources: [String: String] = [:]
    func text(of folder: String) -> String {
        if let cached = sources[folder] { return cached }
        let directory = URL(fileURLWithPath: root).appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let joined = names.filter { $0.hasSuffix(".swift") }.sorted().compactMap {
            try? String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
        }.joined(separator: "\n")
        sources[folder] = joined
        return joined
    }
    return probes.filter { text(of: $0.folder).contains("public " + $0.declaration) }.map { .define($0.flag) }
}

let package = Package(
    name: "ActorGraph",
    products: [
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "ActorGraphviz", targets: ["ActorGraphviz"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .executable(name: "actorgraph-bench", targets: ["actorgraph-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Pure Swift: model, loading, projection, analysis, and exporters that need no C library.
        .target(
            name: "ActorGraph",
            path: "Sources/ActorGraph"
        ),
        // The Graphviz C library (libgvc + libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            path: "Sources/CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // In-process rendering to SVG, PNG, PDF and more through libgvc.
        .target(
            name: "ActorGraphviz",
            dependencies: ["ActorGraph", "CGraphviz"],
            path: "Sources/ActorGraphviz"
        ),
        // The command line.
        .executableTarget(
            name: "actorgraph",
            dependencies: [
                "ActorGraph",
                "ActorGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/actorgraph"
        ),
        // The benchmark harness driven by scripts/bench/run_benchmarks.py (not a test).
        .executableTarget(
            name: "actorgraph-bench",
            dependencies: ["ActorGraph"],
            path: "Benchmarks/ActorGraphBench",
            swiftSettings: benchAvailabilityFlags()
        ),
        .testTarget(
            name: "ActorGraphTests",
            dependencies: ["ActorGraph"],
            path: "Tests/ActorGraphTests",
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorGraphvizTests",
            dependencies: ["ActorGraphviz", "ActorGraph"],
            path: "Tests/ActorGraphvizTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
