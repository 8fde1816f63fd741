#!/usr/bin/env bash
# The project's checks, in the order a reviewer reads them. Run by `make test` (and so by CI).
set -euo pipefail
cd "$(dirname "$0")/.."
V=.venv/bin
echo "== ruff"; "$V/ruff" check .
echo "== mypy"; "$V/mypy"
echo "== import contracts"; "$V/lint-imports"
echo "== pytest"; QT_QPA_PLATFORM=offscreen "$V/pytest" --ignore=tests/gl "$@"
# The OpenGL view needs a display: its tests run in their own process on a virtual X screen
# with Mesa's software renderer (installers/debian-runtime.txt, debian-test.txt).
# (With arguments, only the first run is made: they name what to test.)
if [ $# -eq 0 ]; then
    echo "== pytest (OpenGL, under Xvfb)"
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$V/pytest" tests/gl
fi
