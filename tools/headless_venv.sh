#!/usr/bin/env bash
# Make .venv-headless: .venv's packages without Qt, for the tests of app, cad and sync.
#
# STYLE.md: app, cad and sync never import Qt, and the non-UI tests prove it by running
# where Qt is not installed (napari's headless run). Installing a second environment would
# cost minutes on CI; instead this makes an empty venv (no pip) and links every entry of
# .venv's site-packages into it except PySide6, shiboken6, pyqtgraph and pytest-qt (their
# packages and dist-info), so `import PySide6` fails there while everything else, the
# editable install of this project (its .pth) included, is the very same files. It takes
# well under a second, so tools/check.sh makes it afresh on every run: it cannot go stale.
#
# Usage: bash tools/headless_venv.sh [SOURCE_VENV [TARGET_VENV]]   (default .venv .venv-headless)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-.venv}
DST=${2:-.venv-headless}

site_packages() {
    "$1/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))'
}

src_site=$(site_packages "$SRC")
rm -rf "$DST"
"$SRC/bin/python" -m venv --without-pip "$DST"  # the same base interpreter as $SRC
dst_site=$(site_packages "$DST")
shopt -s nocasematch
kept=()
for entry in "$src_site"/*; do
    case "${entry##*/}" in
        pyside6* | shiboken6* | pyqtgraph* | pytestqt | pytest_qt* | __pycache__) ;;
        *) kept+=("$entry") ;;
    esac
done
ln -s "${kept[@]}" "$dst_site/"
if "$DST/bin/python" -c "import PySide6" 2>/dev/null; then
    echo "headless_venv.sh: PySide6 is still importable in $DST" >&2
    exit 1
fi
