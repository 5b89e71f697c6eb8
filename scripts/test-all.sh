#!/usr/bin/env bash
# The README's test command: installs what it needs, then runs every test. Works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { $SUDO apt-get update -qq; apt_updated=yes; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Debian's chromium for the browser tests.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's chromium…"
  apt_install chromium
fi

# A Java runtime for the Nu HTML Checker (npm vnu-jar) that validates every built page.
if ! command -v java >/dev/null 2>&1; then
  echo "Installing Debian's default-jre-headless (Java, for the Nu HTML Checker)…"
  apt_install default-jre-headless
fi

# PyTorch for running every python block: Debian trixie's python3-torch 2.6 in a root made once in
# /var/cache/neural-atlas (ATLAS_TORCH_ROOT), reused by later runs; ATLAS_PYTHON skips it.
if [ -z "${ATLAS_PYTHON:-}" ]; then
  if [ "$(id -u)" -eq 0 ] || [ -f "${ATLAS_TORCH_ROOT:-/var/cache/neural-atlas/trixie-torch}/.atlas-torch-ready" ] || ! command -v sudo >/dev/null; then
    bash scripts/python/setup-torch.sh
  else
    sudo env ATLAS_TORCH_ROOT="${ATLAS_TORCH_ROOT:-}" ATLAS_DEBIAN_MIRROR="${ATLAS_DEBIAN_MIRROR:-}" bash scripts/python/setup-torch.sh
  fi
fi

echo "== type check"
npx tsc --noEmit -p .
echo "== unit tests (vitest)"
npx vitest run
echo "== the tracer's tests (scripts/python/test_trace_block.py, on PyTorch 2.6)"
npx tsx scripts/test-tracer.ts
echo "== python blocks (each run alone on PyTorch 2.6, compared with its committed output)"
npx tsx scripts/run-code.ts --check
echo "== production build"
npm run build
echo "== valid HTML (Nu HTML Checker over every page of out/)"
npx tsx scripts/check-html.ts out
echo "== size budgets"
npx tsx scripts/bench-pages.ts --check
echo "== browser tests (playwright, Debian chromium)"
npx playwright test
