// Fuzz target `dot`: DOTEscaping.identifier/value/label on arbitrary UTF-8 (invalid
// bytes become U+FFFD), and DOTWriter().write of a tiny network whose ids and names
// are pieces of the input.
//
// Checks, when escaping succeeds (DOTEscapingError is the expected failure):
// - `label(t)` is a double-quoted string whose label-layer decoding
//   (`\\`→`\`, `\"`→`"`, `\n`→newline, `&amp;`→`&`) gives `t` back;
// - `value(t)` is either `"…"` whose parser-layer decoding (`\"`→`"`, a backslash
//   before a newline dropped, everything else verbatim) gives `t` back, or `<t>`;
// - `identifier(t)` throws for a leading `%` and otherwise equals `value(t)`;
// - each throws only for the reasons DOTEscaping documents.
//
// Input layout for the network: the text split on NUL (U+0000, which DOT cannot
// carry anyway) gives up to three strings: two actor ids/names and an alias.
import ActorGraph
import Foundation

/// libcgraph's parser layer of a quoted string, without the quotes.
func parserLayer(_ body: Substring.UnicodeScalarView) -> String {
    var out = String.UnicodeScalarView()
    var iterator = body.makeIterator()
    while let scalar = iterator.next() {
        guard scalar == "\\" else { out.append(scalar); continue }
        guard let next = iterator.next() else { out.append(scalar); break }
        switch next {
        case "\"": out.append("\"")
        case "\n": break
        default: out.append(scalar); out.append(next)
        }
    }
    return String(out)
}

/// The label layer's decoding of what `label(_:)` writes, without the quotes.
func labelLayer(_ body: Substring.UnicodeScalarView) -> String {
    var out = String.UnicodeScalarView()
    let scalars = Array(body)
    var index = 0
    while index < scalars.count {
        let scalar = scalars[index]
        if scalar == "\\", index + 1 < scalars.count {
            let next = scalars[index + 1]
            out.append(next == "n" ? "\n" : next)
            index += 2
        } else if scalar == "&", scalars[index...].starts(with: "&amp;".unicodeScalars) {
            out.append("&")
            index += 5
        } else {
            out.append(scalar)
            index += 1
        }
    }
    return String(out)
}

/// Whether `token` is `open` + … + `close`, compared by scalars: hasPrefix/hasSuffix
/// compare Characters, and a prepended mark such as U+0604 joins the closing quote
/// into one Character.
func isWrapped(_ token: String, _ open: Unicode.Scalar, _ close: Unicode.Scalar) -> Bool {
    token.unicodeScalars.count >= 2 && token.unicodeScalars.first == open && token.unicodeScalars.last == close
}

func body(_ token: String) -> Substring.UnicodeScalarView {
    token.unicodeScalars.dropFirst().dropLast()[...]
}

func checkEscaping(_ text: String) {
    let representable = text.unicodeScalars.allSatisfy(DOTEscaping.isRepresentable)
    // label
    do {
        let token = try DOTEscaping.label(text)
        precondition(representable, "label accepted an unrepresentable scalar")
        precondition(isWrapped(token, "\"", "\""), "label is not quoted: \(token.debugDescription)")
        let decoded = labelLayer(body(token))
        precondition(decoded.unicodeScalars.elementsEqual(text.unicodeScalars),
                     "label \(token.debugDescription) decodes to \(decoded.debugDescription), not \(text.debugDescription)")
    } catch {
        guard case .unrepresentableScalar(let scalar, let offset) = error.problem else {
            preconditionFailure("label threw \(error.problem)")
        }
        precondition(!representable && !DOTEscaping.isRepresentable(scalar), "label rejected a representable scalar")
        precondition(Array(text.unicodeScalars)[offset] == scalar, "label's error offset is wrong")
        _ = error.description
    }
    // value
    var valueToken: String?
    do {
        let token = try DOTEscaping.value(text)
        valueToken = token
        precondition(representable, "value accepted an unrepresentable scalar")
        if token.unicodeScalars.first == "<" {
            precondition(token.unicodeScalars.elementsEqual(("<" + text + ">").unicodeScalars),
                         "HTML-form value \(token.debugDescription) is not <text>")
        } else {
            precondition(isWrapped(token, "\"", "\""), "value is neither quoted nor HTML: \(token.debugDescription)")
            let decoded = parserLayer(body(token))
            precondition(decoded.unicodeScalars.elementsEqual(text.unicodeScalars),
                         "value \(token.debugDescription) reads back as \(decoded.debugDescription), not \(text.debugDescription)")
        }
    } catch {
        switch error.problem {
        case .unrepresentableScalar: precondition(!representable, "value rejected a representable text")
        case .oddBackslashesWithUnbalancedBrackets: precondition(representable)
        case .leadingPercent: preconditionFailure("value rejected a leading %")
        }
        _ = error.description
    }
    // identifier
    do {
        let token = try DOTEscaping.identifier(text)
        precondition(text.unicodeScalars.first != "%", "identifier accepted a leading %")
        precondition(token == valueToken, "identifier differs from value")
    } catch {
        if case .leadingPercent = error.problem {
            precondition(text.unicodeScalars.first == "%")
        } else {
            precondition(valueToken == nil, "identifier threw \(error.problem) but value succeeded")
        }
    }
}

func checkWriter(_ text: String) {
    let pieces = text.split(separator: "\u{0}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    let first = pieces[0]
    let second = pieces.count > 1 ? pieces[1] : first + "2"
    let alias = pieces.count > 2 ? pieces[2] : second
    let dataset = Dataset(
        actors: [
            Actor(id: first, kind: .person, name: second, aliases: [alias]),
            Actor(id: second, kind: .institution, name: first),
        ],
        interactions: [
            Interaction(id: "i1", kind: .meeting, participants: [first, second], initiator: first, place: alias)
        ])
    // DOTWriter is documented for valid datasets; invalid ones are not its input.
    guard dataset.validate().isEmpty else { return }
    let network = dataset.project()
    do {
        let dot = try DOTWriter().write(network)
        precondition(dot.utf8.starts(with: "graph ".utf8) || dot.utf8.starts(with: "digraph ".utf8),
                     "DOT output starts with \(dot.prefix(20).debugDescription)")
    } catch {
        _ = error.description
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOT(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : size)
    let text = String(decoding: buffer, as: UTF8.self)
    checkEscaping(text)
    checkWriter(text)
    return 0
}
