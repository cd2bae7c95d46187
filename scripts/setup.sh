#!/usr/bin/env bash
# Installs everything mtlint needs on Debian 12, builds the release preset and runs
# `mtlint check` on the bundled sample article pair. Idempotent: packages already
# present are left alone and the build is incremental.
set -euo pipefail

cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config python3 clang-format
  libicu-dev libhunspell-dev libcld2-dev libboost-locale-dev
  nlohmann-json3-dev libcli11-dev libtomlplusplus-dev libpugixml-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  hunspell hunspell-en-us hunspell-en-gb hunspell-de-de hunspell-fr hunspell-es
  hunspell-it hunspell-ru hunspell-pt-pt hunspell-pl hunspell-nl
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

if [ "${MTLINT_SETUP_NO_SAMPLE:-0}" != 1 ]; then
  echo "setup: mtlint check on the bundled sample (corpora/sample/)" >&2
  ./build/release/cli/mtlint check corpora/sample/ru-en.target.en.txt \
    --source corpora/sample/ru-en.source.ru.txt --source-lang ru --target-lang en --fail-on never
fi
