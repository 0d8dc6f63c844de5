import Foundation

/// Checking and canonical spelling of typed GraphML values.
enum GraphMLValue {
    /// The value in canonical spelling, or `nil` when it is not of the type.
    static func canonical(_ text: String, as type: AttributedGraph.ValueType) -> String? {
        switch type {
        case .string:
            return text
        case .boolean:
            switch text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() {
            case "true", "1": return "true"
            case "false", "0": return "false"
            default: return nil
            }
        case .int, .long:
            return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)).map(String.init)
        case .float, .double:
            return AttributeText.double(from: text).map(AttributeText.text(for:))
        }
    }
}
