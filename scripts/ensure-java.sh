#!/usr/bin/env bash
# `npm run audit` and the audit's browser test run the W3C Nu Html Checker (vnu.jar), which needs Java;
# install Debian's headless JRE when it is missing. (vnu-jar's own Java download is not run: no internet.)
set -euo pipefail
java="${JAVA:-java}"
if command -v "$java" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "ensure-java: $java is missing; install it with: sudo apt-get install -y default-jre-headless (or set JAVA)" >&2
  exit 1
fi
echo "ensure-java: installing Debian's default-jre-headless (one time)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq default-jre-headless >/dev/null
echo "ensure-java: $("$java" -version 2>&1 | head -1)"
