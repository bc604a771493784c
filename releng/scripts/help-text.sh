#!/usr/bin/env bash
# help-text.sh PRODUCT: writes PRODUCT/help.txt, the overview that the product's CLI prints for 'heterostack help',
# by running that command in the product (run by the build of releng/org.heterostack.product right after the
# product is materialised). ./heterostack prints this file for --help, -h and help without starting Java, so the
# text is the CLI's own and cannot drift from it; the file's first line names the CLI bundle's version, which the
# script checks against the installation before it uses the file.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
product=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$product/help.txt"
# the script's own start of the CLI (the file is not there, so the CLI answers), with a cache of its own and no
# start cache, so that nothing of this run is left behind
HETEROSTACK_PRODUCT="$product" XDG_CACHE_HOME="$work" HETEROSTACK_START_CACHE=off DISPLAY='' \
  "$here/../../heterostack" help > "$work/help.txt"
grep -q '^Usage:' "$work/help.txt" || { echo "help-text.sh: 'heterostack help' printed no usage" >&2; exit 1; }
mv "$work/help.txt" "$product/help.txt"
