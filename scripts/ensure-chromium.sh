#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium (/usr/bin/chromium-headless-shell, or CHROMIUM_PATH);
# install it when it is missing.
exec bash "$(dirname "$0")/ensure-debian-package.sh" ensure-chromium "${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}" chromium-headless-shell
