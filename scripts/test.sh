#!/usr/bin/env bash
# The test command: sets up Graphviz if needed, builds everything (library, command
# line, examples, tests), runs each example to completion, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
swift build --build-tests
for example in FlorentineFamilies BrokersByYear StyledDiagram; do
  echo "== swift run $example"
  swift run --skip-build "$example" > "/tmp/actorgraph-example-$example.log"
  tail -n 2 "/tmp/actorgraph-example-$example.log"
done
swift test --skip-build
