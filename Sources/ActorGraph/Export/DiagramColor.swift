import Foundation

/// Colour arithmetic for diagrams: legible text on a coloured fill.
enum DiagramColor {
    /// `#000000` or `#FFFFFF`, whichever contrasts more with `fill` (a `#RRGGBB`
    /// colour) by the WCAG 2 contrast ratio; black for anything else.
    ///
    /// - Complexity: O(1).
    static func textColor(onFill fill: String) -> String {
        guard let luminance = relativeLuminance(fill) else { return "#000000" }
        // Contrast with black: (L + 0.05) / 0.05; with white: 1.05 / (L + 0.05).
        let withBlack = (luminance + 0.05) / 0.05
        let withWhite = 1.05 / (luminance + 0.05)
        return withBlack >= withWhite ? "#000000" : "#FFFFFF"
    }

    /// The WCAG 2 relative luminance of a `#RRGGBB` colour, or `nil` for another spelling.
    static func relativeLuminance(_ color: String) -> Double? {
        let bytes = Array(color.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "#") else { return nil }
        var channels: [Double] = []
        for start in stride(from: 1, to: 7, by: 2) {
            guard let value = UInt8(String(decoding: bytes[start..<start + 2], as: UTF8.self), radix: 16) else {
                return nil
            }
            let c = Double(value) / 255
            channels.append(c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4))
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
