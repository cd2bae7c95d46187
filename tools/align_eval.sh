#!/bin/sh
# Scores the sentence aligner on the Text+Berg German-French dev article (strict and lax F1).
# Usage: tools/align_eval.sh [BUILD_DIR]   (default: build/release)
# Uses `mtlint align --presegmented --format beads` when the CLI is built, else the
# bench/align_dev driver. The corpus and the scorer live outside the repository, in ../shared.
# The CLI uses the de-fr word list of dictionaries/bilingual/ ($MTLINT_DICTIONARIES, else the
# source tree's dictionaries/); align_dev aligns without one.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/release"}
shared=${MTLINT_SHARED:-"$root/../shared"}
corpus="$shared/corpora/align/textberg-de-fr"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if [ -x "$build/cli/mtlint" ]; then
  "$build/cli/mtlint" align "$corpus/dev.de" "$corpus/dev.fr" --source-lang de --target-lang fr \
    --presegmented --format beads > "$out/dev.beads"
elif [ -x "$build/bench/align_dev" ]; then
  "$build/bench/align_dev" "$corpus/dev.de" "$corpus/dev.fr" > "$out/dev.beads"
else
  echo "align_eval: build mtlint_cli or align_dev in $build first" >&2
  exit 2
fi
python3 "$shared/tools/align_score.py" score -g "$corpus/dev.defr" -t "$out/dev.beads"
