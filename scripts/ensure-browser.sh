#!/usr/bin/env bash
# Before the tests: the browser tests drive Debian's Chromium (never a browser that a test
# tool downloads). Installs it with apt-get when it is missing and we may; otherwise says
# that the browser tests will be skipped. Never fails the test run by itself.
set -u
browser="${LIMBER_CHROMIUM:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  if apt-get update -qq && apt-get install -y -qq chromium >/dev/null; then
    exit 0
  fi
fi
echo "No Chromium at $browser: the browser tests will be skipped (install Debian's chromium, or set LIMBER_CHROMIUM)."
exit 0
