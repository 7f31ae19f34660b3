#!/usr/bin/env bash
# Installs everything the tests need (Debian's chromium for the browser tests, npm packages) and runs them all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-chromium.sh
npm ci
npm test
