// swift-tools-version: 6.0
// A client of ActorGraph, built and run by scripts/test.sh: it depends on this
// repository exactly as README.md's "Library usage" tells a user to (only the path
// differs), and Sources/Client/main.swift is the README's snippet.
// From the repository root:
//   swift build --package-path Examples/Client --scratch-path .build-client
//   .build-client/debug/Client
import PackageDescription

let package = Package(
    name: "Client",
    dependencies: [
        // `name:` makes `package: "ActorGraph"` below valid whatever the checkout's
        // folder is called (SwiftPM otherwise names a path dependency after its folder).
        .package(name: "ActorGraph", path: "../.."),
    ],
    targets: [
        .executableTarget(name: "Client", dependencies: [
            .product(name: "ActorGraph", package: "ActorGraph"),
            .product(name: "ActorGraphviz", package: "ActorGraph"),   // rendering through libgvc
        ]),
    ]
)
