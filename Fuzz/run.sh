#!/usr/bin/env bash
# Fuzz/run.sh TARGET SECONDS [libFuzzer options…] — builds TARGET (yaml, checker, standard, workbook),
# refreshes its seeds, and fuzzes it for SECONDS at low priority. New inputs collect in
# .build-fuzz/corpus/TARGET and carry over between runs; a crash, leak or hang is saved in
# .build-fuzz/artifacts/TARGET/ and makes the script fail. The log, with libFuzzer's final
# statistics (executions, exec/s), is .build-fuzz/logs/TARGET.log.
#
# Replay one input:  .build-fuzz/fuzz-TARGET .build-fuzz/artifacts/TARGET/crash-…
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: Fuzz/run.sh TARGET SECONDS [libFuzzer options]}
seconds=${2:?usage: Fuzz/run.sh TARGET SECONDS [libFuzzer options]}
shift 2
out="$root/.build-fuzz"
binary=$("$root/Fuzz/build.sh" "$target")
"$root/Fuzz/seeds.sh" "$target" "$out/seeds/$target"
mkdir -p "$out/corpus/$target" "$out/artifacts/$target" "$out/logs"

# -timeout: one input taking 5 s is a hang (every real report takes milliseconds).
# -max_len: room past the 4 KiB default, so inputs can grow into large mappings and long lines.
# libFuzzer reports a crash itself; Swift's backtracer under AddressSanitizer can hang instead.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$root/Tools/sanitizers/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
nice -n 10 "$binary" "$out/corpus/$target" "$out/seeds/$target" \
    -dict="$root/Fuzz/yaml.dict" \
    -max_total_time="$seconds" \
    -timeout=5 \
    -rss_limit_mb=2048 \
    -max_len=16384 \
    -print_final_stats=1 \
    -artifact_prefix="$out/artifacts/$target/" \
    "$@" 2>&1 | tee "$out/logs/$target.log" | { grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|==[0-9]+==|stat::|INFO: Seed|Done )|ERROR|SUMMARY|deadly|Test unit written' || true; }
exit "${PIPESTATUS[0]}"
