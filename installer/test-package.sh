#!/usr/bin/env bash
# Installs Kurier's Debian packages into a fresh Debian 12 root (debootstrap; needs root and Debian's package
# registry), checks that they work there as a user would use them, and that removing them leaves nothing behind:
#   - apt resolves every runtime dependency from Debian 12 alone;
#   - kurier-cli --version and kurier --version print the one version;
#   - ksef-emulator starts; kurier-cli imports three invoices, sends them to it and has them confirmed with their
#     UPO (the SQLite driver, the schemas and the crypto work installed), and prints one as a PDF (fonts, Qt Gui);
#   - the .desktop file, icon, AppStream metadata and the systemd user units are where the desktop and systemd
#     look for them;
#   - apt-get purge removes every file.
#   installer/test-package.sh DEBS_DIR MAKE_INVOICES_BINARY
set -euo pipefail
debs=$(cd "$1" && pwd)
make_invoices=$2
version=$(dpkg-deb -f "$(ls "$debs"/kurier-cli_*.deb)" Version)
work=$(mktemp -d /tmp/kurier-package-test.XXXXXX)
chroot_dir="$work/root"
emulator_pid=
cleanup() {
    [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null || true
    for mount in proc dev/pts dev; do umount -l "$chroot_dir/$mount" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
step() { echo "-- $*"; }
in_root() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${KURIER_DEBIAN_MIRROR:-${mirror:-http://deb.debian.org/debian}}
step "a fresh Debian 12 root from $mirror"
for attempt in 1 2; do
    if debootstrap --variant=minbase bookworm "$chroot_dir" "$mirror" >"$work/debootstrap.log" 2>&1; then
        break
    fi
    [ "$attempt" = 2 ] && { tail -30 "$work/debootstrap.log"; exit 1; }
    rm -rf "$chroot_dir"
done
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
mount -t proc proc "$chroot_dir/proc"
mount --bind /dev "$chroot_dir/dev"
mkdir -p "$chroot_dir/tmp/debs"
cp "$debs"/*.deb "$chroot_dir/tmp/debs/"

step "install $(cd "$debs" && ls *.deb | tr '\n' ' ')"
in_root apt-get update -q >/dev/null
mapfile -t packages < <(cd "$chroot_dir/tmp/debs" && ls -1 ./*.deb | sed 's|^\./|/tmp/debs/|')
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" \
    >"$work/install.log" 2>&1 || { tail -40 "$work/install.log"; exit 1; }

step "versions"
[ "$(in_root kurier-cli --version)" = "kurier-cli $version" ] || { echo "kurier-cli --version is wrong"; exit 1; }
in_root env QT_QPA_PLATFORM=offscreen kurier --version | grep -qx "Kurier $version" \
    || { echo "kurier --version is wrong"; exit 1; }

step "the files where the desktop and systemd look for them"
for file in /usr/share/applications/pl.kurier.Kurier.desktop /usr/share/icons/hicolor/scalable/apps/pl.kurier.Kurier.svg \
    /usr/share/metainfo/pl.kurier.Kurier.metainfo.xml /usr/lib/systemd/user/kurier-reconcile.timer \
    /usr/lib/systemd/user/kurier-reconcile.service /usr/share/doc/kurier-cli/LICENSE-ksef-docs.txt; do
    [ -f "$chroot_dir$file" ] || { echo "missing: $file"; exit 1; }
done
grep -q "ExecStart=/usr/bin/kurier-cli reconcile" "$chroot_dir/usr/lib/systemd/user/kurier-reconcile.service"

step "the emulator and a real send with the installed programs"
"$make_invoices" "$chroot_dir/tmp/invoices" 3 FV/PKG >/dev/null
in_root ksef-emulator --port 0 --demo 5265877635 --limits off >"$work/emulator.json" 2>"$work/emulator.err" &
emulator_pid=$! # chroot and env exec: this is the emulator itself
for _ in $(seq 1 100); do [ -s "$work/emulator.json" ] && break; sleep 0.1; done
base_url=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["baseUrl"])' "$work/emulator.json")
token=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["token"])' "$work/emulator.json")
cli() { in_root env KURIER_KSEF_TOKEN="$token" kurier-cli "$@" --db /root/kurier.sqlite --base-url "$base_url" --nip 5265877635; }
cli import /tmp/invoices >/dev/null
cli send >/dev/null
confirmed=$(cli status --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["counts"].get("confirmed", 0))')
[ "$confirmed" = 3 ] || { echo "confirmed: $confirmed of 3"; cli status; exit 1; }
cli pdf FV/PKG/1 --out /tmp/fv.pdf >/dev/null 2>&1
head -c 5 "$chroot_dir/tmp/fv.pdf" | grep -q '%PDF-' || { echo "no PDF"; exit 1; }
kill "$emulator_pid"
wait "$emulator_pid" 2>/dev/null || true
emulator_pid=

step "remove: nothing left behind"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q kurier kurier-cli ksef-emulator >"$work/purge.log" 2>&1 \
    || { tail -20 "$work/purge.log"; exit 1; }
left=$(in_root dpkg-query -W -f='${Package} ${Status}\n' kurier kurier-cli ksef-emulator 2>/dev/null | grep -c "installed" || true)
[ "$left" = 0 ] || { echo "still installed"; exit 1; }
for file in /usr/bin/kurier /usr/bin/kurier-cli /usr/bin/ksef-emulator /usr/share/applications/pl.kurier.Kurier.desktop \
    /usr/lib/systemd/user/kurier-reconcile.timer /usr/share/doc/kurier-cli /usr/share/metainfo/pl.kurier.Kurier.metainfo.xml; do
    [ ! -e "$chroot_dir$file" ] || { echo "left behind: $file"; exit 1; }
done
echo "Debian packages $version: installed, used and removed cleanly in a fresh Debian 12 root."
