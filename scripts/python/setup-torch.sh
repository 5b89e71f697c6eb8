#!/usr/bin/env bash
# Makes (once) the Debian trixie root that every python block of the content runs in: Debian's own
# python3-torch 2.6 and python3-torchvision 0.21, which need trixie's Python 3.13 and C library and so
# cannot be installed into this bookworm system directly. Later runs find the root and return at once.
#
#   bash scripts/python/setup-torch.sh          make the root if missing, print where it is
#   ATLAS_TORCH_ROOT=/some/dir bash …           another place (default /var/cache/neural-atlas/trixie-torch)
#
# Needs root (debootstrap does), Debian's debootstrap (installed here when missing) and network to
# Debian's package archive (ATLAS_DEBIAN_MIRROR, default deb.debian.org). Without one of them it stops
# and says what to do. Commands inside the root run in their own mount and PID namespaces (unshare),
# with /proc mounted there: nothing stays mounted when they end, even if they crash.
set -euo pipefail

ROOT_DIR="${ATLAS_TORCH_ROOT:-/var/cache/neural-atlas/trixie-torch}"
SUITE=trixie
STAMP="$ROOT_DIR/.atlas-torch-ready"
MIRROR="${ATLAS_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

ready() { echo "PyTorch root ready: $ROOT_DIR ($(cat "$STAMP"))"; }
if [ -f "$STAMP" ]; then ready; exit 0; fi

fail() { echo "setup-torch: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  fail "there is no PyTorch root at $ROOT_DIR yet, and making it needs root (debootstrap does). Run once:
    sudo bash scripts/python/setup-torch.sh
  or point ATLAS_PYTHON at a python3 that has torch 2.x and torchvision; the code runner then uses it instead."
fi
command -v unshare >/dev/null || fail "unshare (Debian's util-linux) is missing: apt-get install util-linux"

mkdir -p "$(dirname "$ROOT_DIR")"
# One maker at a time (two test runs may start together); the second waits, then finds the root.
exec 9>"$ROOT_DIR.lock"
if ! flock -n 9; then
  echo "setup-torch: another run is making $ROOT_DIR; waiting for it…"
  flock 9
fi
if [ -f "$STAMP" ]; then ready; exit 0; fi

if ! command -v debootstrap >/dev/null; then
  echo "setup-torch: installing Debian's debootstrap…"
  apt-get update -qq || fail "apt-get update failed: no network to Debian's archive? The trixie root cannot be made here."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null \
    || fail "could not install debootstrap: run apt-get install debootstrap, then this script again."
fi

step() {
  local name=$1; shift
  local t0=$SECONDS
  echo "setup-torch: $name…"
  "$@" || return $?
  echo "setup-torch: $name took $((SECONDS - t0)) s"
}

partial="$ROOT_DIR.partial"
log="$ROOT_DIR.setup.log"
# --one-file-system: never follow a mount that something else left inside a half-made root.
rm -rf --one-file-system "$partial"
: >"$log"

# A command inside the half-made root, with /proc, a clean environment and nothing left mounted after.
in_root() {
  unshare --mount --pid --fork --kill-child=SIGKILL --mount-proc=/proc --root="$partial" \
    /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

if ! step "debootstrap --variant=minbase $SUITE ($MIRROR)" \
  bash -c 'debootstrap --variant=minbase "$1" "$2" "$3" >>"$4" 2>&1' _ "$SUITE" "$partial" "$MIRROR" "$log"; then
  tail -n 15 "$log" >&2
  if grep -q "Failed getting release file\|Temporary failure resolving\|Could not resolve\|Connection refused\|Network is unreachable" "$log"; then
    fail "debootstrap cannot reach $MIRROR (log above, full log $log). The root needs network to Debian's archive; set ATLAS_DEBIAN_MIRROR to a reachable mirror, or set ATLAS_PYTHON to a python3 with torch 2.x."
  fi
  fail "debootstrap failed (log above, full log $log)."
fi

cp /etc/resolv.conf "$partial/etc/resolv.conf" 2>/dev/null || true
apt_in_root() { in_root apt-get -o Dpkg::Use-Pty=0 -o APT::Color=0 "$@" >>"$log" 2>&1; }
install_torch() {
  apt_in_root update -qq &&
    apt_in_root install -y -qq --no-install-recommends python3-torch python3-torchvision python3-numpy &&
    apt_in_root clean
}
if ! step "apt-get install python3-torch python3-torchvision (inside the root)" install_torch; then
  tail -n 15 "$log" >&2
  fail "installing python3-torch inside the root failed (log above, full log $log)."
fi

version=$(in_root python3 -c 'import sys, torch, torchvision; print(f"python {sys.version.split()[0]}, torch {torch.__version__}, torchvision {torchvision.__version__}")' 2>>"$log") \
  || { tail -n 15 "$log" >&2; fail "torch does not import inside the root (log above, full log $log)."; }
case "$version" in *"torch 2."*) ;; *) fail "expected torch 2.x inside the root, found: $version";; esac

echo "$version" >"$partial/.atlas-torch-ready"
rm -rf --one-file-system "$ROOT_DIR"
mv "$partial" "$ROOT_DIR"
echo "setup-torch: $(du -sh "$ROOT_DIR" | cut -f1) on disk; log in $log"
ready
