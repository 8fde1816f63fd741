#!/usr/bin/env bash
# Make .venv-headless: .venv's packages without Qt, for the tests of app, cad and sync.
#
# STYLE.md: app, cad and sync never import Qt, and the non-UI tests prove it by running
# where Qt is not installed (napari's headless run). Installing a second environment would
# cost minutes on CI; instead this makes an empty venv (no pip) and links every entry of
# .venv's site-packages into it except PySide6, shiboken6, pyqtgraph and pytest-qt (their
# packages and dist-info), so `import PySide6` fails there while everything else, the
# editable install of this project (its .pth) included, is the very same files. tools/check.sh
# calls it on every run: it keeps a venv whose links are those it would make (a package that
# changed version in .venv changes its dist-info name) and remakes any other (~1 s).
#
# Usage: bash tools/headless_venv.sh [SOURCE_VENV [TARGET_VENV]]   (default .venv .venv-headless)
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=${1:-.venv}
DST=${2:-.venv-headless}

site_packages() {
    "$1/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))'
}

names() {  # the entries of a site-packages folder, one a line, without the Qt ones
    local entry
    for entry in "$1"/*; do
        case "${entry##*/}" in
            pyside6* | shiboken6* | pyqtgraph* | pytestqt | pytest_qt* | __pycache__) ;;
            *) echo "${entry##*/}" ;;
        esac
    done
}

shopt -s nocasematch
src_site=$(site_packages "$SRC")
wanted=$(names "$src_site")
origin=$(printf '%s\n' "$src_site" "$wanted"; cat "$SRC/pyvenv.cfg")  # the interpreter too
if [ -x "$DST/bin/python" ] && [ "$(cat "$DST/made-from" 2>/dev/null)" = "$origin" ] \
    && dst_site=$(site_packages "$DST" 2>/dev/null) && [ "$(names "$dst_site")" = "$wanted" ]
then
    exit 0  # already made from this .venv: its links follow any change inside a package
fi
rm -rf "$DST"
"$SRC/bin/python" -m venv --without-pip "$DST"  # the same base interpreter as $SRC
dst_site=$(site_packages "$DST")
mapfile -t kept <<<"$wanted"
ln -s "${kept[@]/#/$src_site/}" "$dst_site/"
if "$DST/bin/python" -c "import PySide6" 2>/dev/null; then
    echo "headless_venv.sh: PySide6 is still importable in $DST" >&2
    exit 1
fi
printf '%s\n' "$origin" >"$DST/made-from"
