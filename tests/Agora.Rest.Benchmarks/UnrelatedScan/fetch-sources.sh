#!/usr/bin/env bash
# Fetches every repository of a list (default docs/rules/unrelated-code.txt) at its recorded commit into
# <sources>/<owner>/<name>, shallow, for the unrelated-scan harness. The sources stay outside this repository.
# Usage: tests/Agora.Rest.Benchmarks/UnrelatedScan/fetch-sources.sh <sources folder> [list file]
set -euo pipefail
sources=${1:?usage: fetch-sources.sh <sources folder> [list file]}
list=${2:-$(dirname "$0")/../../../docs/rules/unrelated-code.txt}
grep -v '^[[:space:]]*\(#\|$\)' "$list" | while read -r name commit _; do
  target="$sources/$name"
  if [[ -d "$target/.git" ]] && [[ "$(git -C "$target" rev-parse HEAD)" == "$commit" ]]; then
    continue # already there at the recorded commit
  fi
  mkdir -p "$target"
  git -C "$target" init -q
  # GitHub serves any commit by id, so one shallow fetch gets exactly the recorded tree.
  git -C "$target" fetch -q --depth 1 "https://github.com/$name.git" "$commit"
  git -C "$target" -c advice.detachedHead=false checkout -q FETCH_HEAD
  echo "$name $commit"
done
