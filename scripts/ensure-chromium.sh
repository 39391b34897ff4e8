#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; install it when it is missing.
# (Playwright's own browser download does not work here: no internet.)
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-chromium: $browser is missing; install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi
echo "ensure-chromium: installing Debian's chromium (one time)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
echo "ensure-chromium: $("$browser" --version)"
