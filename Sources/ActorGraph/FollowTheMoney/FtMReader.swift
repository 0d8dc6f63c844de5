import Foundation

/// Reads FollowTheMoney (FtM) entities, one JSON object per line as `ftm`, Aleph
/// and OpenSanctions write them, and builds a dataset from them
/// (``FtMDatasetBuilder`` has the mapping).
///
/// Each non-blank line is an object with `id`, `schema` and `properties` (an
/// object of lists of strings); other members (`caption`, `datasets`,
/// `referents`, `first_seen`, …) are ignored. Lines with the same id are fragments
/// of one entity and are merged as `ftm aggregate` does (values joined, the more
/// specific schema kept). The file is read in chunks, as JSON Lines datasets are.
public enum FtMReader {
    /// A dataset made from FtM entities, and what was left out.
    public struct Result: Sendable {
        /// The dataset (valid: it passes ``Dataset/validate()``).
        public var dataset: Dataset
        /// What became what, and what was not mapped or carried.
        public var report: FtMImportReport
    }

    /// Whether a path names an FtM file by its name: `.ftm.json`, `.ftm.jsonl`
    /// or `.ftm.ndjson`.
    ///
    /// - Parameter path: a file path.
    public static func isFtM(_ path: String) -> Bool {
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        return [".ftm.json", ".ftm.jsonl", ".ftm.ndjson"].contains { name.hasSuffix($0) }
    }

    /// Reads the entities in a file and builds a dataset.
    ///
    /// - Parameters:
    ///   - url: a file URL; its path names the file in messages.
    ///   - countries: a dataset whose country actors (id, name, aliases, notes)
    ///     stand for the country codes the entities name; `nil` to build them from
    ///     the codes.
    /// - Throws: ``FileReadError`` when the file cannot be read; ``DatasetError``
    ///   naming the line and column of each malformed entity, or the problems of a
    ///   dataset that does not validate.
    /// - Complexity: O(n) in the size of the file.
    public static func read(contentsOf url: URL, countries: Dataset? = nil) throws -> Result {
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            _ = try FileReadError.contents(of: url)
            throw FileReadError(path: url.path, reason: error.localizedDescription)
        }
        defer { try? handle.close() }
        var parser = EntityLines(file: url.path)
        try LineChunks.read(handle, path: url.path) { line, number in parser.read(line, number: number) }
        return try build(parser, countries: countries)
    }

    /// Reads entities from bytes and builds a dataset.
    ///
    /// - Parameters:
    ///   - data: UTF-8 FtM JSON Lines.
    ///   - file: the name used for the source in messages.
    ///   - countries: as in ``read(contentsOf:countries:)``.
    /// - Throws: ``DatasetError``.
    public static func read(data: Data, file: String? = nil, countries: Dataset? = nil) throws(DatasetError) -> Result {
        var parser = EntityLines(file: file)
        LineChunks.split([UInt8](data)[...]) { line, number in parser.read(line, number: number) }
        return try build(parser, countries: countries)
    }

    /// The entities of FtM JSON Lines, fragments merged, in order of first line.
    ///
    /// - Parameters:
    ///   - data: UTF-8 FtM JSON Lines.
    ///   - file: the name used for the source in messages.
    /// - Throws: ``DatasetError`` naming the line and column of each malformed entity.
    public static func entities(data: Data, file: String? = nil) throws(DatasetError) -> [FtMEntity] {
        var parser = EntityLines(file: file)
        LineChunks.split([UInt8](data)[...]) { line, number in parser.read(line, number: number) }
        if !parser.problems.isEmpty { throw DatasetError(problems: parser.problems) }
        return parser.entities
    }

    private static func build(_ parser: EntityLines, countries: Dataset?) throws(DatasetError) -> Result {
        if !parser.problems.isEmpty { throw DatasetError(problems: parser.problems) }
        var builder = FtMDatasetBuilder(entities: parser.entities, countries: countries)
        let dataset = builder.build()
        let problems = dataset.validate().map { problem in
            var located = problem
            located.file = parser.file
            return located
        }
        if !problems.isEmpty { throw DatasetError(problems: problems) }
        return Result(dataset: dataset, report: builder.report)
    }
}

