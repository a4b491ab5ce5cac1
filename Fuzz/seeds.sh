#!/usr/bin/env bash
# Fuzz/seeds.sh TARGET DIR — fills DIR with the seed inputs for TARGET: the committed seeds
# under Fuzz/Seeds/TARGET, plus what the repository already holds (Samples/ for the report
# readers, Standards/ for the YAML reader and the standard reader). Regenerated each run so
# the seeds follow the samples and the standard as they change.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: Fuzz/seeds.sh TARGET DIR}
dir=${2:?usage: Fuzz/seeds.sh TARGET DIR}
rm -rf "$dir"
mkdir -p "$dir"
if [[ -d $root/Fuzz/Seeds/$target ]]; then
    cp "$root/Fuzz/Seeds/$target/"* "$dir/"
fi
case $target in
    yaml)
        for file in "$root"/Samples/*.yaml "$root"/Standards/*.yaml; do
            cp "$file" "$dir/$(basename "$(dirname "$file")")-$(basename "$file")"
        done
        ;;
    checker)
        cp "$root"/Samples/*.yaml "$dir/"
        ;;
    standard)
        # The target's first byte picks which built-in file the rest replaces, in path order.
        index=0
        while IFS= read -r file; do
            { printf "\\x$(printf %02x "$index")"; cat "$file"; } > "$dir/$index-$(basename "$file")"
            index=$((index + 1))
        done < <(find "$root/Standards" -name '*.yaml' -o -name '*.yml' | LC_ALL=C sort)
        ;;
    *)
        echo "seeds.sh: no seeds known for target $target" >&2
        exit 2
        ;;
esac
