import Foundation

/// The files an HTML report is made of: the page skeleton, its style sheet and
/// its two scripts (the in-page projection and scores, then the page's own code).
///
/// The package carries them as ``embedded`` (generated from
/// `Sources/ActorGraph/Report/Assets` by `scripts/report/embed_assets.py`);
/// ``load(from:)`` reads them from such a folder instead, for editing the page
/// without rebuilding.
public struct ReportAssets: Sendable, Hashable {
    /// `report.html`: the skeleton, with the placeholders ``HTMLReport`` fills.
    public var template: String
    /// `report.css`.
    public var style: String
    /// `scores.js`: selection, projection and every score, as the library computes them.
    public var scores: String
    /// `report.js`: the page's own code.
    public var page: String

    /// Assets from their texts.
    public init(template: String, style: String, scores: String, page: String) {
        self.template = template
        self.style = style
        self.scores = scores
        self.page = page
    }

    /// The file names in a folder of assets, in the order of the properties.
    public static let fileNames = ["report.html", "report.css", "scores.js", "report.js"]

    /// Reads the four files of a folder of assets.
    ///
    /// - Throws: ``ReportError/assetUnreadable(path:reason:)`` naming the file.
    public static func load(from folder: URL) throws(ReportError) -> ReportAssets {
        var texts: [String] = []
        for name in fileNames {
            let url = folder.appendingPathComponent(name)
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw .assetUnreadable(path: url.path, reason: (error as NSError).localizedDescription)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw .assetUnreadable(path: url.path, reason: "not UTF-8")
            }
            // Line breaks as LF, as the embedded copies have them (written by
            // Python's text mode), and without one final newline, as they are.
            let unix = HTMLReport.unixLineBreaks(text)
            texts.append(unix.hasSuffix("\n") ? String(unix.dropLast()) : unix)
        }
        return ReportAssets(template: texts[0], style: texts[1], scores: texts[2], page: texts[3])
    }
}
