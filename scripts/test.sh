#!/usr/bin/env bash
# The test command: sets up Graphviz if needed, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-graphviz.sh
swift build --build-tests
swift test --skip-build
