import ActorGraph
import ArgumentParser
import Testing

@testable import ActorGraphCLI

/// Options parsed once into typed values, and bad values refused as usage
/// errors (exit 2) naming the option, through `parseAsRoot` as the program does.
@Suite struct CommandParsingTests {
    private func parse<Command: ParsableCommand>(_ arguments: [String], as type: Command.Type) throws -> Command {
        let command = try ActorGraphCommand.parseAsRoot(arguments)
        return try #require(command as? Command, "\(arguments) parses as \(Command.self)")
    }

    private func usageError(_ arguments: [String]) -> (code: Int32, message: String)? {
        do {
            _ = try ActorGraphCommand.parseAsRoot(arguments)
            return nil
        } catch {
            return (ActorGraphCommand.exitCode(for: error).rawValue, ActorGraphCommand.fullMessage(for: error))
        }
    }

    @Test func scoresOptionsAreTypedValues() throws {
        let command = try parse(
            [
                "scores", "seed.json", "--from", "2022", "--to", "2023-06", "--kinds", "call, meeting",
                "--tracks", "track1.5", "--statuses", "confirmed,reported", "--actor-kinds", "person",
                "--weighting", "multi-party", "--only", "betweenness,pagerank", "--sort", "pagerank", "--affiliations",
            ], as: ScoresCommand.self)
        let options = command.projection.options(affiliations: command.affiliations)
        #expect(options.from == PartialDate(iso: "2022"))
        #expect(options.to == PartialDate(iso: "2023-06"))
        #expect(options.kinds == [.call, .meeting])
        #expect(options.tracks == [.track1_5])
        #expect(options.statuses == [.confirmed, .reported])
        #expect(options.actorKinds == [.person])
        #expect(options.weighting == .multiParty)
        #expect(options.includeAffiliations)
        #expect(command.only == [.betweenness, .pagerank])
        #expect(command.sort == .pagerank)
    }

    @Test(arguments: [
        (["scores", "x.json", "--from", "2022-13"], "--from"),
        (["scores", "x.json", "--kinds", "meeting,lunch"], "lunch"),
        (["scores", "x.json", "--tracks", "track3"], "track3"),
        (["scores", "x.json", "--statuses", "rumoured"], "rumoured"),
        (["scores", "x.json", "--actor-kinds", "people"], "people"),
        (["scores", "x.json", "--weighting", "sum"], "sum"),
        (["scores", "x.json", "--only", "fame"], "fame"),
        (["scores", "x.json", "--sort", "fame"], "fame"),
        (["scores", "x.json", "--from", "2024", "--to", "2023"], "is after --to"),
        (["scores", "x.json", "--only", "degree", "--sort", "pagerank"], "--sort pagerank"),
        (["scores", "x.json", "--top", "0"], "--top"),
        (["scores", "x.json", "--input-format", "xlsx"], "xlsx"),
        (["render", "x.json", "-o", "x.svg", "--edge-labels", "colour"], "colour"),
        (["render", "x.json", "-o", "x.svg", "--size-by", "fame"], "fame"),
        (["render", "x.json", "-o", "x.svg", "--layout", "nolayout"], "nolayout"),
        (["render", "x.json", "-o", "x.svg", "--format", "nosuchformat"], "nosuchformat"),
        (["convert", "x.json", "y.unknown"], "y.unknown"),
        (["convert", "x.unknown", "y.json"], "x.unknown"),
    ])
    func badValuesAreUsageErrorsNamingTheValue(arguments: [String], named: String) throws {
        let failure = try #require(usageError(arguments), "\(arguments) is refused")
        #expect(failure.code == ExitCode.validationFailure.rawValue, "\(failure.message)")
        #expect(failure.message.contains(named), "\(failure.message)")
    }

    @Test func renderOptionsAreTypedValues() throws {
        let command = try parse(
            [
                "render", "net.graphml", "-o", "net.png", "--layout", "neato", "--size-by", "betweenness",
                "--cluster-by", "club", "--edge-labels", "kind,date", "--labels", "both", "--no-affiliations",
            ], as: RenderCommand.self)
        #expect(command.layout.name == "neato")
        #expect(command.outputFormat.name == "png")
        #expect(command.sizeBy == .betweenness)
        #expect(command.clusterBy == "club")
        #expect(command.edgeLabels == [.kind, .date])
        #expect(command.labels == .both)
        #expect(!command.affiliations)
    }

    @Test func inputFormatComesFromTheOptionOrTheExtension() throws {
        let command = try parse(["scores", "net.txt", "--input-format", "graphml"], as: ScoresCommand.self)
        #expect(try command.inputArguments.source().format == .graphml)
        let guessed = try parse(["scores", "net.graphml"], as: ScoresCommand.self)
        #expect(try guessed.inputArguments.source().format == .graphml)
        let unknown = try parse(["scores", "net.txt"], as: ScoresCommand.self)
        #expect(throws: ValidationError.self) { try unknown.inputArguments.source() }
    }

    @Test func datasetOnlyOptionsAreNamed() {
        #expect(datasetOnlyFlags(ProjectionOptions()).isEmpty)
        let options = ProjectionOptions(from: PartialDate(iso: "2022"), actorKinds: [.person], weighting: .binary)
        #expect(datasetOnlyFlags(options) == ["--from", "--actor-kinds", "--weighting"])
    }
}
