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
if [ -x "$bin/kurier" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    exec "$bin/kurier" --sandbox "$@"
fi
# No display (a server, a container): run the same engine headless, in sandbox mode — a local ksef-emulator,
# sample invoices, import, send, and the receipts — so that everything is visible with no credentials.
echo "No display found: showing the sandbox headless with kurier-cli (run under a desktop for the window)."
sandbox="${KURIER_SANDBOX_DIR:-$HOME/.local/share/Kurier/sandbox}"
mkdir -p "$sandbox"
nip=5265877635
rm -f "$sandbox/emulator.json"
"$bin/ksef-emulator" --port 0 --demo "$nip" --data-dir "$sandbox/emulator" > "$sandbox/emulator.json" &
emulator=$!
trap 'kill $emulator 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$sandbox/emulator.json" ] && break; sleep 0.1; done
base=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["baseUrl"])' "$sandbox/emulator.json")
export KURIER_KSEF_TOKEN
KURIER_KSEF_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["token"])' "$sandbox/emulator.json")
batch="$sandbox/invoices-$(date +%Y%m%d-%H%M%S)"
"$bin/kurier-make-invoices" "$batch" 12 "SANDBOX/$(date +%H%M%S)"
cat <<MSG

Kurier sandbox, headless — the same engine the desktop window uses.
KSeF emulator: $base   context NIP: $nip   database: $sandbox/kurier.sqlite

MSG
"$bin/kurier-cli" import "$batch" --db "$sandbox/kurier.sqlite" --base-url "$base" --nip "$nip"
"$bin/kurier-cli" send --db "$sandbox/kurier.sqlite" --base-url "$base" --nip "$nip"
"$bin/kurier-cli" status --db "$sandbox/kurier.sqlite"
"$bin/kurier-cli" audit verify --db "$sandbox/kurier.sqlite"
cat <<MSG

Try next (the emulator is stopped when this script ends; run it yourself with build/$preset/bin/ksef-emulator):
  $bin/kurier-cli show SANDBOX/... --db $sandbox/kurier.sqlite          one invoice and its history
  $bin/kurier-cli upo KEY --out upo.xml --db $sandbox/kurier.sqlite     its official receipt
  $bin/kurier-cli --help
MSG
