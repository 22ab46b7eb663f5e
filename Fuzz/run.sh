#!/usr/bin/env bash
# Builds the libFuzzer targets and runs them. See docs/fuzzing.md.
#
#   Fuzz/run.sh TARGET SECONDS      run one target (text, markdown, toml, w3c) for SECONDS
#   Fuzz/run.sh all SECONDS         run each target in turn, SECONDS each
#   Fuzz/run.sh build               only build
#   Fuzz/run.sh minimize TARGET FILE  shrink a crashing input (writes FILE.min)
#   Fuzz/run.sh replay TARGET FILE...  run inputs once, no fuzzing
#
# Environment: FUZZ_SCRATCH (build folder, default .build-fuzz at the package root),
# FUZZ_JOBS (build jobs, default 2). One fuzzer at a time: they are CPU-bound.
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz_dir")
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
jobs=${FUZZ_JOBS:-2}
export SWIFT_BACKTRACE=enable=no

product() {
    case $1 in
        text) echo FuzzText ;;
        markdown) echo FuzzMarkdown ;;
        toml) echo FuzzTOML ;;
        w3c) echo FuzzW3C ;;
        *) echo "unknown target '$1' (text, markdown, toml, w3c)" >&2; exit 2 ;;
    esac
}

# Long enough for the seed articles and profiles; longer inputs mostly slow the search down.
max_len() {
    case $1 in
        toml) echo 16384 ;;
        *) echo 8192 ;;
    esac
}

build() {
    # Release: several times more executions per second than debug; bounds checks and
    # preconditions stay on. The sanitizers apply to every module, TOMLKit's C++ included.
    # SwiftPM passes `-sanitize=fuzzer -sanitize=address` to swiftc as two flags, and swiftc keeps
    # only the last one: the Swift code would get no coverage instrumentation and libFuzzer would
    # fuzz blind ("no interesting inputs were found"). The combined flag, passed last, fixes that.
    # SwiftPM reuses its saved build plan when the manifests did not change, and then misses source
    # files added to the main package (a path dependency here): "cannot find 'X' in scope". Throw
    # the plan away when the list of sources changed; that also rebuilds everything, so not always.
    local sources="$scratch/fuzz-source-list"
    mkdir -p "$scratch"
    if ! find "$root/Sources" "$fuzz_dir/Harness" "$fuzz_dir/Targets" -name '*.swift' | sort | cmp -s - "$sources"; then
        rm -f "$scratch"/*/release/description.json
        find "$root/Sources" "$fuzz_dir/Harness" "$fuzz_dir/Targets" -name '*.swift' | sort >"$sources"
    fi
    swift build --package-path "$fuzz_dir" --scratch-path "$scratch" -c release -j "$jobs" \
        --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address
}

# TOMLKit leaks the key arrays and strings toml++ hands it (tableGetKeys, TOMLValueConvertible.string;
# upstream LebJe/TOMLKit#26): harmless for a file read once, but LeakSanitizer would stop every
# TOML run at its first input, and without it the leaks pile up past 2 GB in about ten minutes.
extra_flags() {
    case $1 in
        toml) echo -detect_leaks=0 -rss_limit_mb=4096 ;;
    esac
}

# -detect_leaks=0 stops libFuzzer's per-input check only; LeakSanitizer's report at exit would still
# fail the run (and write an empty "crash" input) over the same TOMLKit leaks.
asan_options() {
    case $1 in
        toml) echo "detect_leaks=0" ;;
    esac
}

binary() { echo "$scratch/release/$(product "$1")"; }

run() {
    local target=$1 seconds=$2
    local work="$scratch/corpus/$target" findings="$fuzz_dir/findings/$target" log="$scratch/logs/$target.log"
    mkdir -p "$work" "$findings" "$(dirname "$log")"
    echo "== $target for ${seconds}s (log: $log, findings: $findings)"
    # New inputs go to the first folder (outside git); the committed seeds are only read.
    local status=0
    ASAN_OPTIONS="$(asan_options "$target")" "$(binary "$target")" "$work" "$fuzz_dir/corpus/$target" \
        -max_total_time="$seconds" -max_len="$(max_len "$target")" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$findings/" -print_final_stats=1 $(extra_flags "$target") >"$log" 2>&1 || status=$?
    grep -E '^#[0-9]+.*(INITED|DONE|pulse)' "$log" | tail -n 2 || true
    grep -E '^stat::' "$log" || true
    grep -E 'ERROR: libFuzzer|==ERROR|Fatal error|SUMMARY' "$log" || true
    echo "== $target exit status $status; findings: $(ls "$findings" | wc -l) file(s)"
    return $status
}

case ${1:-} in
    build) build ;;
    all)
        build
        failed=0
        for target in text markdown toml w3c; do run "$target" "${2:?SECONDS}" || failed=1; done
        exit $failed ;;
    minimize)
        build
        "$(binary "${2:?TARGET}")" -minimize_crash=1 -runs=20000 -max_len="$(max_len "$2")" $(extra_flags "$2") \
            -exact_artifact_path="${3:?FILE}.min" "$3" ;;
    replay)
        target=${2:?TARGET}; shift 2
        build
        "$(binary "$target")" -runs=1 $(extra_flags "$target") "$@" ;;
    text|markdown|toml|w3c)
        build
        run "$1" "${2:?SECONDS}" ;;
    *)
        sed -n '2,11p' "$0" >&2
        exit 2 ;;
esac
