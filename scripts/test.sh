#!/usr/bin/env bash
# The test command: sets up Graphviz if needed, builds everything (library, command
# line, examples, tests), runs each example to completion, then runs every test.
# Then reads our GraphML and CSV with networkx and igraph and checks that the interop
# fixtures they write equal the committed ones (scripts/interop/check_interop.py).
# Then opens `actorgraph report` pages in Debian's headless Chromium through
# Playwright for Python (scripts/report/test_report.py), and checks that the page's
# own scores (scores.js) equal `actorgraph scores` under many filters (Node).
# Then checks the FollowTheMoney export with the followthemoney package itself (every
# entity valid, ftm export-cypher/export-gexf run, round trips whole) in its own venv
# (scripts/ensure-ftm.sh), and that the other-tools import fixture equals its generator.
# Then checks that the Spark projection (scripts/spark/project.py, PySpark installed by
# scripts/ensure-pyspark.sh when missing) equals ActorGraph's on the seed, edge cases and
# 100,000 generated interactions (skipped, with the reason printed, without Java 17).
# Last, builds Examples/Client, a package that depends on this one as README.md's
# "Library usage" says and whose main.swift is its snippet, and runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
bash scripts/ensure-python-peers.sh
"${PYTHON:-python3}" scripts/report/embed_assets.py --check
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
echo "== FollowTheMoney: the export checked by followthemoney, the import fixture by its generator"
# followthemoney in its own venv (.venv-ftm): it pins an older networkx than the interop fixtures'.
FTM_PYTHON=$(bash scripts/ensure-ftm.sh)
"$FTM_PYTHON" scripts/fixtures/ftm_other_tools.py --check
"$FTM_PYTHON" scripts/interop/check_ftm.py --binary .build/debug/actorgraph
echo "== the HTML report in headless Chromium (scripts/report/test_report.py)"
bash scripts/ensure-browser.sh
"${PYTHON:-python3}" scripts/report/test_report.py --binary .build/debug/actorgraph
echo "== the report page's scores equal actorgraph scores (scripts/report/check_scores.mjs)"
# Node: the machine's, else the one Playwright for Python carries (installed above).
NODE=$(command -v node || "${PYTHON:-python3}" -c 'import os, playwright; print(os.path.join(os.path.dirname(playwright.__file__), "driver", "node"))')
"$NODE" scripts/report/check_scores.mjs --binary .build/debug/actorgraph | tail -n 3
echo "== temporal reference fixtures equal their generator (exhaustive enumeration)"
"${PYTHON:-python3}" scripts/fixtures/temporal_reference.py --check
echo "== the Spark projection equals ActorGraph's (scripts/spark/check_projection.py)"
bash scripts/ensure-pyspark.sh
"${PYTHON:-python3}" scripts/spark/check_projection.py --binary .build/debug/actorgraph
echo "== Examples/Client (README library usage)"
swift build --package-path Examples/Client --scratch-path .build-client
"$(swift build --package-path Examples/Client --scratch-path .build-client --show-bin-path)/Client" | tail -n 1
echo "== fuzzing (scripts/fuzz.sh, 30 s per target)"
bash scripts/fuzz.sh all 30
