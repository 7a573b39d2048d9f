#!/usr/bin/env bash
# KimPress benchmark: generates deterministic corpora (bench/CorpusGenerator) and times cold
# `kimpress build` runs on them. See bench/README.md.
#
#   bench/run.sh              # all three corpora: 1k 12k 80k
#   bench/run.sh 1k 12k       # only these
#   RUNS=5 bench/run.sh 1k    # 5 runs per corpus (default 3)
#   BENCH_OUT=/mnt/fast/bench bench/run.sh 12k   # corpora somewhere else (default bench/out/)
#   BUILD=jit bench/run.sh 12k   # measure the framework-dependent ReadyToRun build instead of the native one
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS="${RUNS:-3}"
SEED="${SEED:-1}"
WORK="${BENCH_OUT:-$ROOT/bench/out}"
RID="${RID:-linux-x64}"
BUILD="${BUILD:-native}"
CLI_DIR="$ROOT/bench/out/kimpress-$BUILD-$RID"
GEN_DLL="$ROOT/bench/CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

usage() {
    sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

# size → "KIMs posts-per-KIM"
params_of() {
    case "$1" in
        1k) echo "20 50" ;;
        12k) echo "120 100" ;;
        80k) echo "400 200" ;;
        *) return 1 ;;
    esac
}

sizes=()
for arg in "$@"; do
    case "$arg" in
        -h|--help) usage; exit 0 ;;
        1k|12k|80k) sizes+=("$arg") ;;
        *) echo "run.sh: unknown corpus size \"$arg\" (choose from 1k, 12k, 80k)" >&2; usage >&2; exit 2 ;;
    esac
done
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1k 12k 80k)

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: RUNS must be a positive whole number, not \"$RUNS\"" >&2
    exit 2
fi

if ! command -v dotnet >/dev/null 2>&1; then
    echo "run.sh: the .NET SDK (dotnet) is not on PATH; install the .NET 10 SDK first." >&2
    exit 1
fi

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "run.sh: GNU time (/usr/bin/time -v) is needed to measure CPU time and peak memory." >&2
    echo "        On Debian/Ubuntu: sudo apt-get install -y time" >&2
    exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

build_project() {
    local project="$1"
    echo "Building $project (Release)..."
    if ! dotnet build -c Release "$project" -nologo -v q >"$tmp/build.log" 2>&1; then
        cat "$tmp/build.log" >&2
        echo "run.sh: building $project failed (if others are editing the source, wait a minute and retry)." >&2
        exit 1
    fi
}

# The measured kimpress is the Release build as an admin installs it: `dotnet publish` of
# src/KimPress.Cli, a native executable (PublishAot: no JIT at start-up or while it runs).
# BUILD=jit measures the framework-dependent build instead, precompiled ReadyToRun.
case "$BUILD" in
    native)
        echo "Publishing src/KimPress.Cli (Release, native, $RID; about a minute)..."
        publish_args=()
        CLI=("$CLI_DIR/kimpress")
        ;;
    jit)
        echo "Publishing src/KimPress.Cli (Release, ReadyToRun, $RID)..."
        publish_args=(--self-contained false -p:PublishAot=false -p:PublishReadyToRun=true)
        CLI=(dotnet "$CLI_DIR/kimpress.dll")
        ;;
    *) echo "run.sh: BUILD must be native or jit, not \"$BUILD\"" >&2; exit 2 ;;
esac
if ! dotnet publish -c Release -r "$RID" "${publish_args[@]}" -o "$CLI_DIR" src/KimPress.Cli -nologo -v q >"$tmp/publish.log" 2>&1; then
    cat "$tmp/publish.log" >&2
    echo "run.sh: publishing src/KimPress.Cli failed." >&2
    exit 1
fi
build_project bench/CorpusGenerator

# A corpus is regenerated when its parameters or the generator's source changed.
generator_hash="$(cat bench/CorpusGenerator/*.cs bench/CorpusGenerator/*.csproj | sha256sum | cut -c1-16)"

ensure_corpus() {
    local size="$1" kims="$2" posts="$3" dir="$4"
    local want="kims=$kims posts=$posts seed=$SEED generator=$generator_hash"
    if [[ -f "$dir/.bench-corpus" && "$(cat "$dir/.bench-corpus")" == "$want" ]]; then
        echo "Corpus $size: reusing $dir"
        return
    fi

    echo "Corpus $size: generating $kims KIMs × $posts posts into $dir"
    mkdir -p "$WORK"
    # --force only ever replaces a folder whose site.yml the generator wrote.
    dotnet "$GEN_DLL" --kims "$kims" --posts "$posts" --seed "$SEED" --out "$dir" --force
    echo "$want" >"$dir/.bench-corpus"
}

