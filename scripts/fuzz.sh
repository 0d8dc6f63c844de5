#!/usr/bin/env bash
# Fuzzing (issue 12): builds the libFuzzer targets of Fuzz/ (a package of its own that
# depends on this one) with -sanitize=fuzzer,address and runs each for a while.
#
#   bash scripts/fuzz.sh TARGET SECONDS     TARGET: dataset, csv, graphml, dot, arabic
#   bash scripts/fuzz.sh all SECONDS        every target, one after another
#
# The build (release, scratch path .build-fuzz, every fuzzer at once) runs only when a
# selected fuzzer is missing or a source of the library or of Fuzz/ is newer than it. Each run starts from the
# committed seeds (Fuzz/corpus/TARGET) and the recorded crashers (Fuzz/regressions/
# TARGET, which must no longer crash); inputs libFuzzer finds go to
# .build-fuzz/corpus/TARGET, crash, leak and timeout inputs and the logs to
# .fuzz-artifacts/TARGET/. Exits non-zero when any target crashes, leaks, times out
# (-timeout per input) or exceeds the memory limit. Prints executions per target.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(dataset csv graphml dot arabic ftm)
usage() { echo "usage: $0 {$(IFS='|'; echo "${TARGETS[*]}")|all} SECONDS" >&2; exit 2; }
[[ $# -eq 2 && "$2" =~ ^[0-9]+$ ]] || usage
if [[ "$1" == all ]]; then
  selected=("${TARGETS[@]}")
elif [[ " ${TARGETS[*]} " == *" $1 "* ]]; then
  selected=("$1")
else
  usage
fi
seconds=$2

SCRATCH=.build-fuzz
ARTIFACTS=.fuzz-artifacts
BUILD=(swift build --package-path Fuzz --scratch-path "$SCRATCH" -c release
       --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address)
# Why both: `--sanitize=fuzzer` makes SwiftPM compile the executables' main.swift as a
# library (-parse-as-library) and leave `main` to libFuzzer; without it the link fails
# (undefined fuzz_X_main). But swiftc keeps only the LAST -sanitize= flag, so
# `--sanitize=fuzzer --sanitize=address` would drop coverage (libFuzzer then reports
# "Is the code instrumented for coverage?"); the -Xswiftc flag comes last and wins.

bin="$SCRATCH/release"
needs_build=false
for target in "${selected[@]}"; do
  exe="$bin/fuzz-$target"
  if [[ ! -x "$exe" ]] || [[ -n "$(find Package.swift Sources/ActorGraph Fuzz/Package.swift Fuzz/*/ \
        -name '*.swift' -newer "$exe" -print -quit 2>/dev/null)" ]]; then
    needs_build=true
  fi
done
if $needs_build; then
  echo "== building fuzzers: ${BUILD[*]}"
  start=$SECONDS
  "${BUILD[@]}"
  echo "== built in $((SECONDS - start)) s"
else
  echo "== fuzzers up to date"
fi

symbolizer="$(dirname "$(command -v swiftc)")/llvm-symbolizer"
[[ -x "$symbolizer" ]] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:handle_abort=1}"
# The Swift runtime's own backtracer would catch the trap first (and trips ASan while
# reading memory); off, libFuzzer prints the stack and writes the crash input.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0}"

failed=()
summary=()
for target in "${selected[@]}"; do
  work="$SCRATCH/corpus/$target"
  out="$ARTIFACTS/$target"
  mkdir -p "$work" "$out"
  log="$out/fuzz.log"
  corpora=("$work" "Fuzz/corpus/$target")
  # FUZZ_REGRESSIONS=0 leaves out the recorded crashers (to explore past a known crash).
  if [[ "${FUZZ_REGRESSIONS:-1}" != 0 && -d "Fuzz/regressions/$target" ]]; then
    corpora+=("Fuzz/regressions/$target")
  fi
  echo "== fuzz $target for ${seconds} s (log: $log)"
  status=0
  "$bin/fuzz-$target" "${corpora[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -artifact_prefix="$out/" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  if [[ $status -ne 0 ]] || grep -q -E '^==[0-9]+==ERROR|^SUMMARY: (AddressSanitizer|LeakSanitizer|libFuzzer)|ALARM: working on the last Unit' "$log"; then
    failed+=("$target")
    echo "!! $target failed (exit $status); last lines of $log:"
    tail -n 40 "$log"
    ls -1 "$out" | grep -v '^fuzz.log$' | sed "s|^|   artifact: $out/|" || true
  fi
  summary+=("$(printf '%-8s %10s executions  %7s exec/s  %s' "$target" "${execs:-?}" "${rate:-?}" \
    "$([[ " ${failed[*]-} " == *" $target "* ]] && echo FAILED || echo ok)")")
done

echo "== fuzz summary (${seconds} s per target)"
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzzing failed: ${failed[*]}" >&2
  exit 1
fi
