#!/usr/bin/env bash
# The test command: sets up Graphviz if needed, builds everything (library, command
# line, examples, tests), runs each example to completion, then runs every test.
# Then reads our GraphML and CSV with networkx and igraph and checks that the interop
# fixtures they write equal the committed ones (scripts/interop/check_interop.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
bash scripts/ensure-python-peers.sh
swift build --build-tests
for example in FlorentineFamilies BrokersByYear StyledDiagram; do
  echo "== swift run $example"
  swift run --skip-build "$example" > "/tmp/actorgraph-example-$example.log"
  tail -n 2 "/tmp/actorgraph-example-$example.log"
done
swift test --skip-build
echo "== interop with networkx and igraph"
"${PYTHON:-python3}" scripts/interop/check_interop.py --skip-build --check
