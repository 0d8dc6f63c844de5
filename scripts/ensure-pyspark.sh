#!/usr/bin/env bash
# Installs PySpark from PyPI when it is missing, for scripts/spark/project.py and its
# check (scripts/spark/check_projection.py): pyspark 4.3.0, the version the Spark
# projection was checked with (PYSPARK_VERSION overrides it). An installed pyspark of
# another version is left alone and reported. Prints what it did.
#
# Spark runs on the JVM: without `java` (or with a Java older than 17, which Spark 4
# needs) it prints a SKIP line and exits 0 without installing anything, so callers
# can skip the Spark check with that reason. PYTHON selects the interpreter (default
# python3). Exits 1 when pip is missing or the install fails.
set -euo pipefail

PYTHON="${PYTHON:-python3}"
PYSPARK_VERSION="${PYSPARK_VERSION:-4.3.0}"

if ! command -v java >/dev/null 2>&1; then
  echo "SKIP: ensure-pyspark: no java found; Spark needs Java 17 or later (apt-get install openjdk-17-jre-headless)"
  exit 0
fi
# `java -version` prints e.g. openjdk version "17.0.15" (or "1.8.0_392" for Java 8) on stderr.
java_version=$(java -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
java_major=${java_version%%.*}
if [ "$java_major" = "1" ]; then
  java_major=$(echo "$java_version" | cut -d. -f2)
fi
if ! [[ "$java_major" =~ ^[0-9]+$ ]] || [ "$java_major" -lt 17 ]; then
  echo "SKIP: ensure-pyspark: java ${java_version:-of unknown version} found; Spark 4 needs Java 17 or later"
  exit 0
fi

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "ensure-pyspark: $PYTHON not found; install Python 3 (apt-get install python3 python3-pip)." >&2
  exit 1
fi

if have=$("$PYTHON" -c 'import pyspark; print(pyspark.__version__)' 2>/dev/null); then
  if [ "$have" != "$PYSPARK_VERSION" ]; then
    echo "ensure-pyspark: pyspark $have is installed (the Spark projection was checked with $PYSPARK_VERSION); left as it is"
  else
    echo "ensure-pyspark: pyspark $have present (java $java_version)"
  fi
  exit 0
fi

if ! "$PYTHON" -m pip --version >/dev/null 2>&1; then
  echo "ensure-pyspark: pyspark missing and $PYTHON has no pip (apt-get install python3-pip)." >&2
  exit 1
fi

pip_options=(--quiet --disable-pip-version-check)
# A distribution's Python marked externally managed (PEP 668) takes user installs only.
# (Not inside a virtual environment, which takes plain installs and refuses --user.)
if "$PYTHON" -c 'import os, sys, sysconfig; sys.exit(0 if sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
  pip_options+=(--user --break-system-packages)
fi

echo "ensure-pyspark: installing pyspark==$PYSPARK_VERSION with pip (java $java_version)"
"$PYTHON" -m pip install "${pip_options[@]}" "pyspark==$PYSPARK_VERSION"
have=$("$PYTHON" -c 'import pyspark; print(pyspark.__version__)')
echo "ensure-pyspark: pyspark $have installed"
