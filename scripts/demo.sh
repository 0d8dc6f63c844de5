#!/usr/bin/env bash
# The main job: sets up Graphviz if needed, builds the command line, checks the
# seed dataset and prints its summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
swift build -c release --product actorgraph
BIN="$(swift build -c release --show-bin-path)/actorgraph"
"$BIN" validate seeds/backchannel.json
"$BIN" summary seeds/backchannel.json
