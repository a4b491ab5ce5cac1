#!/usr/bin/env bash
# Fuzz/build.sh TARGET — builds the libFuzzer binary .build-fuzz/fuzz-TARGET from
# Fuzz/Targets/TARGET.swift, with the package's modules compiled for fuzzing.
#
# Why swiftc and not `swift build -Xswiftc -sanitize=fuzzer`: SwiftPM would pass the flag to
# the gsz-embed build tool too, and linking a tool that has its own main against libFuzzer
# fails. So the two library modules are compiled here, each in one whole-module step, with
# the same language settings as Package.swift, coverage instrumentation and AddressSanitizer;
# the built-in standard is embedded by running gsz-embed (built plainly) as the plugin does.
# Modules are rebuilt only when a source under Sources/ or Standards/ is newer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: Fuzz/build.sh TARGET (one of: $(cd "$root/Fuzz/Targets" && ls | sed 's/\.swift$//' | tr '\n' ' '))}
source="$root/Fuzz/Targets/$target.swift"
[[ -f $source ]] || { echo "build.sh: no target $source" >&2; exit 2; }
out="$root/.build-fuzz"
mkdir -p "$out"
# Targets share the module objects: two builds at once (two targets fuzzed side by side) take
# turns, or one would link an object the other is still writing.
exec 9>"$out/.build.lock"
flock 9

# Package.swift's strict settings, plus what fuzzing needs. -O keeps executions fast; Swift's
# bounds and overflow checks stay on at -O, so they still trap on a bad index.
swift_flags=(
    -swift-version 6
    -enable-upcoming-feature ExistentialAny
    -enable-upcoming-feature InternalImportsByDefault
    -enable-upcoming-feature MemberImportVisibility
    -warnings-as-errors
    -O -g
    -sanitize=fuzzer,address
    # SwiftPM names the package to the compiler; the YAML layer shows `package` declarations to the engine.
    -package-name gsz
    -I "$root/Sources/CYAML"
    -I "$root/Sources/CZLib"
    -I "$out"
)

# Builds module $1 from the Swift files listed after it, unless its object is up to date.
module() {
    local name=$1
    shift
    local object="$out/$name.o"
    if [[ -f $object ]] && [[ -z $(find "$@" "$root/Fuzz/build.sh" -newer "$object" -print -quit) ]]; then
        return
    fi
    echo "build.sh: compiling $name" >&2
    swiftc "${swift_flags[@]}" "${module_flags[@]}" -parse-as-library -whole-module-optimization -module-name "$name" \
        -emit-module -emit-module-path "$out/$name.swiftmodule" -c -o "$object" "$@"
}

# The built-in standard, as the EmbedStandard plugin makes it.
embedded="$out/BuiltinStandard+Files.swift"
standards=$(find "$root/Standards" -name '*.yaml' -o -name '*.yml' | sort)
if [[ ! -x $out/gsz-embed ]] || [[ $root/Tools/gsz-embed/main.swift -nt $out/gsz-embed ]]; then
    swiftc -O "$root/Tools/gsz-embed/main.swift" -o "$out/gsz-embed"
fi
# shellcheck disable=SC2086  # one path a line, none with spaces
"$out/gsz-embed" "$embedded" "$root/Standards" $standards

mapfile -t yaml_sources < <(find "$root/Sources/GSZYAML" -name '*.swift' | sort)
mapfile -t workbook_sources < <(find "$root/Sources/GSZWorkbook" -name '*.swift' | sort)
mapfile -t kit_sources < <(find "$root/Sources/GSZKit" -name '*.swift' | sort)
module_flags=()
module GSZYAML "${yaml_sources[@]}"
# -enable-testing: the workbook target builds archives with the module's own zip writer.
module_flags=(-enable-testing)
module GSZWorkbook "${workbook_sources[@]}"
module_flags=()
module GSZKit "${kit_sources[@]}" "$embedded"

binary="$out/fuzz-$target"
if [[ -x $binary ]] && [[ -z $(find "$source" "$root/Fuzz/Targets/Support" "$out/GSZYAML.o" "$out/GSZWorkbook.o" "$out/GSZKit.o" \
        -newer "$binary" -print -quit) ]]; then
    echo "$binary"
    exit 0
fi
echo "build.sh: linking fuzz-$target" >&2
swiftc "${swift_flags[@]}" -parse-as-library -module-name "Fuzz_$target" -use-ld=lld \
    "$source" "$root/Fuzz/Targets/Support/"*.swift "$out/GSZYAML.o" "$out/GSZWorkbook.o" "$out/GSZKit.o" -lyaml -lz \
    -o "$binary"
echo "$binary"
