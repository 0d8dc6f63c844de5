/// A place inside a dataset document, such as `interactions[3].participants[1]`.
struct DocumentPath: Sendable, Hashable, CustomStringConvertible {
    enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    var components: [Component]

    init(_ components: [Component] = []) {
        self.components = components
    }

    func appending(_ key: String) -> DocumentPath { DocumentPath(components + [.key(key)]) }
    func appending(_ index: Int) -> DocumentPath { DocumentPath(components + [.index(index)]) }

    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The value at this path in a parsed document, or the deepest value on the way.
    func deepestValue(in root: JSONValue) -> JSONValue {
        var current = root
        for component in components {
            let next: JSONValue?
            switch component {
            case .key(let key): next = current[key]
            case .index(let index):
                if case .array(let elements) = current.content, elements.indices.contains(index) {
                    next = elements[index]
                } else {
                    next = nil
                }
            }
            guard let next else { break }
            current = next
        }
        return current
    }
}
