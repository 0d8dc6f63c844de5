import Foundation

/// Reads a dataset from its JSON form and reports every problem with its place.
///
/// The format: a top-level object with arrays `actors` and `interactions` (see
/// `Schema/actorgraph-dataset.schema.json` and the README). Loading never crashes on
/// bad input: it throws ``DatasetError`` listing each problem with the file, line,
/// column, the path in the document and what was expected, or ``FileReadError``
/// when the file cannot be read.
///
/// ```swift
/// let dataset = try DatasetLoader.load(contentsOf: URL(fileURLWithPath: "seeds/backchannel.json"))
/// ```
public enum DatasetLoader {
    /// The keys the loader accepts in each kind of object of a dataset; any other
    /// key is reported as ``DatasetProblem/Kind/unknownKey``.
    ///
    /// `Schema/actorgraph-dataset.schema.json` lists the same keys (with
    /// `additionalProperties: false`); `SchemaAgreementTests` fails when the two differ.
    static let knownKeys = KnownKeys(
        dataset: ["actors", "interactions", "$schema"],
        actor: ["id", "kind", "name", "aliases", "country", "affiliations", "parent", "notes"],
        affiliation: ["institution", "role", "from", "to", "former"],
        interaction: [
            "id", "kind", "participants", "initiator", "date", "endDate", "place", "track", "disclosure", "status",
            "topics", "sources", "notes",
        ],
        source: ["document", "paragraphs"])

    /// The keys allowed in each kind of object of a dataset.
    struct KnownKeys: Sendable {
        /// The top-level object's keys.
        var dataset: Set<String>
        /// An actor's keys.
        var actor: Set<String>
        /// The keys of an affiliation in an actor's `affiliations`.
        var affiliation: Set<String>
        /// An interaction's keys.
        var interaction: Set<String>
        /// The keys of a source in an interaction's `sources`.
        var source: Set<String>
    }

    /// Loads the dataset in the file at `url`: JSON, JSON Lines when the name ends
    /// in `.jsonl` or `.ndjson` (``JSONLinesLoader``, read in chunks), or
    /// FollowTheMoney entities when it ends in `.ftm.json`, `.ftm.jsonl` or `.ftm.ndjson`
    /// (``FtMReader``; call it directly for its report of what was not mapped).
    ///
    /// - Parameter url: a file URL; its path names the file in messages.
    /// - Throws: ``FileReadError`` when the file cannot be read, ``DatasetError``
    ///   with every problem found when it is not a valid dataset.
    /// - Complexity: O(n) in the size of the file.
    public static func load(contentsOf url: URL) throws -> Dataset {
        if FtMReader.isFtM(url.path) { return try FtMReader.read(contentsOf: url).dataset }
        if JSONLinesLoader.isJSONLines(url.path) { return try JSONLinesLoader.load(contentsOf: url) }
        return try load(data: FileReadError.contents(of: url), file: url.path)
    }

    /// Loads a dataset from JSON bytes.
    ///
    /// - Parameters:
    ///   - data: UTF-8 JSON (a byte-order mark is skipped).
    ///   - file: the name used for the source in messages.
    /// - Throws: ``DatasetError`` with every problem found.
    /// - Complexity: O(n) in the size of the data.
    public static func load(data: Data, file: String? = nil) throws(DatasetError) -> Dataset {
        let bytes = [UInt8](data)
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let position = LineTable(bytes: bytes).position(ofOffset: error.offset)
            throw DatasetError(problems: [
                DatasetProblem(kind: .malformedJSON, file: file, position: position, path: "", message: error.message)
            ])
        }
        var decoder = DatasetDecoder()
        let dataset = decoder.decode(root)
        var findings = decoder.findings
        if findings.isEmpty {
            findings = DatasetValidator(dataset: dataset, file: file).findings()
        }
        guard !findings.isEmpty else { return dataset }
        let lines = LineTable(bytes: bytes)
        throw DatasetError(
            problems: findings.map { finding in
                DatasetProblem(
                    kind: finding.kind, file: file,
                    position: lines.position(ofOffset: finding.path.deepestValue(in: root).offset),
                    path: finding.path.description, message: finding.message)
            })
    }

    /// Loads a dataset from a JSON string.
    ///
    /// - Parameters:
    ///   - json: the JSON text.
    ///   - file: the name used for the source in messages.
    /// - Throws: ``DatasetError`` with every problem found.
    public static func load(json: String, file: String? = nil) throws(DatasetError) -> Dataset {
        try load(data: Data(json.utf8), file: file)
    }
}
