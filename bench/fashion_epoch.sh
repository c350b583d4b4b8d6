#!/usr/bin/env bash
# Side by side: the wall time of one training epoch of the same 784-128-10 MLP (ReLU, softmax
# cross-entropy, SGD, float32, He-normal weights, zero biases) on the 60,000 Fashion-MNIST
# training images, and the test accuracy after it, in ctnn (fashion_epoch), PyTorch
# (epoch_torch.py), NumPy (epoch_numpy.py), hand-written Eigen (fashion_epoch_eigen, built
# when libeigen3-dev is installed) and the same with its large products in OpenBLAS
# (fashion_epoch_eigen_blas, built when libopenblas-dev is installed too). One thread each,
# pinned to CPU 0 when taskset exists, at --batch and again at --second-batch (0: not), and ctnn
# once more on --threads threads (1: not). Each program runs --runs times; the table shows the
# best time and that run's accuracy.
#
# The peers run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset, so that OpenBLAS picks its
# own kernel for the CPU (some machines set them in the environment, forcing an older kernel);
# the script prints which kernel each one runs, the CPU's vector extensions and ctnn's compiler.
#
# usage: bench/fashion_epoch.sh [--batch 64] [--second-batch 256] [--threads 2] [--runs 3]
#                               [--learning-rate 0.1] [--seed 42]
#                               [--ctnn build/gcc/bench/fashion_epoch] [--skip-torch] [--skip-numpy]
#                               [--eigen build/gcc/bench/fashion_epoch_eigen] [--skip-eigen]
#                               [--eigen-blas build/gcc/bench/fashion_epoch_eigen_blas]
#                               [--skip-eigen-blas]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
batch=64 second_batch=256 threads=2 runs=3 learning_rate=0.1 seed=42
ctnn=$(dirname "$here")/build/gcc/bench/fashion_epoch
eigen=$(dirname "$here")/build/gcc/bench/fashion_epoch_eigen
eigen_blas=$(dirname "$here")/build/gcc/bench/fashion_epoch_eigen_blas
skip_torch=0 skip_numpy=0 skip_eigen=0 skip_eigen_blas=0
python=/usr/bin/python3  # Debian's python3-torch and python3-numpy, not the python3 on PATH
samples=60000

while (($#)); do
    case $1 in
        --batch | --second-batch | --threads | --runs | --learning-rate | --seed | --ctnn | --eigen | \
            --eigen-blas)
            (($# >= 2)) || { echo "fashion_epoch.sh: $1 needs a value" >&2; exit 2; }
            case $1 in
                --batch) batch=$2 ;; --second-batch) second_batch=$2 ;; --threads) threads=$2 ;;
                --runs) runs=$2 ;; --learning-rate) learning_rate=$2 ;;
                --seed) seed=$2 ;; --ctnn) ctnn=$2 ;; --eigen) eigen=$2 ;;
                --eigen-blas) eigen_blas=$2 ;;
            esac
            shift 2 ;;
        --skip-torch) skip_torch=1; shift ;;
        --skip-numpy) skip_numpy=1; shift ;;
        --skip-eigen) skip_eigen=1; shift ;;
        --skip-eigen-blas) skip_eigen_blas=1; shift ;;
        -h | --help) sed -n '2,22s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "fashion_epoch.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[[ $batch =~ ^[1-9][0-9]*$ && $runs =~ ^[1-9][0-9]*$ && $threads =~ ^[1-9][0-9]*$ ]] ||
    { echo "fashion_epoch.sh: --batch, --threads and --runs take a whole number >= 1" >&2; exit 2; }
[[ $second_batch =~ ^[0-9]+$ ]] ||
    { echo "fashion_epoch.sh: --second-batch takes a whole number (0: none)" >&2; exit 2; }
batches=("$batch")
if ((second_batch != 0 && second_batch != batch)); then batches+=("$second_batch"); fi

export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1
pin=() pin_two=()
if command -v taskset >/dev/null; then pin=(taskset -c 0) pin_two=(taskset -c 0,1); fi
peer=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)  # OpenBLAS chooses its own kernel

machine_info() {
    local model cpus versions
    model=$(lscpu | sed -n 's/^Model name: *//p')
    cpus=$(nproc --all)
    versions=$("${peer[@]}" "$python" - "$skip_torch" <<'EOF'
import platform, re, sys
import numpy
line = f"python {platform.python_version()}, numpy {numpy.__version__}"
if sys.argv[1] == "0":
    import torch
    line += f", torch {torch.__version__}"
blas = sorted(set(re.findall(r"/\S*(?:blas|mkl)\S*\.so\S*", open("/proc/self/maps").read())))
line += f"; BLAS loaded: {', '.join(blas) or 'none found'}"
try:
    from threadpoolctl import threadpool_info
    kernels = sorted({f"{i['internal_api']} {i.get('version')} on its {i.get('architecture')} kernel"
                      for i in threadpool_info() if i.get("user_api") == "blas"})
    line += f"; {', '.join(kernels) or 'no BLAS found by threadpoolctl'}"
except ImportError:
    line += "; which OpenBLAS kernel runs: install python3-threadpoolctl to see"
print(line)
EOF
    )
    echo "- CPU: $model, $cpus logical CPUs; runs pinned with: ${pin[*]:-nothing (no taskset)}"
    echo "- vector extensions: $(grep -o -w -E 'avx2|fma|avx512[a-z0-9_]*' /proc/cpuinfo | sort -u | tr '\n' ' ')"
    local variable
    for variable in OPENBLAS_CORETYPE OPENBLAS_L2_SIZE; do
        if [[ -n ${!variable:-} ]]; then
            echo "- $variable=${!variable} in this environment: unset for the peers"
        fi
    done
    echo "- peers: $versions"
    if [[ $versions == */blas/libblas.so* ]]; then
        echo "- WARNING: NumPy/PyTorch use Debian's reference BLAS (libblas3), several times slower" \
            "than OpenBLAS; for a fair baseline: apt-get install libopenblas0-pthread"
    fi
    echo "- batches ${batches[*]}, learning rate $learning_rate, seed $seed, $samples training" \
        "images; OPENBLAS/OMP/MKL_NUM_THREADS=1; seconds are the best of $runs runs"
}

