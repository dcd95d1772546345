#!/usr/bin/env bash
# The report test renders the auditors' report in headless Chromium (Debian's package).
# Install it when missing and we may (root with apt); otherwise that one test skips.
set -uo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing Debian's chromium for the report test" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "setup: could not install chromium; the report-rendering test will skip" >&2
else
  echo "setup: chromium not installed; the report-rendering test will skip" >&2
fi
exit 0
