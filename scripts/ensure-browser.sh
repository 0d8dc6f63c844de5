#!/usr/bin/env bash
# Installs what the browser checks need, each only when it is missing:
#  - Debian's `chromium` (apt): the headless browser the report tests and
#    scripts/look.sh drive;
#  - `fonts-noto-core` (apt): Noto Sans Arabic, so Chromium shapes Arabic names;
#  - Playwright for Python (PyPI, playwright==1.65.2), which the tests use to drive
#    that system Chromium (launched with executable_path="/usr/bin/chromium").
# It never runs `playwright install`: no browser is downloaded from the web.
# An installed Playwright of another version is left alone and reported.
# PYTHON selects the interpreter (default python3).
set -euo pipefail

PYTHON="${PYTHON:-python3}"
PLAYWRIGHT_VERSION=1.65.2

apt_missing=()
command -v chromium >/dev/null 2>&1 || apt_missing+=(chromium)
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ar family | grep -qi "noto sans arabic"; } \
   && ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
  apt_missing+=(fonts-noto-core)
fi

if [ ${#apt_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-browser: ${apt_missing[*]} missing and this user cannot install packages (not root, no sudo)." >&2
    echo "ensure-browser: install them with apt-get, then run again." >&2
    exit 1
  fi
  echo "ensure-browser: installing ${apt_missing[*]} through apt" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
  command -v chromium >/dev/null 2>&1 || { echo "ensure-browser: chromium still missing after apt-get" >&2; exit 1; }
fi

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "ensure-browser: $PYTHON not found; install Python 3 (apt-get install python3 python3-pip)." >&2
  exit 1
fi

# The installed Playwright's version, or failure when it is not installed.
playwright_version() {
  "$PYTHON" - <<'EOF' 2>/dev/null
import importlib.metadata, importlib.util, sys
if importlib.util.find_spec("playwright.sync_api") is None:
    sys.exit(1)
print(importlib.metadata.version("playwright"))
EOF
}

if have=$(playwright_version); then
  if [ "$have" != "$PLAYWRIGHT_VERSION" ]; then
    echo "ensure-browser: playwright $have is installed; the tests were written against $PLAYWRIGHT_VERSION" >&2
  fi
  exit 0
fi

if ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
  echo "ensure-browser: playwright missing and $PYTHON has no pip (apt-get install python3-pip)." >&2
  exit 1
fi

pip_options=(--quiet --disable-pip-version-check)
# A distribution's Python marked externally managed (PEP 668) takes user installs only.
# (Not inside a virtual environment, which takes plain installs and refuses --user.)
if "$PYTHON" -c 'import os, sys, sysconfig; sys.exit(0 if sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
  pip_options+=(--user --break-system-packages)
fi

echo "ensure-browser: installing playwright==$PLAYWRIGHT_VERSION with pip (no browser download)" >&2
"$PYTHON" -m pip install "${pip_options[@]}" "playwright==$PLAYWRIGHT_VERSION"
playwright_version >/dev/null
