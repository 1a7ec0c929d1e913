#!/usr/bin/env bash
# Builds Kurier's Debian packages (kurier, kurier-cli, ksef-emulator) from the release build into
# build/release/packages/, installing missing Debian packages first.
#   scripts/package.sh [--test]   --test: then install them into a fresh Debian 12 root, run them, remove them
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"
rm -rf build/release/packages
(cd build/release && cpack -G DEB >/dev/null)
ls -1 build/release/packages/*.deb
if [ "${1:-}" = "--test" ]; then
    installer/test-package.sh build/release/packages build/release/bin/kurier-make-invoices
fi