# The median of the numbers on stdin, one per line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

time_field() {
    # A value from /usr/bin/time -v's report, by the start of its label.
    awk -F': ' -v key="$2" 'index($0, key) { print $NF; exit }' "$1"
}

# Seconds between two `date +%s%N` stamps, to the millisecond.
seconds_between() {
    awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f\n", (e - s) / 1e9 }'
}

# Peak resident memory in MiB from a /usr/bin/time -v report.
peak_rss_mib() {
    awk -v k="$(time_field "$1" "Maximum resident set size")" 'BEGIN { printf "%.1f\n", k / 1024 }'
}

# Total size of the files under a folder, in MiB (apparent size, not disk blocks).
size_mib() {
    du -s --apparent-size -B1 "$1" | awk '{ printf "%.1f", $1 / 1048576 }'
}

summary_rows=()
stale=()

echo
echo "Machine: $(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown CPU), $(free -g 2>/dev/null | awk '/^Mem:/ { print $2 " GiB RAM" }')"
echo "dotnet $(dotnet --version), $BUILD build; KimPress at $(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown); $RUNS cold run(s) per corpus"

# The speed of this machine right now, to compare runs made at different times: a shared VM's
# vCPUs can run twice as slow in one hour as in another. One core hashing 512 MiB of zeros.
calibrate() {
    local start end
    start=$(date +%s%N)
    head -c 512M /dev/zero | sha256sum >/dev/null
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }'
}
echo "Machine speed now: sha256sum of 512 MiB took $(calibrate) s (lower is faster)"

