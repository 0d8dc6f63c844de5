#!/usr/bin/env bash
# Renders the seed diagram N times (default 1000) in one process and prints the
# resident memory after a warm-up and at the end (from /proc/self/statm).
# Usage: scripts/render-memory.sh [renders] [format] [clusters]
# (clusters: country clusters and English/Arabic labels, laid out in a child process)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product RenderMemory >/dev/null
exec .build/debug/RenderMemory "${1:-1000}" "${2:-svg}" "${3:-}"
