import Foundation

/// Where the seed articles and dataset are, found from this file's path.
///
/// The articles live outside the package, in `../shared/seeds` from the package
/// root; tests that need them are skipped, with ``skipReason``, when the folder is
/// absent.
enum SharedSeedsLocation {
    /// The package root: three levels above this file (Support → ActorGraphTests → Tests).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/seeds` from the package root.
    static let articles = packageRoot.appendingPathComponent("../shared/seeds", isDirectory: true).standardizedFileURL

    /// The seed dataset in the package.
    static let dataset = packageRoot.appendingPathComponent("seeds/backchannel.json")

    /// Whether the articles folder exists.
    static var articlesAvailable: Bool {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: articles.path, isDirectory: &isFolder) && isFolder.boolValue
        if !exists { print("Skipping seed-article tests: \(skipReason)") }
        return exists
    }

    static var skipReason: String {
        "the seed articles folder \(articles.path) (../shared/seeds from the package root) does not exist"
    }

    /// The five article file names.
    static let documentNames = [
        "000_52c51a2663811391.txt", "001_d3fa34aa9feb05cb.txt", "002_1288fc29a4a2cc73.txt",
        "003_244b49cc0abf093d.txt", "004_2e52cb4734095ae0.txt",
    ]
}
