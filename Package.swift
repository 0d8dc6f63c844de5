// swift-tools-version: 6.0
import PackageDescription

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
        // Documentation only: `swift package generate-documentation --target ActorGraph`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Pure Swift: model, loading, projection, analysis, and exporters that need no C library.
        .target(
            name: "ActorGraph",
            path: "Sources/ActorGraph",
            // The report page's files, embedded by scripts/report/embed_assets.py.
            exclude: ["Report/Assets"]
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
        // The command line's logic: every subcommand, tested by ActorGraphCLITests.
        .target(
            name: "ActorGraphCLI",
            dependencies: [
                "ActorGraph",
                "ActorGraphviz",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ActorGraphCLI"
        ),
        // The command line: a one-file executable over ActorGraphCLI.
        .executableTarget(
            name: "actorgraph",
            dependencies: ["ActorGraphCLI"],
            path: "Sources/actorgraph"
        ),
        // The benchmark harness driven by scripts/bench/run_benchmarks.py (not a test).
        .executableTarget(
            name: "actorgraph-bench",
            dependencies: ["ActorGraph"],
            path: "Benchmarks/ActorGraphBench"
        ),
        // Examples: each runnable with `swift run NAME`, built with the package.
        .executableTarget(
            name: "FlorentineFamilies",
            dependencies: ["ActorGraph"],
            path: "Examples/FlorentineFamilies",
            exclude: ["florentine.csv"]
        ),
        .executableTarget(
            name: "BrokersByYear",
            dependencies: ["ActorGraph", "ActorGraphviz"],
            path: "Examples/BrokersByYear"
        ),
        .executableTarget(
            name: "StyledDiagram",
            dependencies: ["ActorGraph", "ActorGraphviz"],
            path: "Examples/StyledDiagram"
        ),
        .testTarget(
            name: "ActorGraphTests",
            dependencies: ["ActorGraph"],
            path: "Tests/ActorGraphTests",
            resources: [.copy("Fixtures")]
        ),
        // Commands parsed with parseAsRoot and run as the built `actorgraph` binary.
        .testTarget(
            name: "ActorGraphCLITests",
            dependencies: ["ActorGraphCLI", "ActorGraph", "actorgraph"],
            path: "Tests/ActorGraphCLITests"
        ),
        .testTarget(
            name: "ActorGraphvizTests",
            dependencies: ["ActorGraphviz", "ActorGraph", "CGraphviz"],
            path: "Tests/ActorGraphvizTests"
        ),
        // Renders the seed diagram many times and prints resident memory (scripts/render-memory.sh).
        .executableTarget(
            name: "RenderMemory",
            dependencies: ["ActorGraph", "ActorGraphviz"],
            path: "Benchmarks/RenderMemory"
        ),
    ],
    swiftLanguageModes: [.v6]
)
