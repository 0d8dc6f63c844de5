// swift-tools-version: 6.0
// libFuzzer targets for ActorGraph's parsers and escapers (issue 12). Not part of the
// root package: every target here needs `-sanitize=fuzzer`, which only the command
// line gives (no unsafeFlags). Build and run them with scripts/fuzz.sh; see README.md.
import PackageDescription

let fuzzTargets = ["Dataset", "CSV", "GraphML", "DOT", "Arabic", "FtM"]

let package = Package(
    name: "ActorGraphFuzz",
    dependencies: [
        // `name:` keeps `package: "ActorGraph"` valid whatever the checkout's folder is called.
        .package(name: "ActorGraph", path: ".."),
    ],
    targets: fuzzTargets.map { name in
        .executableTarget(
            name: "fuzz-\(name.lowercased())",
            dependencies: [.product(name: "ActorGraph", package: "ActorGraph")],
            path: name)
    },
    swiftLanguageModes: [.v6]
)