rows=() builds=()
declare -A ctnn_seconds=()  # by batch, one thread

# measure name batch threads command...: runs it $runs times, pinned to as many CPUs as threads;
# appends "name batch threads seconds accuracy" to rows, and the program's "build" line to builds.
measure() {
    local name=$1 batch=$2 threads=$3 best="" best_accuracy="" out line seconds accuracy field i
    shift 3
    local pinning=("${pin[@]}")
    if ((threads > 1)); then pinning=("${pin_two[@]}"); fi
    for ((i = 1; i <= runs; i++)); do
        out=$("${pinning[@]}" "$@") || { echo "fashion_epoch.sh: $name failed: $*" >&2; exit 1; }
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
        echo "$name, batch $batch, $threads thread(s), run $i/$runs: $seconds s, test accuracy $accuracy" >&2
        if [[ -z $best ]] || awk -v s="$seconds" -v b="$best" 'BEGIN { exit !(s < b) }'; then
            best=$seconds best_accuracy=$accuracy
        fi
    done
    rows+=("$name $batch $threads $best $best_accuracy")
    line=$(grep '^build ' <<<"$out" | tail -n 1 || true)
    if [[ -n $line ]]; then builds+=("$name: ${line#build }"); fi
    if [[ $name == ctnn && $threads == 1 ]]; then ctnn_seconds[$batch]=$best; fi
}

machine_info
for batch in "${batches[@]}"; do
    args=(--batch "$batch" --learning-rate "$learning_rate" --seed "$seed")
    if [[ -x $ctnn ]]; then
        measure ctnn "$batch" 1 "$ctnn" --epochs 1 "${args[@]}"
        if ((threads > 1)); then
            measure ctnn "$batch" "$threads" "$ctnn" --epochs 1 --threads "$threads" "${args[@]}"
        fi
    else
        echo "fashion_epoch.sh: no ctnn program at $ctnn; build it with" \
            "\`cmake --preset gcc && cmake --build build/gcc --target fashion_epoch\` or pass --ctnn PATH" >&2
    fi
    if ((!skip_torch)); then measure PyTorch "$batch" 1 "${peer[@]}" "$python" "$here/epoch_torch.py" "${args[@]}"; fi
    if ((!skip_numpy)); then measure NumPy "$batch" 1 "${peer[@]}" "$python" "$here/epoch_numpy.py" "${args[@]}"; fi
    if ((!skip_eigen)); then
        if [[ -x $eigen ]]; then
            measure Eigen "$batch" 1 "${peer[@]}" "$eigen" "${args[@]}"
        else
            echo "fashion_epoch.sh: no Eigen program at $eigen (install libeigen3-dev and build the" \
                "fashion_epoch_eigen target, or pass --eigen PATH or --skip-eigen); Eigen is left out" >&2
        fi
    fi
    if ((!skip_eigen_blas)); then
        if [[ -x $eigen_blas ]]; then
            measure Eigen+OpenBLAS "$batch" 1 "${peer[@]}" "$eigen_blas" "${args[@]}"
        else
            echo "fashion_epoch.sh: no Eigen+OpenBLAS program at $eigen_blas (install libeigen3-dev and" \
                "libopenblas-dev and build the fashion_epoch_eigen_blas target, or pass --eigen-blas PATH" \
                "or --skip-eigen-blas); Eigen+OpenBLAS is left out" >&2
        fi
    fi
done
if ((${#builds[@]})); then printf -- '- %s\n' "${builds[@]}" | sort -u; fi
echo

echo "| framework | batch | threads | seconds per epoch (best of $runs) | samples/s | test accuracy after 1 epoch | time / ctnn time (same batch, 1 thread) |"
echo "|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
    read -r name batch threads seconds accuracy <<<"$row"
    awk -v n="$name" -v b="$batch" -v t="$threads" -v s="$seconds" -v a="$accuracy" \
        -v c="${ctnn_seconds[$batch]:-}" -v N="$samples" 'BEGIN {
        ratio = c == "" ? "n/a (no ctnn run)" : sprintf("%.2fx", s / c)
        printf "| %s | %d | %d | %.3f | %.0f | %.2f %% | %s |\n", n, b, t, s, N / s, 100 * a, ratio }'
done
