// The `actorgraph` executable: all of its logic is in the ActorGraphCLI library,
// where the tests reach it.
import ActorGraphCLI

await ActorGraphCommand.runAsCommandLine()
