#!/usr/bin/env bash
# Installs what ActorGraph builds and tests against when it is missing:
# the Graphviz C library with headers (libgraphviz-dev, found through pkg-config
# as libgvc), the `dot` command (graphviz) that the tests cross-check against,
# and fonts that shape Arabic in PNG and PDF output.
set -euo pipefail

if pkg-config --exists libgvc 2>/dev/null && command -v dot >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "ensure-graphviz: libgvc is missing and this user cannot install packages (not root, no sudo)." >&2
  echo "ensure-graphviz: install libgraphviz-dev, graphviz and pkg-config, then run again." >&2
  exit 1
fi

echo "ensure-graphviz: installing libgraphviz-dev, graphviz, pkg-config and fonts through apt" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libgraphviz-dev graphviz pkg-config fonts-dejavu-core fonts-noto-core >/dev/null
pkg-config --exists libgvc
