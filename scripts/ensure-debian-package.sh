#!/usr/bin/env bash
# Install a Debian package when the command it provides is missing (the browser tests' Chromium,
# the HTML checker's Java): `ensure-debian-package.sh NAME COMMAND PACKAGE [VERSION-FLAG]`. A COMMAND
# that is a path (a font file) is looked for as a file.
# No internet here, so the tools' own downloaders (Playwright's, vnu-jar's) are not used.
set -euo pipefail
name="$1" command="$2" package="$3" version_flag="${4:---version}"
present() { if [[ "$command" == /* ]]; then [ -e "$command" ]; else command -v "$command" >/dev/null 2>&1; fi; }
if present; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "$name: $command is missing; install it with: sudo apt-get install -y $package" >&2
  exit 1
fi
echo "$name: installing Debian's $package (one time)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$package" >/dev/null
if [[ "$command" == /* ]]; then echo "$name: $command"; else echo "$name: $("$command" "$version_flag" 2>&1 | head -1)"; fi