for size in "${sizes[@]}"; do
    read -r kims posts < <(params_of "$size")
    dir="$WORK/corpus-$size"
    echo
    ensure_corpus "$size" "$kims" "$posts" "$dir"
    source_mb="$(size_mib "$dir/content")"

    echo
    echo "== $size: $kims KIMs × $posts posts = $((kims * posts)) posts, $source_mb MiB of content — $dir"
    printf '  %-6s %9s %9s %13s %9s %10s\n' run "wall s" "cpu s" "peak RSS MiB" pages "pages/s"
    : >"$tmp/walls"; : >"$tmp/cpus"; : >"$tmp/rss"; : >"$tmp/pages"; : >"$tmp/rates"
    for ((run = 1; run <= RUNS; run++)); do
        # Cold build: no incremental cache, a fresh output folder. Old outputs are deleted only
        # after all measurements: on this machine's ext4, creating files right after deleting
        # tens of thousands of others is several times slower (the inode allocator skips
        # recently freed inodes), which would measure the benchmark's clean-up, not KimPress.
        rm -rf "$dir/.kimpress-cache"
        # The previous run's gigabytes of output are still being written back to the disk; on
        # this VM that write-back shows up as stolen CPU time in whatever runs next. Flush it
        # first (untimed), so each run pays only for writing back its own output.
        sync
        out="$dir/public-run-$run-$$"
        stale+=("$out")
        start=$(date +%s%N)
        if ! /usr/bin/time -v -o "$tmp/time" "${CLI[@]}" build --source "$dir" --output "$out" --timings \
            >"$tmp/out" 2>"$tmp/err"; then
            echo "run.sh: kimpress build failed on $dir:" >&2
            tail -n 40 "$tmp/err" >&2
            tail -n 5 "$tmp/out" >&2
            exit 1
        fi
        end=$(date +%s%N)

        wall=$(seconds_between "$start" "$end")
        user=$(time_field "$tmp/time" "User time (seconds)")
        sys=$(time_field "$tmp/time" "System time (seconds)")
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        rss=$(peak_rss_mib "$tmp/time")
        summary_line="$(grep -E '(halaman|pages) \(' "$tmp/out" "$tmp/err" -h | tail -n 1 || true)"
        pages=$(echo "$summary_line" | grep -oE '[0-9]+ (halaman|pages)' | grep -oE '^[0-9]+' || true)
        if [[ -z "$pages" ]]; then
            echo "run.sh: could not find the page count in kimpress's output:" >&2
            cat "$tmp/out" >&2
            exit 1
        fi
        rate=$(awk -v p="$pages" -v w="$wall" 'BEGIN { printf "%.0f", p / w }')

        printf '  %-6s %9s %9s %13s %9s %10s\n' "$run" "$wall" "$cpu" "$rss" "$pages" "$rate"
        echo "$wall" >>"$tmp/walls"; echo "$cpu" >>"$tmp/cpus"; echo "$rss" >>"$tmp/rss"
        echo "$pages" >>"$tmp/pages"; echo "$rate" >>"$tmp/rates"
    done

    m_wall=$(median <"$tmp/walls"); m_cpu=$(median <"$tmp/cpus"); m_rss=$(median <"$tmp/rss")
    m_pages=$(median <"$tmp/pages"); m_rate=$(median <"$tmp/rates")
    printf '  %-6s %9.3f %9.2f %13.1f %9.0f %10.0f\n' median "$m_wall" "$m_cpu" "$m_rss" "$m_pages" "$m_rate"
    summary_rows+=("$(printf '  %-6s %6s %7s %8.0f %9.3f %9.2f %13.1f %10.0f' "$size" "$kims" "$((kims * posts))" "$m_pages" "$m_wall" "$m_cpu" "$m_rss" "$m_rate")")

    echo "  kimpress: $summary_line"
    warnings=$(echo "$summary_line" | grep -oE '[0-9]+ (peringatan|warnings)' | grep -oE '^[0-9]+' || echo 0)
    [[ "$warnings" == 0 ]] || echo "  note: $warnings warnings were reported (see kimpress check --source $dir)"
    echo "  output: $(find "$out" -type f | wc -l) files, $(size_mib "$out") MiB"
    echo "  stages (last run, --timings):"
    grep -E '^  ([^ ].* [0-9]+\.[0-9] ms( .*)?|\((runtime:|read) .*|render\+write by kind.*)$|^    [a-z0-9-]+ +[0-9]+ pages ' "$tmp/err" | sed 's/^/  /' || echo "    (no timings found)"

    # Incremental: the last cold run's output and cache stay; build again RUNS times unchanged,
    # then RUNS times after appending a new paragraph to one post's body each time (so every one
    # of those builds finds exactly one post changed since the build before it). The median is
    # compared with the median cold build; the post is restored afterwards.
    mapfile -t posts < <(find "$dir/content" -path '*/posts/*.md' | sort)
    post="${posts[0]}"
    cp "$post" "$tmp/post.bak"
    for kind in unchanged one-edit; do
        : >"$tmp/inc-walls"; : >"$tmp/inc-rss"
        for ((run = 1; run <= RUNS; run++)); do
            sync
            if [[ "$kind" == one-edit ]]; then
                printf '\nDitambahkan saat benchmark: paragraf baru nomor %d untuk menguji build inkremental.\n' "$run" >>"$post"
            fi
            start=$(date +%s%N)
            /usr/bin/time -v -o "$tmp/time" "${CLI[@]}" build --source "$dir" --output "$out" --timings >"$tmp/out" 2>"$tmp/err"
            end=$(date +%s%N)
            seconds_between "$start" "$end" >>"$tmp/inc-walls"
            peak_rss_mib "$tmp/time" >>"$tmp/inc-rss"
        done
        wall=$(median <"$tmp/inc-walls")
        rss=$(sort -g "$tmp/inc-rss" | tail -n 1)
        ratio=$(awk -v w="$wall" -v c="$m_wall" 'BEGIN { printf "%.1f", 100 * w / c }')
        echo "  incremental ($kind): median wall ${wall} s = ${ratio}% of the median cold build (runs: $(paste -sd, "$tmp/inc-walls" | sed 's/,/, /g')), peak RSS ${rss} MiB"
        grep -E '^  ((parse|render\+write|publish|save cache) +[0-9]|\(read )' "$tmp/err" | sed 's/^/  /' || true
    done
    cp "$tmp/post.bak" "$post"
done

# Clean up the measured outputs now that nothing is being timed.
rm -rf "${stale[@]}"

echo
echo "Machine speed after the runs: sha256sum of 512 MiB took $(calibrate) s"
echo
echo "== Summary (median of $RUNS cold run(s))"
printf '  %-6s %6s %7s %8s %9s %9s %13s %10s\n' corpus KIMs posts pages "wall s" "cpu s" "peak RSS MiB" "pages/s"
printf '%s\n' "${summary_rows[@]}"
