#!/usr/bin/env bash
# The cost of a source file's largest constant evaluation, as the compilers count it: the
# smallest -fconstexpr-ops-limit with which g++ compiles it (GCC's operations) and the smallest
# -fconstexpr-steps with which clang++ does (Clang's steps), each found to within 1% by
# bisection. Unlike seconds and megabytes, these counts do not depend on the machine or its load.
#
# usage: bench/constexpr_cost.sh SOURCE [compiler flags, e.g. -DEPOCHS=50]
# Divide by the number of sample-steps (or calls) the evaluation makes for a cost per step.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source=${1:?usage: $0 SOURCE [flags...]}
shift

compiles() {  # compiler limit-flag limit flags...
    local compiler=$1 flag=$2 limit=$3
    shift 3
    "$compiler" -std=c++20 -ffp-contract=off -I"$here/../include" "$flag=$limit" "$@" \
        -fsyntax-only "$source" >/dev/null 2>&1
}

smallest_limit() {  # compiler limit-flag flags... -> the smallest limit that compiles
    local compiler=$1 flag=$2 low=1 high=1048576
    shift 2
    until compiles "$compiler" "$flag" "$high" "$@"; do
        low=$high high=$((high * 2))
        ((high <= 1 << 40)) || { echo "$compiler does not compile $source" >&2; exit 1; }
    done
    while (((high - low) * 100 > high)); do
        local middle=$(((low + high) / 2))
        if compiles "$compiler" "$flag" "$middle" "$@"; then high=$middle; else low=$middle; fi
    done
    echo "$high"
}

echo "g++ operations: $(smallest_limit g++ -fconstexpr-ops-limit "$@")"
echo "clang++ steps:  $(smallest_limit clang++ -fconstexpr-steps "$@")"
