/// Checks a dataset's references and values: unique ids, known actors, at least two
/// distinct participants, an initiator who takes part, dates in order, paragraph
/// numbers from 1.
///
/// Used by ``Dataset/validate()`` for values built in code and by ``DatasetLoader``
/// after decoding, which maps each problem's path back to a line and column.
struct DatasetValidator {
    struct Finding {
        var kind: DatasetProblem.Kind
        var path: DocumentPath
        var message: String
    }

    let dataset: Dataset
    let file: String?

    func problems() -> [DatasetProblem] {
        findings().map { DatasetProblem(kind: $0.kind, file: file, path: $0.path.description, message: $0.message) }
    }

    /// A finding when `text` holds a character no export can carry: the one rule
    /// of ``DOTEscaping/isRepresentable(_:)`` (C0 controls other than tab, line
    /// feed and carriage return, U+FFFE, U+FFFF), which is also XML 1.0's, so
    /// what validates draws and converts.
    func unrepresentable(_ text: String, at path: DocumentPath) -> [Finding] {
        guard let bad = text.unicodeScalars.first(where: { !DOTEscaping.isRepresentable($0) }) else { return [] }
        let code = "U+" + String(bad.value, radix: 16, uppercase: true).leftPadded(to: 4)
        return [
            Finding(
                kind: .invalidValue, path: path,
                message: "contains the control character \(code), which DOT, GraphML and SVG cannot carry")
        ]
    }

