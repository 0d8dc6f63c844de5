/// Why a dataset cannot be written as FollowTheMoney without losing what it says.
public struct FtMExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The actor the problem is about.
    public var actor: String
    /// What is wrong and what would make it writable.
    public var message: String

    /// Creates an error; each parameter sets the property of the same name.
    public init(actor: String, message: String) {
        self.actor = actor
        self.message = message
    }

    public var description: String { "actor \"\(actor)\": \(message)" }
}
