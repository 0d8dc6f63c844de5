/// The folder part of a path, as `NSString.deletingLastPathComponent` gives it
/// (`a/b` → `a`, `/a` → `/`, `a` → empty, `a/b/` → `a`), written out because
/// swift-corelibs-foundation traps on the path `-` (a file a user may well name on
/// the command line).
///
/// - Parameter path: a file path.
/// - Complexity: O(length of `path`).
func parentFolder(of path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return "" }
    if slash == trimmed.startIndex { return "/" }
    var folder = trimmed[..<slash]
    while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
    return String(folder)
}
