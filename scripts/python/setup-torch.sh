#!/usr/bin/env bash
# Makes (once) the Debian trixie root that every python block of the content runs in: Debian's own
# python3-torch 2.6 and python3-torchvision 0.21, which need trixie's Python 3.13 and C library and so
# cannot be installed into this bookworm system directly. Later runs find the root and return at once.
#
#   bash scripts/python/setup-torch.sh          make the root if missing, print where it is
#   ATLAS_TORCH_ROOT=/some/dir bash …           another place (default /var/cache/neural-atlas/trixie-torch)
#
# Needs root (debootstrap and chroot do), Debian's debootstrap (installed here when missing) and
# network to Debian's package archive. Without one of them it stops and says what to do.
set -euo pipefail

ROOT_DIR="${ATLAS_TORCH_ROOT:-/var/cache/neural-atlas/trixie-torch}"
SUITE=trixie
STAMP="$ROOT_DIR/.atlas-torch-ready"
MIRROR="${ATLAS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

if [ -f "$STAMP" ]; then
  echo "PyTorch root ready: $ROOT_DIR ($(cat "$STAMP"))"
  exit 0
fi

fail() { echo "setup-torch: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  fail "making the trixie root needs root (debootstrap and chroot). Run as root: sudo bash scripts/python/setup-torch.sh
  — or point ATLAS_PYTHON at a python3 that has torch 2.x and torchvision, and the code runner uses it instead."
fi


if ! command -v debootstrap >/dev/null; then
  echo "Installing Debian's debootstrap…"
  apt-get update -qq || fail "apt-get update failed: no network to Debian's archive? The trixie root cannot be made here."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null \
    || fail "could not install debootstrap (apt-get install debootstrap)."
fi

step() {
  local name=$1; shift
  local t0=$SECONDS
  echo "setup-torch: $name…"
  "$@" || return $?
  echo "setup-torch: $name took $((SECONDS - t0)) s"
}

partial="$ROOT_DIR.partial"
rm -rf "$partial"
mkdir -p "$(dirname "$ROOT_DIR")"
step "debootstrap --variant=minbase $SUITE ($MIRROR)" \
  bash -c 'debootstrap --variant=minbase "$@" >"$2.log" 2>&1' _ "$SUITE" "$partial" "$MIRROR" \
  || { tail -n 20 "$partial.log" >&2; fail "debootstrap failed (log above, full log $partial.log)."; }

cp /etc/resolv.conf "$partial/etc/resolv.conf" 2>/dev/null || true
in_root() { chroot "$partial" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
step "apt-get install python3-torch python3-torchvision (inside the root)" bash -c '
  set -e
  root=$1
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin apt-get update -qq
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends python3-torch python3-torchvision python3-numpy >/dev/null
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin apt-get clean
' _ "$partial" || fail "installing python3-torch inside the root failed."

version=$(in_root python3 -c 'import sys, torch, torchvision; print(f"python {sys.version.split()[0]}, torch {torch.__version__}, torchvision {torchvision.__version__}")' 2>/dev/null) \
  || fail "torch does not import inside the root."
case "$version" in *"torch 2."*) ;; *) fail "expected torch 2.x inside the root, found: $version";; esac

echo "$version" >"$partial/.atlas-torch-ready"
rm -rf "$ROOT_DIR"
mv "$partial" "$ROOT_DIR"
mv "$partial.log" "$ROOT_DIR.debootstrap.log" 2>/dev/null || true
echo "PyTorch root ready: $ROOT_DIR ($version)"
