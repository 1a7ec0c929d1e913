#!/usr/bin/env bash
# Builds Kurier and runs the whole test suite (CTest), installing missing Debian packages first.
#   scripts/test.sh [PRESET]   PRESET: dev (default), ci (default when CI=true), headless, asan, release
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${1:-$([ "${CI:-}" = "true" ] && echo ci || echo dev)}
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" --output-on-failure
