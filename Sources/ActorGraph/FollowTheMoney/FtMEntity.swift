/// One FollowTheMoney entity as FtM's JSON form writes it:
/// `{"id": …, "schema": …, "properties": {"name": ["…"], …}}`.
///
/// Every property holds a list of strings (FtM's values are always lists);
/// properties and values keep the order they were added or read in.
public struct FtMEntity: Sendable, Hashable {
    /// One property and its values.
    public struct Property: Sendable, Hashable {
        /// The property's name, for example `involved`.
        public var name: String
        /// Its values, in order.
        public var values: [String]
    }

    /// The entity id (for the ids ActorGraph writes, see ``FtMIdentifier``).
    public var id: String
    /// The schema name, for example `Person` or `Event`.
    public var schema: String
    /// The properties with at least one value, in order.
    public private(set) var properties: [Property]

    /// Creates an entity without properties.
    ///
    /// - Parameters:
    ///   - id: the entity id.
    ///   - schema: the schema name.
    public init(id: String, schema: String) {
        self.id = id
        self.schema = schema
        self.properties = []
    }

    /// The values of a property, or an empty list. O(number of properties).
    ///
    /// - Parameter name: the property's name.
    public subscript(name: String) -> [String] {
        properties.first { $0.name == name }?.values ?? []
    }

    /// Appends values to a property (created at the end when new); empty
    /// strings and values the property already has are skipped, as FtM does.
    ///
    /// - Parameters:
    ///   - name: the property's name.
    ///   - values: the values to add.
    /// - Returns: how many values were skipped (empty or repeated).
    /// - Complexity: O(existing values + new values).
    @discardableResult
    public mutating func add(_ name: String, _ values: [String]) -> Int {
        let index = properties.firstIndex { $0.name == name }
        var seen = Set(index.map { properties[$0].values } ?? [])
        var kept: [String] = []
        for value in values where !value.isEmpty && seen.insert(value).inserted { kept.append(value) }
        if !kept.isEmpty {
            if let index {
                properties[index].values += kept
            } else {
                properties.append(Property(name: name, values: kept))
            }
        }
        return values.count - kept.count
    }

    /// Appends one value to a property (see ``add(_:_:)-(String,[String])``).
    ///
    /// - Parameters:
    ///   - name: the property's name.
    ///   - value: the value, skipped when `nil` or empty.
    /// - Returns: 1 when the value was skipped (empty or repeated), else 0.
    @discardableResult
    public mutating func add(_ name: String, _ value: String?) -> Int {
        guard let value else { return 0 }
        return add(name, [value])
    }

    /// The entity as one line of FtM's JSON Lines, without the line feed: keys
    /// `id`, `schema`, `properties` in that order, non-ASCII text as UTF-8.
    ///
    /// - Complexity: O(size of the entity).
    public var jsonLine: String {
        var out = "{\"id\":"
        JSONText.write(id, to: &out)
        out += ",\"schema\":"
        JSONText.write(schema, to: &out)
        out += ",\"properties\":{"
        for (index, property) in properties.enumerated() {
            if index > 0 { out += "," }
            JSONText.write(property.name, to: &out)
            out += ":["
            for (position, value) in property.values.enumerated() {
                if position > 0 { out += "," }
                JSONText.write(value, to: &out)
            }
            out += "]"
        }
        out += "}}"
        return out
    }
}