/// Parses FtM entity lines and merges fragments.
struct EntityLines {
    let file: String?
    private(set) var entities: [FtMEntity] = []
    private(set) var problems: [DatasetProblem] = []
    private var indexByID: [String: Int] = [:]
    private var lineByID: [String: Int] = [:]

    init(file: String?) {
        self.file = file
    }

    mutating func read(_ line: ArraySlice<UInt8>, number: Int) {
        guard problems.count < JSONLinesLoader.maximumProblems else { return }
        let bytes: [UInt8]
        let record: JSONValue
        switch JSONLine.parse(line, number: number, file: file) {
        case nil: return
        case .malformed(let problem):
            problems.append(problem)
            return
        case .record(let lineBytes, let value):
            (bytes, record) = (lineBytes, value)
        }
        guard case .object = record.content else {
            problem(.wrongType, bytes, number, record.offset, "", "expected an FtM entity, an object with \"id\", \"schema\" and \"properties\", found \(record.typeName)")
            return
        }
        guard let idValue = record["id"], case .string(let id) = idValue.content, !id.isEmpty else {
            problem(.missingKey, bytes, number, (record["id"] ?? record).offset, "id", "an FtM entity needs a non-empty string \"id\"")
            return
        }
        guard let schemaValue = record["schema"], case .string(let schema) = schemaValue.content, !schema.isEmpty else {
            problem(.missingKey, bytes, number, (record["schema"] ?? record).offset, "schema", "entity \"\(id)\" needs a string \"schema\" (Person, Event, …)")
            return
        }
        var entity = FtMEntity(id: id, schema: schema)
        if let properties = record["properties"] {
            guard case .object(let members) = properties.content else {
                problem(.wrongType, bytes, number, properties.offset, "properties", "\"properties\" must be an object of lists of strings, found \(properties.typeName)")
                return
            }
            for member in members {
                guard case .array(let items) = member.value.content else {
                    problem(.wrongType, bytes, number, member.value.offset, "properties.\(member.key)", "property \"\(member.key)\" must be a list of strings, found \(member.value.typeName)")
                    return
                }
                var values: [String] = []
                for item in items {
                    switch item.content {
                    case .string(let text): values.append(text)
                    case .number(_, let text): values.append(text)
                    default:
                        problem(.wrongType, bytes, number, item.offset, "properties.\(member.key)", "property \"\(member.key)\" must hold strings, found \(item.typeName)")
                        return
                    }
                }
                entity.add(member.key, values)
            }
        }
        merge(entity, bytes: bytes, line: number, offset: schemaValue.offset)
    }

    private mutating func merge(_ entity: FtMEntity, bytes: [UInt8], line: Int, offset: Int) {
        guard let index = indexByID[entity.id] else {
            indexByID[entity.id] = entities.count
            lineByID[entity.id] = line
            entities.append(entity)
            return
        }
        var merged = entities[index]
        if merged.schema != entity.schema {
            if FtMModel.schema(entity.schema, isA: merged.schema) {
                merged.schema = entity.schema
            } else if !FtMModel.schema(merged.schema, isA: entity.schema) {
                problem(
                    .invalidValue, bytes, line, offset, "schema",
                    "entity \"\(entity.id)\" is a \(entity.schema) here but a \(merged.schema) on line \(lineByID[entity.id] ?? 0); fragments of one entity must have compatible schemata")
                return
            }
        }
        for property in entity.properties { merged.add(property.name, property.values) }
        entities[index] = merged
    }

    private mutating func problem(
        _ kind: DatasetProblem.Kind, _ bytes: [UInt8], _ line: Int, _ offset: Int, _ path: String, _ message: String
    ) {
        problems.append(
            DatasetProblem(
                kind: kind, file: file, position: JSONLine.position(in: bytes, line: line, offset: offset), path: path,
                message: message))
    }
}
