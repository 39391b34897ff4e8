#!/usr/bin/env bash
# `npm run audit` and the audit's browser test run the W3C Nu Html Checker (vnu.jar), which needs Java
# (JAVA, or java on the PATH); install Debian's headless JRE when it is missing.
exec bash "$(dirname "$0")/ensure-debian-package.sh" ensure-java "${JAVA:-java}" default-jre-headless -version
