#!/usr/bin/env bash
# The test command: sets up Graphviz if needed, builds everything (library, command
# line, examples, tests), runs each example to completion, then runs every test.
# Then reads our GraphML and CSV with networkx and igraph and checks that the interop
# fixtures they write equal the committed ones (scripts/interop/check_interop.py).
# Last, builds Examples/Client, a package that depends on this one as README.md's
# "Library usage" says and whose main.swift is its snippet, and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
bash scripts/ensure-python-peers.sh
"${PYTHON:-python3}" scripts/check_readme_client.py
swift build --build-tests
for example in FlorentineFamilies BrokersByYear StyledDiagram; do
  echo "== swift run $example"
  swift run --skip-build "$example" > "/tmp/actorgraph-example-$example.log"
  tail -n 2 "/tmp/actorgraph-example-$example.log"
done
swift test --skip-build
echo "== interop with networkx and igraph"
"${PYTHON:-python3}" scripts/interop/check_interop.py --skip-build --check
echo "== temporal reference fixtures equal their generator (exhaustive enumeration)"
"${PYTHON:-python3}" scripts/fixtures/temporal_reference.py --check
echo "== Examples/Client (README library usage)"
swift build --package-path Examples/Client --scratch-path .build-client
"$(swift build --package-path Examples/Client --scratch-path .build-client --show-bin-path)/Client" | tail -n 1
echo "== fuzzing (scripts/fuzz.sh, 30 s per target)"
bash scripts/fuzz.sh all 30
