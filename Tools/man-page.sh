#!/usr/bin/env bash
# Writes gsz(1) in roff to standard output, generated from `gsz --help` and each
# subcommand's `--help`, so the manual never says other than the binary.
#
#   Tools/man-page.sh PATH-TO-GSZ > gsz.1
set -euo pipefail
gsz=${1:?usage: Tools/man-page.sh PATH-TO-GSZ}

# roff treats a leading . or ' as a request and \ as an escape.
escape() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

version=$("$gsz" --version)
abstract=$("$gsz" --help | sed -n '/^OVERVIEW:/,/^$/p' | sed 's/^OVERVIEW: //' | tr -s ' \n' ' ' | sed 's/ $//')
echo ".TH GSZ 1 \"\" \"gsz $version\" \"User Commands\""
echo ".SH NAME"
echo "gsz \\- $(echo "$abstract" | escape)"
echo ".SH SYNOPSIS"
echo ".B gsz"
echo "\\fISUBCOMMAND\\fR [\\fIOPTIONS\\fR]"
echo ".SH DESCRIPTION"
echo ".nf"
"$gsz" --help | sed '1,/^$/d' | escape
echo ".fi"
for command in $("$gsz" --help | sed -n '/^SUBCOMMANDS:/,/^$/p' | awk '/^  [a-z]/ { print $1 }'); do
    echo ".SH \"GSZ $(echo "$command" | tr '[:lower:]' '[:upper:]')\""
    echo ".nf"
    "$gsz" "$command" --help | escape
    echo ".fi"
done
echo ".SH SEE ALSO"
echo "The README and docs/ in gsz's source: docs/codes.md for every error code, docs/configuration.md for .gsz.yml."
