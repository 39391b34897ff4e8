#!/usr/bin/env bash
# The browser tests screenshot Chinese pages: without a font for Han characters, Chromium draws every
# character as an empty box and a broken page would look like any other. WenQuanYi Micro Hei is the
# smallest Debian font that covers both scripts (1.6 MB); readers' own systems bring their fonts.
exec bash "$(dirname "$0")/ensure-debian-package.sh" ensure-cjk-font "${CJK_FONT:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}" fonts-wqy-microhei
