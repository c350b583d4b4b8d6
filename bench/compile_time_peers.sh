#!/usr/bin/env bash
# Compile-time training side by side with constexpr_nnet (github.com/paulbrucker/constexpr_nnet),
# the leanest compile-time peer, on identical work: its own test (test/static_tests.cpp: XOR with
# +-1 targets, 2-3-1 tanh, momentum SGD, 1,000 epochs, trained twice) against ctnn's version of
# the same work (compile_time_same_work.cpp), plus ctnn without training (0 epochs: the include
# and the initialisation). Every compile is -fsyntax-only with the budget raised, one at a time;
# wall time and peak memory from /usr/bin/time. Prints a Markdown table.
#
# usage: bench/compile_time_peers.sh PATH_TO_CONSTEXPR_NNET [runs]   (default: best of 1 run)
# The peer's checkout stays outside this project: clone it anywhere and pass its path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
peer=${1:?usage: $0 PATH_TO_CONSTEXPR_NNET [runs]}
runs=${2:-1}
peer_test=$peer/test/static_tests.cpp
[[ -f $peer_test ]] || { echo "no $peer_test: pass the path of a constexpr_nnet checkout" >&2; exit 1; }
same_work=$here/compile_time_same_work.cpp
include=$here/../include

compilers=(g++ clang++)
command -v clang++-22 >/dev/null && compilers+=(clang++-22)

measure() {  # compiler source flags... -> "seconds megabytes" (the fastest of $runs runs)
    local compiler=$1 source=$2 budget best_s="" best_mb="" log s kb
    shift 2
    case $compiler in
        g++*) budget=-fconstexpr-ops-limit=4000000000 ;;
        *) budget=-fconstexpr-steps=4000000000 ;;
    esac
    for ((run = 0; run < runs; ++run)); do
        log=$(mktemp)
        /usr/bin/time -f '%e %M' -o "$log" "$compiler" -std=c++20 "$budget" "$@" -fsyntax-only \
            "$source" || { echo "$compiler failed on $source" >&2; exit 1; }
        read -r s kb <"$log"
        rm -f "$log"
        if [[ -z $best_s ]] || awk -v a="$s" -v b="$best_s" 'BEGIN { exit !(a < b) }'; then
            best_s=$s best_mb=$((kb / 1024))
        fi
    done
    echo "$best_s $best_mb"
}

echo "| compiler | constexpr_nnet | ctnn | ctnn, 0 epochs (include + init) | ctnn / constexpr_nnet (time, memory) |"
echo "|---|---|---|---|---|"
for compiler in "${compilers[@]}"; do
    read -r peer_s peer_mb < <(measure "$compiler" "$peer_test")
    ctnn_flags=(-ffp-contract=off -I"$include")
    read -r ctnn_s ctnn_mb < <(measure "$compiler" "$same_work" "${ctnn_flags[@]}")
    read -r zero_s zero_mb < <(measure "$compiler" "$same_work" "${ctnn_flags[@]}" -DEPOCHS=0)
    ratio=$(awk -v c="$ctnn_s" -v p="$peer_s" -v cm="$ctnn_mb" -v pm="$peer_mb" \
        'BEGIN { printf "%.2fx, %.2fx", c / p, cm / pm }')
    printf "| %s | %.2f s, %d MB | %.2f s, %d MB | %.2f s, %d MB | %s |\n" "$compiler" \
        "$peer_s" "$peer_mb" "$ctnn_s" "$ctnn_mb" "$zero_s" "$zero_mb" "$ratio"
done
