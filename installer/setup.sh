#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Set-up for a Debian 12 machine: installs what is missing, builds, and then either launches the
# workbench on the demo data or runs every test. Run as root or with sudo.
#
#   installer/setup.sh demo     install, build, start Xunjian on its demo data folder
#   installer/setup.sh test     install, build, run all tests (what CI runs)
#   installer/setup.sh deps     only install the Debian packages
#   installer/setup.sh build    install and build
#   installer/setup.sh bench    install, build, and run the crawl benchmark against nginx, wget and
#                               linkchecker (tests/bench/bench_crawl.sh; by hand, not in CI)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${XUNJIAN_BUILD_DIR:-$ROOT/build}
JOBS=${XUNJIAN_JOBS:-$(nproc)}

# Everything the build, the tests and the program need, from Debian 12's own archive.
PACKAGES=(
  build-essential cmake ninja-build pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-webengine-dev qt6-webengine-dev-tools qt6-charts-dev libqt6sql6-sqlite
  libgl-dev libvulkan-dev
  libhunspell-dev hunspell-en-us libicu-dev libxlsxwriter-dev libminizip-dev libgumbo-dev zlib1g-dev libjemalloc-dev
  fonts-noto-cjk xvfb xauth poppler-utils clang-format openssl
)
# Only for the tests: LibreOffice (without a desktop) opens every exported Word file and turns it
# into PDF, proving it is a document an office suite accepts.
TEST_PACKAGES=(libreoffice-writer-nogui)
# Only for the crawl benchmark: the fast static server and the two tools it is compared with.
BENCH_PACKAGES=(nginx-light wget linkchecker time)

say() { printf '\033[1m== %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_dependencies() {
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "All needed Debian packages are installed"
    return
  fi
  say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
  say "Building in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DXUNJIAN_WARNINGS_AS_ERRORS=ON "$@"
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

check_format() {
  say "Checking formatting (.clang-format)"
  find "$ROOT/app" "$ROOT/ui" "$ROOT/tests" \( -name '*.cpp' -o -name '*.h' \) -print0 |
    xargs -0 clang-format --dry-run --Werror
}

run_tests() {
  say "Running every test"
  export QT_QPA_PLATFORM=offscreen
  [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
  ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS"
}

launch_demo() {
  local user=${SUDO_USER:-}
  local home=$HOME
  [ -n "$user" ] && home=$(getent passwd "$user" | cut -d: -f6)
  local data="${XUNJIAN_DEMO_DIR:-$home/.local/share/xunjian-demo}"
  say "Starting Xunjian on the demo data in $data"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY/WAYLAND_DISPLAY are empty). Run this from a desktop session," >&2
    echo "or try: xvfb-run -a $BUILD_DIR/bin/xunjian --data-dir $data" >&2
    exit 1
  fi
  if [ -n "$user" ] && [ "$user" != root ]; then
    # Built as root, run as the person who asked, with their display and their data folder.
    exec sudo -u "$user" env DISPLAY="${DISPLAY:-}" WAYLAND_DISPLAY="${WAYLAND_DISPLAY:-}" \
      XAUTHORITY="${XAUTHORITY:-$home/.Xauthority}" XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-}" \
      "$BUILD_DIR/bin/xunjian" --data-dir "$data"
  fi
  [ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
  exec "$BUILD_DIR/bin/xunjian" --data-dir "$data"
}

case "${1:-}" in
  deps) install_dependencies ;;
  build) install_dependencies; build ;;
  demo) install_dependencies; build; launch_demo ;;
  test) install_dependencies "${TEST_PACKAGES[@]}"; build; check_format; run_tests ;;
  bench) install_dependencies "${BENCH_PACKAGES[@]}"; build; "$ROOT/tests/bench/bench_crawl.sh" "$BUILD_DIR" ;;
  *) sed -n '3,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
