#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with gnome-keyring's Secret
# Service, in a throw-away home, so the test talks to a real keychain and
# never to the user's.
set -euo pipefail
test_binary=$1
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export PROMPTWERK_EXPECT_KEYRING=1
exec dbus-run-session -- bash -c '
    # Unlocking with a password creates the login keyring, unlocked.
    printf "promptwerk-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0"' "$test_binary"
