#!/usr/bin/env bash
# Reproduces the figures quoted in the issue notes. Reads ../shared (evaluation data, never
# copied here); writes the results to the folder given (default /tmp/mtlint-measure).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/mtlint-measure}
mkdir -p "$out"
mtlint=build/release/cli/mtlint
shared=../shared
export MTLINT_DICTIONARIES=$PWD/dictionaries

$mtlint check $shared/seeds/000_50d96cea91c36005.txt --target-lang en --color never \
  --fail-on never > "$out/seed.txt"
$mtlint align $shared/corpora/align/textberg-de-fr/dev.de $shared/corpora/align/textberg-de-fr/dev.fr \
  --presegmented --source-lang de --target-lang fr --format beads > "$out/dev.beads"
python3 $shared/tools/align_score.py score -g $shared/corpora/align/textberg-de-fr/dev.defr \
  -t "$out/dev.beads" > "$out/align_dev.txt"
$mtlint eval --corpus own corpora/ > "$out/own.txt"
$mtlint eval --corpus text $shared/corpora/demetr/demetr.dev.jsonl --field reference > "$out/clean_demetr_ref.txt"
$mtlint eval --corpus text $shared/corpora/mqm --field source > "$out/clean_mqm_source.txt"
$mtlint eval --corpus text $shared/corpora/mqm --field target --match system=refA,ref,refB \
  > "$out/clean_mqm_ref.txt"
$mtlint eval --corpus mqm $shared/corpora/mqm > "$out/mqm.txt"
$mtlint eval --corpus demetr $shared/corpora/demetr/demetr.dev.jsonl --target-only > "$out/demetr_target_only.txt"
$mtlint eval --corpus demetr $shared/corpora/demetr/demetr.dev.jsonl > "$out/demetr.txt"
echo "results in $out"
