#!/usr/bin/env bash
# Packs a release tarball: the gsz binary (a static executable on Linux), README, shell
# completions and a man page generated from --help. Checks first that the binary needs no
# shared library and runs with an empty environment from outside the checkout.
#
#   Tools/release.sh [OUTPUT-FOLDER]      # default: .build/release-package
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/release-package}

swift build -c release --product gsz 2>&1 | tail -n 1
binary="$(swift build -c release --show-bin-path)/gsz"
version=$("$binary" --version)
platform="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"
name="gsz-$version-$platform"

# No runtime need at all: ldd finds no library to load (it says "not a dynamic executable").
# Built with GSZ_LINK=shared-libc, the system's C library, libyaml and zlib, but no Swift library.
if [[ ${GSZ_LINK:-} == shared-libc ]]; then
    if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|/usr/lib/swift'; then
        echo "release: $binary links the Swift runtime dynamically" >&2
        exit 1
    fi
elif ldd "$binary" 2>&1 | grep -F '=>'; then
    echo "release: $binary loads shared libraries; Package.swift links it with -static-executable" >&2
    exit 1
fi
# With no PATH, no HOME, no locale, from a folder outside the checkout.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp Samples/maximal.yaml "$scratch/report.yaml"
(cd "$scratch" && env -i "$binary" check report.yaml --lang en >/dev/null)

stage="$scratch/$name"
mkdir -p "$stage/completions" "$stage/man/man1"
cp "$binary" README.md "$stage/"
"$binary" --generate-completion-script bash >"$stage/completions/gsz.bash"
"$binary" --generate-completion-script zsh >"$stage/completions/_gsz"
"$binary" --generate-completion-script fish >"$stage/completions/gsz.fish"
Tools/man-page.sh "$binary" >"$stage/man/man1/gsz.1"

mkdir -p "$out"
tar -C "$scratch" -czf "$out/$name.tar.gz" "$name"
echo "release: $out/$name.tar.gz"
