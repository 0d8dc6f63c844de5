#!/usr/bin/env bash
# The main job: sets up Graphviz if needed, builds the command line, checks the
# seed dataset, draws the whole seed network to out/backchannel.svg and writes
# the offline HTML report out/report.html (with the cited paragraphs' text when
# the seed articles are in ../shared/seeds) and the FollowTheMoney entities
# out/backchannel.ftm.json (for Aleph and the ftm tools). With the articles, it also checks
# every interaction against its cited paragraphs and drafts article 004 with
# `extract` (out/draft-004.json, a dataset to review).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
swift build -c release --product actorgraph
BIN="$(swift build -c release --show-bin-path)/actorgraph"
mkdir -p out
"$BIN" validate seeds/backchannel.json
"$BIN" render seeds/backchannel.json --labels both -o out/backchannel.svg
echo "wrote out/backchannel.svg"
documents=()
[ -d ../shared/seeds ] && documents=(--documents ../shared/seeds)
"$BIN" report seeds/backchannel.json -o out/report.html --title "US–Russia back channels 2021–2025" "${documents[@]}"
echo "wrote out/report.html (open it in any browser; it needs no network)"
"$BIN" convert seeds/backchannel.json out/backchannel.ftm.json
echo "wrote out/backchannel.ftm.json (FollowTheMoney entities for Aleph or ftm; see Guides/FollowTheMoney.md)"
if [ -d ../shared/seeds ]; then
  "$BIN" verify seeds/backchannel.json --documents ../shared/seeds
  "$BIN" extract ../shared/seeds/004_2e52cb4734095ae0.txt --dataset seeds/backchannel.json -o out/draft-004.json
  echo "wrote out/draft-004.json (a draft dataset for review; see Guides/Arabic.md)"
fi
