/// Writes a network as Graphviz DOT, styled by a ``DiagramStyle``: the
/// ``Diagram`` of the network (every drawing decision) encoded by ``DOTEncoder``
/// (syntax and escaping).
///
/// ```swift
/// let network = dataset.project()
/// let dot = try DOTWriter(style: DiagramStyle()).write(network)
/// ```
///
/// The output is deterministic: nodes in graph order, ties in ``ProjectedNetwork/ties``
/// order, clusters and legend entries in a fixed order, attributes sorted by name,
/// numbers rounded to three decimals. Every id and label is escaped exactly (see
/// ``DOTEscaping``): node ids are the actor ids, labels display the actor names.
///
/// A tie that carries several interactions is drawn once: its colour is that of
/// its most frequent interaction kind and its line style that of its most frequent
/// channel track (``TieSummary/dominantKind``, ``TieSummary/dominantTrack``), its
/// pen width follows its weight.
public struct DOTWriter: Sendable {
    /// The style to draw with.
    public var style: DiagramStyle

    /// Creates a writer.
    ///
    /// - Parameter style: The look of the diagram.
    public init(style: DiagramStyle = DiagramStyle()) {
        self.style = style
    }

    /// The DOT text of a network.
    ///
    /// - Parameters:
    ///   - network: The projection to draw; its nodes, in order, are the nodes of the
    ///     diagram, and ``DiagramStyle/nodeScores`` is indexed the same way.
    /// - Returns: A complete `graph` (or `digraph` for a directed network).
    /// - Throws: ``DOTExportError`` when a name cannot be written exactly or the
    ///   scores do not match the nodes.
    /// - Complexity: O((V + E) log(V + E) + I), V nodes, E ties and I interactions
    ///   on the ties.
    public func write(_ network: ProjectedNetwork) throws(DOTExportError) -> String {
        try DOTEncoder().encode(Diagram(network: network, style: style))
    }
}

extension Dataset {
    /// The DOT text of this dataset's network, projected with `options` and drawn with `style`.
    ///
    /// - Parameters:
    ///   - options: How to project the interactions onto ties.
    ///   - style: The look of the diagram.
    /// - Throws: ``DOTExportError``, as ``DOTWriter/write(_:)`` throws it.
    /// - Complexity: that of ``project(_:)`` plus ``DOTWriter/write(_:)``.
    public func dot(
        options: ProjectionOptions = ProjectionOptions(), style: DiagramStyle = DiagramStyle()
    ) throws(DOTExportError) -> String {
        try DOTWriter(style: style).write(project(options))
    }
}

