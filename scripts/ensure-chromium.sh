#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH); install it when it is missing.
exec bash "$(dirname "$0")/ensure-debian-package.sh" ensure-chromium "${CHROMIUM_PATH:-/usr/bin/chromium}" chromium
