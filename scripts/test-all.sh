#!/usr/bin/env bash
# The README's test command: installs what it needs, then runs every test. Works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium for the browser tests…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "== type check"
npx tsc --noEmit -p .
echo "== unit tests (vitest)"
npx vitest run
echo "== production build"
npm run build
echo "== size budgets"
node scripts/bench-pages.mjs --check
echo "== browser tests (playwright, Debian chromium)"
npx playwright test
