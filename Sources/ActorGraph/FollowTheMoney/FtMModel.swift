/// What ActorGraph knows of the FollowTheMoney (FtM) model: every schema with the
/// schemata it extends, the source and target properties of edge schemata, and
/// the two-letter country codes of FtM's `country` type with their English names.
///
/// The tables are generated from the `followthemoney` package itself
/// (`scripts/interop/ftm_model.py`, version in ``generatedFrom``), not typed by hand;
/// the interop check fails when they drift from the installed model.
///
/// Reference: FollowTheMoney data model, <https://followthemoney.tech/explorer/>.
public enum FtMModel {
    /// One schema of the model.
    public struct Schema: Sendable {
        /// The schema's name and every schema it extends, directly or not.
        public var isA: Set<String>
        /// For an edge schema (Membership, UnknownLink, …): the properties naming
        /// its source and its target.
        public var edge: (source: String, target: String)?
        /// Whether the schema is abstract (no entity may have it).
        public var abstract: Bool

        init(isA: [String], edge: (String, String)?, abstract: Bool) {
            self.isA = Set(isA)
            self.edge = edge.map { (source: $0.0, target: $0.1) }
            self.abstract = abstract
        }
    }

    /// The schema named `name`, or `nil` when the model has none.
    ///
    /// - Parameter name: a schema name such as `"Person"`.
    /// - Complexity: O(1).
    public static func schema(_ name: String) -> Schema? { generatedSchemata[name] }

    /// Whether the schema `name` is `ancestor` or extends it (`Company` is an
    /// `Organization`, a `LegalEntity` and a `Thing`). `false` for unknown names.
    ///
    /// - Parameters:
    ///   - name: the schema to test.
    ///   - ancestor: the schema it may extend.
    public static func schema(_ name: String, isA ancestor: String) -> Bool {
        generatedSchemata[name]?.isA.contains(ancestor) ?? false
    }

    /// The English name FtM gives a country code, or `nil` when FtM's `country`
    /// type does not know the code.
    ///
    /// - Parameter code: an ISO 3166-1 alpha-2 code (or one FtM assigns, such as `XK`).
    public static func countryName(_ code: CountryCode) -> String? { generatedCountryNames[code.rawValue] }
}
