#!/usr/bin/env bash
# Regenerates the EMF code of bundles/org.heterostack.model (src-gen/, the reconciled genmodel) and
# bundles/org.heterostack.model.edit (src-gen/, icons/, plugin.properties) from model/heterostack.ecore and
# model/heterostack.genmodel, by running releng/org.heterostack.codegen. The reactor build does the same before
# compiling the model bundles; run this after editing the .ecore and commit the result.
#   releng/scripts/regenerate-model.sh            regenerate in place
#   releng/scripts/regenerate-model.sh --check    only compare; exit 1 when the committed code is stale (CI)
# Further arguments go to Maven (e.g. -o to stay offline).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mode=write
args=()
for arg in "$@"; do
  case "$arg" in
    --check) mode=check ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done
exec "$root/mvnw" -B -q -f "$root/releng/org.heterostack.codegen/pom.xml" process-classes \
  -Dheterostack.codegen.mode="$mode" "${args[@]}"
