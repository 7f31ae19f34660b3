#!/usr/bin/env bash
# The browser tests drive Debian's chromium with playwright-core; no browser is ever downloaded by npm.
set -euo pipefail
# Fonts too: Liberation Sans measures like Segoe UI for the card overflow checks; emoji must not be boxes.
if command -v chromium >/dev/null 2>&1 && fc-list | grep -qi "Noto Color Emoji" && fc-list | grep -qi "Liberation Sans"; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation fonts-noto-color-emoji >/dev/null
command -v chromium
