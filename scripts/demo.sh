#!/usr/bin/env bash
# The main job: sets up Graphviz if needed, builds the command line, checks the
# seed dataset and draws the whole seed network to out/backchannel.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
swift build -c release --product actorgraph
BIN="$(swift build -c release --show-bin-path)/actorgraph"
mkdir -p out
"$BIN" validate seeds/backchannel.json
"$BIN" render seeds/backchannel.json --labels both -o out/backchannel.svg
echo "wrote out/backchannel.svg"
