#!/usr/bin/env bash
# Builds the Debian package and checks it without installing it: the package
# is unpacked into a temporary directory, both binaries run from there with
# nothing from the build tree on their path, the installed desktop file and
# metainfo are validated and the file list is compared with
# tests/packaging/deb-contents.txt.
#
# Usage: scripts/package-check.sh [--no-build] [BUILD_DIR]
#   BUILD_DIR    default build-pkg; configured as a Release build without tests when new.
#   --no-build   package BUILD_DIR as it is (how the packaging CTest test runs it).
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)

build=1
if [[ "${1:-}" == --no-build ]]; then
    build=0
    shift
fi
build_dir=$(realpath -m "${1:-$source_dir/build-pkg}")

fail() {
    echo "package-check: $*" >&2
    exit 1
}

if ((build)); then
    "$source_dir/scripts/install-deps.sh"
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        # The package holds no tests, so a fresh directory does not build them.
        cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPROMPTWERK_BUILD_TESTS=OFF >/dev/null
    fi
    cmake --build "$build_dir" -j "$(nproc)"
fi
[[ -f "$build_dir/CPackConfig.cmake" ]] || fail "$build_dir is not a configured Promptwerk build directory"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Package into the temporary directory so the build directory stays as it was.
if ! (cd "$build_dir" && cpack -G DEB -B "$work/cpack") >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
fi
debs=("$work"/cpack/*.deb)
((${#debs[@]} == 1)) && [[ -f "${debs[0]}" ]] || fail "cpack made ${#debs[@]} .deb files: ${debs[*]}"
deb=${debs[0]}

field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == promptwerk ]] || fail "package name is '$(field Package)', not promptwerk"
version=$(field Version)
[[ -n "$version" ]] || fail "the package has no version"
for dependency in libqt6core6 libqt6widgets6 qt6-qpa-plugins; do
    [[ ", $(field Depends), " == *", $dependency"[\ ,]* ]] || fail "Depends lacks $dependency: $(field Depends)"
done
for name in Section Maintainer Description Homepage; do
    [[ -n $(field "$name") ]] || fail "the package has no $name"
done

# The file list, directories left out.
dpkg-deb --fsys-tarfile "$deb" | tar -t | grep -v '/$' | sort >"$work/contents"
grep -v '^#' "$source_dir/tests/packaging/deb-contents.txt" | sort >"$work/expected"
if ! diff -u "$work/expected" "$work/contents" >"$work/contents.diff"; then
    cat "$work/contents.diff" >&2
    fail "the package's files differ from tests/packaging/deb-contents.txt (- expected, + packaged)"
fi

root=$work/root
dpkg-deb -x "$deb" "$root"
declare -A version_line=([promptwerk]="Promptwerk ${version%%-*}" [promptwerk-cli]="promptwerk-cli ${version%%-*}")
for binary in promptwerk promptwerk-cli; do
    path=$root/usr/bin/$binary
    if readelf -d "$path" | grep -E -q 'R(UN)?PATH'; then
        fail "$binary has an RPATH: $(readelf -d "$path" | grep -E 'R(UN)?PATH')"
    fi
    # No display either: --version must work in a bare terminal.
    output=$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$path" --version 2>&1) ||
        fail "$binary --version failed: $output"
    [[ "$output" == "${version_line[$binary]}" ]] || fail "$binary --version printed '$output', not '${version_line[$binary]}'"
done

share=$root/usr/share
desktop-file-validate "$share/applications/io.github.promptwerk.Promptwerk.desktop" >"$work/desktop.log" 2>&1 ||
    { cat "$work/desktop.log" >&2; fail "the installed desktop file is not valid"; }
# validate-tree also checks that the metainfo's launchable desktop file is installed.
appstreamcli validate-tree --no-net "$root" >"$work/metainfo.log" 2>&1 ||
    { cat "$work/metainfo.log" >&2; fail "the installed metainfo is not valid"; }
for page in "$share"/man/man1/*.1.gz; do
    warnings=$(zcat "$page" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1) || fail "groff failed on $page"
    [[ -z "$warnings" ]] || fail "$(basename "$page"): $warnings"
done
cmp -s "$share/icons/hicolor/scalable/apps/io.github.promptwerk.Promptwerk.svg" \
    "$source_dir/resources/icons/io.github.promptwerk.Promptwerk.svg" || fail "the installed icon is not resources/icons'"

echo "package-check: $(basename "$deb") is fine ($(du -k "$deb" | cut -f1) KiB)"
