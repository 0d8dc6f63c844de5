#!/usr/bin/env bash
# Makes the virtual environment .venv-ftm/ holding the PyPI `followthemoney` package
# (4.11.2, the version the FollowTheMoney export and import were checked with;
# FTM_VERSION overrides it), used by scripts/interop/check_ftm.py. Its own venv,
# because followthemoney pins networkx below the 3.6.1 the interop fixtures are
# written with: installed beside it, it would downgrade networkx. Prints the venv's
# python on its last line. Reuses the venv when it already has that version.
#
# followthemoney needs PyICU, built from source against libicu: when the build fails
# for want of the headers, apt-get installs libicu-dev, pkg-config, g++ and
# python3-dev (with sudo when not root) and the install is tried again; python3-venv
# likewise when `python3 -m venv` fails. PYTHON selects the interpreter (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
FTM_VERSION="${FTM_VERSION:-4.11.2}"
VENV=.venv-ftm

apt_install() {
  local sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  echo "ensure-ftm: apt-get install $*" >&2
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >&2
}

if [ -x "$VENV/bin/python" ] && have=$("$VENV/bin/python" -c 'import followthemoney; print(followthemoney.__version__)' 2>/dev/null) && [ "$have" = "$FTM_VERSION" ]; then
  echo "ensure-ftm: followthemoney $have present in $VENV" >&2
  echo "$VENV/bin/python"
  exit 0
fi

if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
  apt_install python3-venv
  "$PYTHON" -m venv "$VENV" >&2
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2 || true
if ! "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "followthemoney==$FTM_VERSION" >&2; then
  apt_install libicu-dev pkg-config g++ python3-dev
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "followthemoney==$FTM_VERSION" >&2
fi
have=$("$VENV/bin/python" -c 'import followthemoney; print(followthemoney.__version__)')
echo "ensure-ftm: followthemoney $have installed in $VENV" >&2
echo "$VENV/bin/python"
