#!/usr/bin/env bash
# Builds Kurier and starts it in sandbox mode (local KSeF emulator, no credentials needed), installing missing
# Debian packages first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
preset=${KURIER_PRESET:-release}
"$root/scripts/install-deps.sh"
cd "$root"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" --parallel "$(nproc)"
bin="$root/build/$preset/bin"
if [ -x "$bin/kurier" ]; then
    exec "$bin/kurier" --sandbox "$@"
fi
# The desktop application is not built yet in this version: show what works today.
cat <<MSG

Kurier — the desktop window is not part of this build yet (it arrives with the desktop issue).
What works now is the command-line tool. Checking the official KSeF example invoices with it:

MSG
examples="$root/../shared/ksef/examples/invoices"
if [ -d "$examples" ]; then
    tmp=$(mktemp -d)
    for f in "$examples"/*.xml; do
        sed -e 's/#nip#/5265877635/g; s/#nipOdbiorca#/1111111111/g; s/#selfInvocingNip#/1111111111/g' \
            -e "s/#invoice_number#/DEMO-1/g; s/#invoicing_date#/$(date +%F)/g" "$f" > "$tmp/$(basename "$f")"
    done
    "$bin/kurier-cli" validate "$tmp" || true
    rm -rf "$tmp"
fi
echo
"$bin/kurier-cli" --help
