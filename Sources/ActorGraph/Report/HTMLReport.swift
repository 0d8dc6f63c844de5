/// One self-contained HTML page about a dataset: its diagram as inline SVG with
/// pan and zoom, search, filters, a time slider, the provenance of every tie and
/// a sortable score table (`actorgraph report`; see Guides/Report.md).
///
/// The page loads nothing: its style and scripts are inline, its data is a JSON
/// block, and a Content-Security-Policy meta tag allows only the page's own
/// script and style (by their SHA-256 hashes), so neither a remote load nor an
/// injected script can run. Every string from the dataset reaches the page as
/// JSON escaped for a script element (``ReportData``) or as XML text inside the
/// SVG that Graphviz wrote; the page's code puts them in the DOM as text only.
public struct HTMLReport: Sendable {
    /// The page's title (and the heading above the diagram).
    public let title: String
    /// Which names the page shows: English, Arabic or both.
    public let labels: DiagramStyle.Labels
    /// The dataset's file name, shown in the page.
    public let datasetName: String
    /// The page's skeleton, style and scripts.
    public let assets: ReportAssets

    let data: ReportData
    let svg: String

    /// A report of `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: the dataset.
    ///   - datasetName: its file name, shown in the page.
    ///   - diagram: the diagram of its whole network, with element ids.
    ///   - svg: `diagram.diagram` as laid out and written by Graphviz in SVG.
    ///   - scores: the whole network's scores, as `actorgraph scores DATASET`
    ///     computes them (the page shows these until a filter is set, then
    ///     computes the filtered network's own in the same way).
    ///   - scoreLabels: a display name per node of `scores`.
    ///   - scoreOrder: the nodes in the order `actorgraph scores` prints them.
    ///   - groupBy: the node attribute that grouped the nodes for brokerage.
    ///   - documents: the cited documents that could be read, by the name the
    ///     sources cite; their cited paragraphs are embedded with names marked.
    ///   - title: the page's title.
    ///   - labels: the names shown.
    ///   - assets: the skeleton, style and scripts (default: those built in).
    public init(
        dataset: Dataset, datasetName: String, diagram: ReportDiagram, svg: String, scores: NodeScores,
        scoreLabels: [String], scoreOrder: [Int], groupBy: String = "country", documents: [String: TextDocument] = [:],
        title: String, labels: DiagramStyle.Labels = .both, assets: ReportAssets = .embedded
    ) {
        self.title = title
        self.labels = labels
        self.datasetName = datasetName
        self.assets = assets
        self.svg = svg
        data = ReportData(
            dataset: dataset, datasetName: datasetName, title: title, labels: labels, diagram: diagram,
            documents: documents, scores: scores, scoreLabels: scoreLabels, scoreOrder: scoreOrder,
            groupBy: groupBy)
    }

    /// The page.
    ///
    /// - Throws: ``ReportError/placeholder(_:count:)`` when the skeleton does not
    ///   hold each placeholder exactly once; ``ReportError/scoresMismatch(nodes:labels:order:)``
    ///   when the score labels or order do not fit the scores.
    /// - Complexity: O(size of the dataset, the SVG and the cited paragraphs).
    public func html() throws(ReportError) -> String {
        let nodeCount = data.scores.graph.nodeCount
        if data.scoreLabels.count != nodeCount || data.scoreOrder.count != nodeCount
            || Set(data.scoreOrder) != Set(0..<nodeCount)
        {
            throw .scoresMismatch(nodes: nodeCount, labels: data.scoreLabels.count, order: data.scoreOrder.count)
        }
        // A browser hashes an inline element's text with its line breaks as LF;
        // so does the policy (an asset saved with CR LF would block every script).
        let script = Self.unixLineBreaks(assets.scores + "\n" + assets.page)
        let style = Self.unixLineBreaks(assets.style)
        let policy = [
            "default-src 'none'", "script-src 'sha256-\(SHA256.base64Digest(of: script))'",
            "style-src 'sha256-\(SHA256.base64Digest(of: style))'", "style-src-attr 'unsafe-inline'", "img-src data:",
            "base-uri 'none'", "form-action 'none'",
        ].joined(separator: "; ")
        // Filled in one pass over the skeleton, so a placeholder's spelling inside
        // a filled-in value (a name such as "{{data}}") is never replaced again.
        let values: [String: String] = [
            "{{lang}}": labels == .arabic ? "ar" : "en", "{{title}}": Self.escapeText(title), "{{csp}}": policy, "{{style}}": style,
            "{{svg}}": Self.inlineSVG(svg), "{{data}}": data.json(), "{{script}}": script,
        ]
        for name in values.keys.sorted() {
            let count = assets.template.components(separatedBy: name).count - 1
            if count != 1 { throw .placeholder(name, count: count) }
        }
        var out = ""
        var rest = Substring(assets.template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let name = values.keys.first { rest[open.lowerBound...].hasPrefix($0) }
            if let name, let value = values[name] {
                out += value
                rest = rest[rest.index(open.lowerBound, offsetBy: name.count)...]
            } else {
                out += "{{"
                rest = rest[open.upperBound...]
            }
        }
        out += rest
        return out
    }

    /// `text` with every CR LF and lone CR as LF, as HTML parsing leaves it.
    static func unixLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// Text for HTML element content or a quoted attribute value.
    static func escapeText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Graphviz's SVG as an element of an HTML page: without the XML
    /// declaration, the DOCTYPE and the comments (Graphviz writes each node's
    /// name in a comment; a page needs none of them).
    ///
    /// - Complexity: O(n) in the length of the SVG (one pass over its UTF-8 bytes).
    static func inlineSVG(_ svg: String) -> String {
        let bytes = Array(svg.utf8)
        let open = Array("<!--".utf8), close = Array("-->".utf8), start = Array("<svg".utf8)
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
        }
        var index = 0
        while index < bytes.count, !matches(start, at: index) { index += 1 }
        if index == bytes.count { index = 0 }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - index)
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), matches(open, at: index) {
                index += open.count
                while index < bytes.count, !matches(close, at: index) { index += 1 }
                index = min(bytes.count, index + close.count)
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
