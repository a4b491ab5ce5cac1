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
if [[ -d $root/Fuzz/Seeds/$target && $target != standard ]]; then
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
    workbook)
        # Whole workbooks (LibreOffice's, the template) and, behind a selector byte, each
        # part of them, in the order of the target's part list.
        cp "$root"/Tests/GSZCommandTests/Fixtures/xlsx/*.xlsx "$dir/"
        python3 - "$dir" "$root"/Tests/GSZCommandTests/Fixtures/xlsx/*.xlsx <<'PY'
import sys, zipfile, os
parts = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
         "xl/sharedStrings.xml", "xl/styles.xml"]
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as archive:
        for index, part in enumerate(parts):
            if part in archive.namelist():
                name = os.path.basename(path).replace(".xlsx", "") + "-" + part.replace("/", "-")
                with open(os.path.join(sys.argv[1], name), "wb") as out:
                    out.write(bytes([index]) + archive.read(part))
PY
        ;;
    standard)
        # The target's first byte picks which built-in file the rest replaces, in path order.
        # Each file is a seed as it is; so is each committed seed under Fuzz/Seeds/standard/NAME/,
        # NAME being the path under Standards/ of the file it stands in for.
        index=0
        while IFS= read -r file; do
            name=${file#"$root/Standards/"}
            selector=$(printf '\\x%02x' "$index")
            { printf "$selector"; cat "$file"; } > "$dir/$index-${name//\//-}"
            for seed in "$root/Fuzz/Seeds/standard/$name"/*; do
                if [[ -f $seed ]]; then
                    { printf "$selector"; cat "$seed"; } > "$dir/$index-$(basename "$seed")"
                fi
            done
            index=$((index + 1))
        done < <(find "$root/Standards" -name '*.yaml' -o -name '*.yml' | LC_ALL=C sort)
        ;;
    *)
        echo "seeds.sh: no seeds known for target $target" >&2
        exit 2
        ;;
esac