    /// - Complexity: O(A + P) for A actors and P participant entries.
    func findings() -> [Finding] {
        var found: [Finding] = []
        let actorsPath = DocumentPath([.key("actors")])
        var seenActors: [String: Int] = [:]
        for (index, actor) in dataset.actors.enumerated() {
            let path = actorsPath.appending(index)
            found += unrepresentable(actor.id, at: path.appending("id"))
            found += unrepresentable(actor.name, at: path.appending("name"))
            for (position, alias) in actor.aliases.enumerated() {
                found += unrepresentable(alias, at: path.appending("aliases").appending(position))
            }
            if actor.id.isEmpty {
                found.append(Finding(kind: .invalidValue, path: path.appending("id"), message: "actor id is empty"))
            }
            if let first = seenActors[actor.id] {
                found.append(
                    Finding(
                        kind: .duplicateID, path: path.appending("id"),
                        message: "duplicate actor id \"\(actor.id)\" (first used by actors[\(first)])"))
            } else {
                seenActors[actor.id] = index
            }
            for (position, affiliation) in actor.affiliations.enumerated() {
                let affiliationPath = path.appending("affiliations").appending(position)
                if let target = dataset.actor(id: affiliation.institution) {
                    if target.kind != .institution {
                        found.append(
                            Finding(
                                kind: .invalidValue, path: affiliationPath.appending("institution"),
                                message:
                                    "actor \"\(actor.id)\": affiliation names \"\(affiliation.institution)\", which is a \(target.kind.rawValue), expected an institution"
                            ))
                    }
                } else {
                    found.append(
                        Finding(
                            kind: .unknownActor, path: affiliationPath.appending("institution"),
                            message:
                                "actor \"\(actor.id)\": affiliation names unknown institution id \"\(affiliation.institution)\""
                        ))
                }
                if let from = affiliation.from, let to = affiliation.to, to < from {
                    found.append(
                        Finding(
                            kind: .malformedDate, path: affiliationPath.appending("to"),
                            message: "actor \"\(actor.id)\": affiliation ends (\(to)) before it starts (\(from))"))
                }
            }
            if let parent = actor.parent {
                if dataset.actor(id: parent) == nil {
                    found.append(
                        Finding(
                            kind: .unknownActor, path: path.appending("parent"),
                            message: "actor \"\(actor.id)\": parent \"\(parent)\" is not a known actor id"))
                } else if parent == actor.id {
                    found.append(
                        Finding(
                            kind: .invalidValue, path: path.appending("parent"),
                            message: "actor \"\(actor.id)\" names itself as its parent"))
                }
            }
        }

        found += parentCycles(path: actorsPath)

        let interactionsPath = DocumentPath([.key("interactions")])
        var seenInteractions: [String: Int] = [:]
        for (index, interaction) in dataset.interactions.enumerated() {
            let path = interactionsPath.appending(index)
            let label = "interaction \"\(interaction.id)\""
            found += unrepresentable(interaction.id, at: path.appending("id"))
            found += unrepresentable(interaction.kind.rawValue, at: path.appending("kind"))
            if interaction.id.isEmpty {
                found.append(Finding(kind: .invalidValue, path: path.appending("id"), message: "interaction id is empty"))
            }
            if let first = seenInteractions[interaction.id] {
                found.append(
                    Finding(
                        kind: .duplicateID, path: path.appending("id"),
                        message: "duplicate interaction id \"\(interaction.id)\" (first used by interactions[\(first)])"))
            } else {
                seenInteractions[interaction.id] = index
            }
            var distinct = Set<String>()
            for (position, participant) in interaction.participants.enumerated() {
                let participantPath = path.appending("participants").appending(position)
                if dataset.actor(id: participant) == nil {
                    found.append(
                        Finding(
                            kind: .unknownActor, path: participantPath,
                            message: "\(label): participant \"\(participant)\" is not a known actor id"))
                }
                if !distinct.insert(participant).inserted {
                    found.append(
                        Finding(
                            kind: .duplicateParticipant, path: participantPath,
                            message: "\(label): participant \"\(participant)\" is listed twice"))
                }
            }
            if distinct.count < 2 {
                found.append(
                    Finding(
                        kind: .tooFewParticipants, path: path.appending("participants"),
                        message: "\(label): needs at least two distinct participants, found \(distinct.count)"))
            }
            if let initiator = interaction.initiator, !distinct.contains(initiator) {
                found.append(
                    Finding(
                        kind: .initiatorNotParticipant, path: path.appending("initiator"),
                        message:
                            "\(label): initiator \"\(initiator)\" is not one of the participants (\(interaction.participants.joined(separator: ", ")))"
                    ))
            }
            if let date = interaction.date, let end = interaction.endDate, end.lastDay < date.firstDay {
                found.append(
                    Finding(
                        kind: .malformedDate, path: path.appending("endDate"),
                        message: "\(label): endDate \(end) is before date \(date)"))
            }
            if interaction.endDate != nil && interaction.date == nil {
                found.append(
                    Finding(
                        kind: .missingKey, path: path.appending("date"),
                        message: "\(label): has an endDate but no date"))
            }
            for (position, source) in interaction.sources.enumerated() {
                let sourcePath = path.appending("sources").appending(position)
                if source.document.isEmpty {
                    found.append(
                        Finding(
                            kind: .invalidValue, path: sourcePath.appending("document"),
                            message: "\(label): source document name is empty"))
                }
                if source.paragraphs.isEmpty {
                    found.append(
                        Finding(
                            kind: .invalidValue, path: sourcePath.appending("paragraphs"),
                            message: "\(label): source \"\(source.document)\" cites no paragraph; list the paragraphs that state the interaction"))
                }
                var cited = Set<Int>()
                for (p, paragraph) in source.paragraphs.enumerated() {
                    if paragraph < 1 {
                        found.append(
                            Finding(
                                kind: .invalidValue, path: sourcePath.appending("paragraphs").appending(p),
                                message: "\(label): paragraph numbers start at 1, found \(paragraph)"))
                    } else if !cited.insert(paragraph).inserted {
                        found.append(
                            Finding(
                                kind: .invalidValue, path: sourcePath.appending("paragraphs").appending(p),
                                message: "\(label): paragraph \(paragraph) of \"\(source.document)\" is cited twice"))
                    }
                }
            }
        }
        return found
    }

    /// One finding per cycle of `parent` links (an institution that is, through its
    /// parents, its own ancestor), reported at the cycle's first actor in dataset order.
    ///
    /// - Complexity: O(A).
    private func parentCycles(path: DocumentPath) -> [Finding] {
        var state = [Int: Int]()  // actor index → 1 on the current walk, 2 done
        var found: [Finding] = []
        for start in dataset.actors.indices where state[start] == nil {
            var walk: [Int] = []
            var current: Int? = start
            while let index = current, state[index] == nil {
                state[index] = 1
                walk.append(index)
                current = dataset.actors[index].parent.flatMap { dataset.actorIndex(id: $0) }
            }
            if let index = current, state[index] == 1, let first = walk.firstIndex(of: index) {
                let cycle = walk[first...].map { dataset.actors[$0].id }
                found.append(
                    Finding(
                        kind: .invalidValue, path: path.appending(index).appending("parent"),
                        message: "parent links form a cycle: \((cycle + [cycle[0]]).joined(separator: " → "))"))
            }
            for index in walk { state[index] = 2 }
        }
        return found
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
