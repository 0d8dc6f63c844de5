/// XMLParser reports errors by number only. The numbers are libxml2's
/// (`xmlParserErrors`), on Linux and on Apple platforms alike; these are the
/// messages for the ones met in practice.
enum XMLErrorText {
    static func describe(code: Int) -> String {
        let text: String
        switch code {
        case 1: text = "a limit of XMLParser (libxml2) was reached (a tag, attribute value or comment longer than 10,000,000 bytes?)"
        case 4: text = "the document is empty or does not start with an element"
        case 5: text = "the document ends inside an element, or has content after the root element"
        case 6, 7, 8, 9: text = "a character (or character reference) that XML 1.0 does not allow"
        case 23: text = "an entity reference without its closing ; (write & as &amp;)"
        case 26, 27: text = "an undeclared entity (write & as &amp;)"
        case 38: text = "a < in an attribute value (write it as &lt;)"
        case 39, 40, 41: text = "an attribute value that is not quoted or not closed"
        case 42: text = "an attribute given twice in one element"
        case 65: text = "a space is required"
        case 68: text = "a name is required (a bare & or < in text? write &amp; and &lt;)"
        case 73: text = "a tag is not closed with >"
        case 76: text = "an end tag does not match its start tag"
        case 77: text = "a tag is not finished"
        case 89: text = "an entity that refers to itself"
        case 110: text = "a name longer than 50,000 bytes"
        default: text = "XML syntax error"
        }
        return "\(text) (XMLParser error \(code))"
    }
}
