#!/usr/bin/env bash
# The README's test command: installs what it needs, then runs every test. Works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# Debian's packages the tests need: chromium for the browser tests, PyTorch (1.13, CPU) and
# torchvision for running every python block of the content, and a Java runtime for the Nu HTML
# Checker (npm vnu-jar) that validates every built page.
# (PyTorch's recommends are its C++ headers and a compiler toolchain: not needed to run Python.)
need_chromium=$([ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || echo yes)
need_torch=$(/usr/bin/python3 -c "import torch, torchvision" 2>/dev/null || echo yes)
need_java=$(command -v java >/dev/null 2>&1 || echo yes)
if [ -n "$need_chromium$need_torch$need_java" ]; then
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  if [ -n "$need_chromium" ]; then
    echo "Installing Debian's chromium…"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  if [ -n "$need_torch" ]; then
    echo "Installing Debian's python3-torch and python3-torchvision…"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-torch python3-torchvision >/dev/null
  fi
  if [ -n "$need_java" ]; then
    echo "Installing Debian's default-jre-headless (Java, for the Nu HTML Checker)…"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
  fi
fi

echo "== type check"
npx tsc --noEmit -p .
echo "== unit tests (vitest)"
npx vitest run
echo "== PyTorch 2.x stand-ins (scripts/python/compat)"
/usr/bin/python3 -m unittest discover -s scripts/python/compat
echo "== python blocks (each run alone on PyTorch, compared with its committed output)"
npx tsx scripts/run-code.ts --check
echo "== production build"
npm run build
echo "== valid HTML (Nu HTML Checker over every page of out/)"
npx tsx scripts/check-html.ts out
echo "== size budgets"
npx tsx scripts/bench-pages.ts --check
echo "== browser tests (playwright, Debian chromium)"
npx playwright test
