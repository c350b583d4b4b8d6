#!/usr/bin/env bash
# Side by side: the wall time of one training epoch of the same 784-128-10 MLP (ReLU, softmax
# cross-entropy, SGD, float32, He-normal weights, zero biases) on the 60,000 Fashion-MNIST
# training images, and the test accuracy after it, in ctnn (fashion_epoch), PyTorch
# (epoch_torch.py), NumPy (epoch_numpy.py), hand-written Eigen (fashion_epoch_eigen, built
# when libeigen3-dev is installed) and the same with its large products in OpenBLAS
# (fashion_epoch_eigen_blas, built when libopenblas-dev is installed too). One thread each,
# pinned to CPU 0 when taskset exists. Each program runs --runs times; the table shows the best
# time and that run's accuracy.
#
# usage: bench/fashion_epoch.sh [--batch 64] [--runs 3] [--learning-rate 0.1] [--seed 42]
#                               [--ctnn build/gcc/bench/fashion_epoch] [--skip-torch] [--skip-numpy]
#                               [--eigen build/gcc/bench/fashion_epoch_eigen] [--skip-eigen]
#                               [--eigen-blas build/gcc/bench/fashion_epoch_eigen_blas]
#                               [--skip-eigen-blas]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
batch=64 runs=3 learning_rate=0.1 seed=42 ctnn=$(dirname "$here")/build/gcc/bench/fashion_epoch
eigen=$(dirname "$here")/build/gcc/bench/fashion_epoch_eigen
eigen_blas=$(dirname "$here")/build/gcc/bench/fashion_epoch_eigen_blas
skip_torch=0 skip_numpy=0 skip_eigen=0 skip_eigen_blas=0
python=/usr/bin/python3  # Debian's python3-torch and python3-numpy, not the python3 on PATH
samples=60000

while (($#)); do
    case $1 in
        --batch | --runs | --learning-rate | --seed | --ctnn | --eigen | --eigen-blas)
            (($# >= 2)) || { echo "fashion_epoch.sh: $1 needs a value" >&2; exit 2; }
            case $1 in
                --batch) batch=$2 ;; --runs) runs=$2 ;; --learning-rate) learning_rate=$2 ;;
                --seed) seed=$2 ;; --ctnn) ctnn=$2 ;; --eigen) eigen=$2 ;;
                --eigen-blas) eigen_blas=$2 ;;
            esac
            shift 2 ;;
        --skip-torch) skip_torch=1; shift ;;
        --skip-numpy) skip_numpy=1; shift ;;
        --skip-eigen) skip_eigen=1; shift ;;
        --skip-eigen-blas) skip_eigen_blas=1; shift ;;
        -h | --help) sed -n '2,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "fashion_epoch.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $batch =~ ^[1-9][0-9]*$ && $runs =~ ^[1-9][0-9]*$ ]] ||
    { echo "fashion_epoch.sh: --batch and --runs take a whole number >= 1" >&2; exit 2; }

export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

machine_info() {
    local model cpus versions
    model=$(lscpu | sed -n 's/^Model name: *//p')
    cpus=$(nproc --all)
    versions=$("$python" - "$skip_torch" <<'EOF'
import platform, re, sys
import numpy
line = f"python {platform.python_version()}, numpy {numpy.__version__}"
if sys.argv[1] == "0":
    import torch
    line += f", torch {torch.__version__}"
blas = sorted(set(re.findall(r"/\S*(?:blas|mkl)\S*\.so\S*", open("/proc/self/maps").read())))
print(f"{line}; BLAS loaded: {', '.join(blas) or 'none found'}")
EOF
    )
    echo "- CPU: $model, $cpus logical CPUs; runs pinned with: ${pin[*]:-nothing (no taskset)}"
    echo "- $versions"
    if [[ $versions == */blas/libblas.so* ]]; then
        echo "- WARNING: NumPy/PyTorch use Debian's reference BLAS (libblas3), several times slower" \
            "than OpenBLAS; for a fair baseline: apt-get install libopenblas0-pthread"
    fi
    echo "- batch $batch, learning rate $learning_rate, seed $seed, $samples training images;" \
        "OPENBLAS/OMP/MKL_NUM_THREADS=1; seconds are the best of $runs runs"
}

