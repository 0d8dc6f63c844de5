/// A whole dataset: the actors and the interactions between them.
///
/// Load one with ``DatasetLoader``; a value built in code can be checked with
/// ``validate()``. Lookups by id are O(1).
public struct Dataset: Sendable, Hashable {
    /// The actors, in dataset order.
    public private(set) var actors: [Actor]
    /// The interactions, in dataset order.
    public private(set) var interactions: [Interaction]
    private var actorIndexByID: [String: Int]

    /// Creates a dataset. Later duplicates of an actor id are kept in ``actors``
    /// but not reachable through ``actor(id:)``; ``validate()`` reports them.
    ///
    /// - Parameters:
    ///   - actors: the actors, in order.
    ///   - interactions: the interactions, in order.
    public init(actors: [Actor], interactions: [Interaction]) {
        self.actors = actors
        self.interactions = interactions
        var index: [String: Int] = [:]
        index.reserveCapacity(actors.count)
        for (position, actor) in actors.enumerated() where index[actor.id] == nil {
            index[actor.id] = position
        }
        self.actorIndexByID = index
    }

    /// The actor with this id, if any. O(1).
    ///
    /// - Parameter id: the actor's id.
    public func actor(id: String) -> Actor? {
        actorIndexByID[id].map { actors[$0] }
    }

    /// The position of the actor with this id in ``actors``. O(1).
    ///
    /// - Parameter id: the actor's id.
    public func actorIndex(id: String) -> Int? { actorIndexByID[id] }

    /// Every problem with the dataset's references and values, in dataset order;
    /// empty when the dataset is consistent.
    ///
    /// - Complexity: O(A + P), A actors and P participant entries.
    public func validate() -> [DatasetProblem] {
        DatasetValidator(dataset: self, file: nil).problems()
    }
}
