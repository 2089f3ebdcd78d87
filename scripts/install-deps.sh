#!/usr/bin/env bash
# Installs the Debian 12 packages Promptwerk needs to build, run and test.
# Idempotent: when everything is already installed it does no work at all.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang-14 libclang-rt-14-dev
  # Qt 6.4 and friends
  qt6-base-dev qt6-base-dev-tools libgl-dev qt6-httpserver-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins
  qt6-svg-dev qt6-image-formats-plugins qt6-translations-l10n
  qtkeychain-qt6-dev
  # tests: display-less GUI, a real Secret Service keychain, fonts
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  fonts-dejavu-core fonts-noto-cjk
  # packaging checks and export consumers
  desktop-file-utils appstream dpkg-dev file python3
  libxml2-utils shared-mime-info groff-base
  # real consumers of the exports in tests/exchange (Jinja2 render, promptfoo YAML, cURL)
  python3-jinja2 python3-yaml curl
  # evaluation: promptfoo YAML test files; the official JSON Schema test suite
  libyaml-cpp-dev json-schema-test-suite
  # screenshots (xdotool drives the window from outside)
  x11-apps imagemagick xdotool
  # benchmarks (scripts/bench-diff.sh times whole processes; scripts/bench-serve.sh
  # loads promptwerk-cli serve with ab)
  hyperfine time apache2-utils
)

# npm type-checks the TypeScript export; any Node.js with npm will do (some
# machines have NodeSource's build, which conflicts with Debian's npm package).
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
