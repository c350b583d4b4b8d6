#!/usr/bin/env bash
# Measures what compile-time training costs the compiler: wall time and peak memory of compiling
# compile_time_xor.cpp with g++ and clang++ as the number of epochs and the hidden width grow.
# Prints a Markdown table; the cost per sample-step is (cost - cost at 0 epochs) / (4 * epochs).
# Then the cost of the math alone of the largest run's sample-steps (compile_time_math.cpp).
#
# usage: bench/compile_time_training.sh [epochs...]     (default: 0 100 500 1000 2000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
include="$here/../include"
epochs_list=("${@:-0 100 500 1000 2000}")
read -r -a epochs_list <<<"${epochs_list[*]}"
widths=(4 16)
xor=$here/compile_time_xor.cpp

measure() {  # compiler source -Ddefinitions... -> "seconds kilobytes"
    local compiler=$1 source=$2 budget log
    shift 2
    case $compiler in
        g++) budget=-fconstexpr-ops-limit=4000000000 ;;
        clang++) budget=-fconstexpr-steps=4000000000 ;;
    esac
    log=$(mktemp)
    /usr/bin/time -v "$compiler" -std=c++20 -O0 -ffp-contract=off -I"$include" "$budget" "$@" \
        -fsyntax-only "$source" 2>"$log" ||
        { cat "$log" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ { split($2, t, ":"); s = t[1] * 60 + t[2] }
                /Maximum resident set size/ { kb = $2 }
                END { printf "%.2f %d\n", s, kb }' "$log"
    rm -f "$log"
}

echo "| compiler | hidden | epochs | sample-steps | wall time (s) | peak memory (MB) | per sample-step |"
echo "|---|---|---|---|---|---|---|"
for compiler in g++ clang++; do
    for width in "${widths[@]}"; do
        read -r base_s base_kb < <(measure "$compiler" "$xor" -DEPOCHS=0 -DHIDDEN="$width")
        for epochs in "${epochs_list[@]}"; do
            if [[ $epochs == 0 ]]; then s=$base_s kb=$base_kb; else read -r s kb < <(measure "$compiler" "$xor" -DEPOCHS="$epochs" -DHIDDEN="$width"); fi
            steps=$((4 * epochs))
            per_step="-"
            if ((steps > 0)); then
                per_step=$(awk -v s="$s" -v b="$base_s" -v kb="$kb" -v bkb="$base_kb" -v n="$steps" \
                    'BEGIN { printf "%.0f µs, %.1f KB", (s - b) / n * 1e6, (kb - bkb) / n }')
            fi
            printf "| %s | %d | %d | %d | %.2f | %.0f | %s |\n" "$compiler" "$width" "$epochs" \
                "$steps" "$s" "$(awk -v kb="$kb" 'BEGIN { print kb / 1024 }')" "$per_step"
        done
    done
done

steps=$((4 * epochs_list[${#epochs_list[@]} - 1]))
echo
echo "The math alone of $steps sample-steps of the 2-4-1 network (compile_time_math.cpp):"
echo
echo "| compiler | sample-steps | wall time (s) | peak memory (MB) |"
echo "|---|---|---|---|"
for compiler in g++ clang++; do
    read -r s kb < <(measure "$compiler" "$here/compile_time_math.cpp" -DSTEPS="$steps")
    printf "| %s | %d | %.2f | %.0f |\n" "$compiler" "$steps" "$s" "$(awk -v kb="$kb" 'BEGIN { print kb / 1024 }')"
done
