#!/bin/sh
# Runs a command with a private D-Bus session bus and an unlocked GNOME Keyring in it, so that tests use the
# real system keychain (Secret Service) without touching the user's own.
set -e
if [ -z "$KURIER_IN_KEYRING_SESSION" ]; then
    export KURIER_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
export HOME="$(mktemp -d)"
export XDG_DATA_HOME="$HOME/.local/share" XDG_RUNTIME_DIR="$HOME/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf 'kurier\n' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
"$@"
status=$?
rm -rf "$HOME"
exit $status
