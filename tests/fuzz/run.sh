#!/usr/bin/env bash
# Runs every fuzz target of a build configured with -DCTNN_BUILD_FUZZERS=ON (clang++) for
# SECONDS each, from its seeds in tests/fuzz/corpus/ (copied: the seeds stay as they are), and
# prints the inputs each ran and the code it covered. Exits non-zero at the first finding; the
# input that found it is in the working directory (crash-*), to add to the seeds.
#
# usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: $0 BUILD_DIR [SECONDS]}
seconds=${2:-15}
# The targets hand every input to the readers as a file: in memory where the system has room.
if [[ -d /dev/shm && -z ${TMPDIR:-} ]]; then export TMPDIR=/dev/shm; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in idx_images idx_labels weights weights_checksummed; do
  seeds=${target%_checksummed}
  mkdir -p "$work/$target"
  cp "$here/corpus/$seeds/"* "$work/$target/"
  "$build/tests/fuzz_$target" -max_total_time="$seconds" -print_final_stats=1 "$work/$target" \
    >"$work/$target.log" 2>&1 || { tail -n 40 "$work/$target.log"; exit 1; }
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
  coverage=$(grep -o 'cov: [0-9]*' "$work/$target.log" | tail -n 1)
  echo "fuzz_$target: $runs inputs in $seconds s, $coverage edges"
done