rows=() ctnn_seconds=""

measure() {  # name command... : runs it $runs times, appends "name seconds accuracy" to rows
    local name=$1 best="" best_accuracy="" out line seconds accuracy field i
    shift
    for ((i = 1; i <= runs; i++)); do
        out=$("${pin[@]}" "$@") || { echo "fashion_epoch.sh: $name failed: $*" >&2; exit 1; }
        line=$(grep '^result ' <<<"$out" | tail -n 1) ||
            { printf 'fashion_epoch.sh: %s printed no result line:\n%s\n' "$name" "$out" >&2; exit 1; }
        seconds="" accuracy=""
        for field in $line; do
            case $field in
                seconds=*) seconds=${field#seconds=} ;;
                test_accuracy=*) accuracy=${field#test_accuracy=} ;;
            esac
        done
        awk -v s="$seconds" -v a="$accuracy" 'BEGIN { exit !(s + 0 > 0 && a >= 0 && a <= 1) }' || {
            echo "fashion_epoch.sh: $name: bad result line '$line' (want seconds > 0, 0 <= test_accuracy <= 1)" >&2
            exit 1
        }
        echo "$name run $i/$runs: $seconds s, test accuracy $accuracy" >&2
        if [[ -z $best ]] || awk -v s="$seconds" -v b="$best" 'BEGIN { exit !(s < b) }'; then
            best=$seconds best_accuracy=$accuracy
        fi
    done
    rows+=("$name $best $best_accuracy")
    if [[ $name == ctnn ]]; then ctnn_seconds=$best; fi
}

machine_info
echo
args=(--batch "$batch" --learning-rate "$learning_rate" --seed "$seed")
if [[ -x $ctnn ]]; then
    measure ctnn "$ctnn" --epochs 1 "${args[@]}"
else
    echo "fashion_epoch.sh: no ctnn program at $ctnn; build it with" \
        "\`cmake --preset gcc && cmake --build build/gcc --target fashion_epoch\` or pass --ctnn PATH" >&2
fi
if ((!skip_torch)); then measure PyTorch "$python" "$here/epoch_torch.py" "${args[@]}"; fi
if ((!skip_numpy)); then measure NumPy "$python" "$here/epoch_numpy.py" "${args[@]}"; fi
if ((!skip_eigen)); then
    if [[ -x $eigen ]]; then
        measure Eigen "$eigen" "${args[@]}"
    else
        echo "fashion_epoch.sh: no Eigen program at $eigen (install libeigen3-dev and build the" \
            "fashion_epoch_eigen target, or pass --eigen PATH or --skip-eigen); Eigen is left out" >&2
    fi
fi
if ((!skip_eigen_blas)); then
    if [[ -x $eigen_blas ]]; then
        measure Eigen+OpenBLAS "$eigen_blas" "${args[@]}"
    else
        echo "fashion_epoch.sh: no Eigen+OpenBLAS program at $eigen_blas (install libeigen3-dev and" \
            "libopenblas-dev and build the fashion_epoch_eigen_blas target, or pass --eigen-blas PATH" \
            "or --skip-eigen-blas); Eigen+OpenBLAS is left out" >&2
    fi
fi

echo "| framework | seconds per epoch (best of $runs) | samples/s | test accuracy after 1 epoch | time / ctnn time |"
echo "|---|---|---|---|---|"
for row in "${rows[@]}"; do
    read -r name seconds accuracy <<<"$row"
    awk -v n="$name" -v s="$seconds" -v a="$accuracy" -v c="$ctnn_seconds" -v N="$samples" 'BEGIN {
        ratio = c == "" ? "n/a (no ctnn run)" : sprintf("%.1fx", s / c)
        printf "| %s | %.3f | %.0f | %.2f %% | %s |\n", n, s, N / s, 100 * a, ratio }'
done
