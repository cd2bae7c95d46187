#!/usr/bin/env bash
# Builds mtlint under AddressSanitizer + UndefinedBehaviorSanitizer with warnings as errors,
# checks the formatting, and runs the whole test suite (unit tests and CLI golden tests).
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v clang-format >/dev/null; then
  unformatted=$(git ls-files -co --exclude-standard -- '*.cpp' '*.h' |
    xargs -r clang-format --dry-run -Werror 2>&1 | grep -c 'error:' || true)
  if [ "$unformatted" != 0 ]; then
    echo "test: $unformatted clang-format problems; run: git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    exit 1
  fi
fi

cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
ctest --preset asan
