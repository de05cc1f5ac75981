#!/usr/bin/env bash
# Runs a command with a real, private, unlocked Secret Service (gnome-keyring) on a private
# D-Bus session bus, in fresh XDG folders, so keychain tests never touch a user's keyring.
# Never under Xvfb: with a display, a locked keyring would open a GUI prompt and hang.
set -euo pipefail
if [ "${FORTROLIG_KEYRING:-}" = "private" ]; then exec "$@"; fi
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: dbus-run-session and gnome-keyring-daemon are required (apt-get install dbus-daemon gnome-keyring)" >&2
  exit 2
fi
root=$(mktemp -d "${TMPDIR:-/tmp}/fortrolig-keyring.XXXXXX")
trap 'rm -rf "$root"' EXIT
export XDG_DATA_HOME="$root/data" XDG_RUNTIME_DIR="$root/run" XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
# The keyring password is random and thrown away: the keyring lives only for this run. It is
# exported inside the private session only, so a test can lock the keyring and unlock it again
# (test/integration/keychain-locked.test.ts) without a GUI prompt.
pw=$(head -c 24 /dev/urandom | base64)
dbus-run-session -- bash -c '
  printf "%s" "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export FORTROLIG_KEYRING=private FORTROLIG_KEYRING_PASSWORD="$1"
  shift
  exec "$@"
' with-keyring "$pw" "$@"
