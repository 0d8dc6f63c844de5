#!/usr/bin/env bash
# Installs the Python peers that scripts/interop/check_interop.py reads ActorGraph's
# output with, when they are missing: networkx 3.6.1 and python-igraph 1.0.0, the
# versions README.md and BENCHMARKS.md report and the interop fixtures' manifest.json
# records. An installed peer of another version is left alone and reported; the
# interop check then says whether what it writes still equals the committed fixtures.
# PYTHON selects the interpreter (default python3).
set -euo pipefail

PYTHON="${PYTHON:-python3}"
NETWORKX_VERSION=3.6.1
IGRAPH_VERSION=1.0.0

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "ensure-python-peers: $PYTHON not found; install Python 3 (apt-get install python3 python3-pip)." >&2
  exit 1
fi

# Prints the installed version of a module, or fails when it cannot be imported.
installed_version() {
  "$PYTHON" -c 'import importlib, sys; print(importlib.import_module(sys.argv[1]).__version__)' "$1" 2>/dev/null
}

missing=()
for spec in "networkx networkx $NETWORKX_VERSION" "igraph python-igraph $IGRAPH_VERSION"; do
  read -r module package version <<<"$spec"
  if have=$(installed_version "$module"); then
    if [ "$have" != "$version" ]; then
      echo "ensure-python-peers: $package $have is installed; the interop fixtures were written with $version" >&2
    fi
  else
    missing+=("$package==$version")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
  echo "ensure-python-peers: ${missing[*]} missing and $PYTHON has no pip (apt-get install python3-pip)." >&2
  exit 1
fi

pip_options=(--quiet --disable-pip-version-check)
# A distribution's Python marked externally managed (PEP 668) takes user installs only.
# (Not inside a virtual environment, which takes plain installs and refuses --user.)
if "$PYTHON" -c 'import os, sys, sysconfig; sys.exit(0 if sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
  pip_options+=(--user --break-system-packages)
fi

echo "ensure-python-peers: installing ${missing[*]} with pip" >&2
"$PYTHON" -m pip install "${pip_options[@]}" "${missing[@]}"
installed_version networkx >/dev/null
installed_version igraph >/dev/null
