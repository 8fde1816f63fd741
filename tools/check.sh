#!/usr/bin/env bash
# The project's checks, in the order a reviewer reads them. Run by `make test` (and so by CI).
#
#   bash tools/check.sh          ruff, mypy, the import contracts, then each test suite once:
#                                  tests/ui                    with Qt (.venv), offscreen
#                                  tests/app tests/cad tests/sync   without Qt: in .venv-headless,
#                                      .venv minus PySide6, pyqtgraph and pytest-qt, made afresh
#                                      by tools/headless_venv.sh (about a second), which proves
#                                      that app, cad and sync run where Qt is not installed
#                                  tests/gl                    with Qt on a virtual X screen
#                                The test runs all run; the script fails if any of them failed.
#   bash tools/check.sh ARGS...  only pytest with ARGS, with Qt (.venv), offscreen: any test
#                                runs there (e.g. tests/sync/test_client_units.py -k backoff).
#   HEADLESS=1 bash tools/check.sh ARGS...   the same without Qt (.venv-headless): for tests of
#                                app, cad and sync, as the full run runs them.
set -euo pipefail
cd "$(dirname "$0")/.."
V=.venv/bin
H=.venv-headless/bin

if [ $# -gt 0 ]; then
    if [ "${HEADLESS:-0}" = 1 ]; then
        bash tools/headless_venv.sh
        exec "$H/python" -m pytest "$@"
    fi
    exec env QT_QPA_PLATFORM=offscreen "$V/pytest" --ignore=tests/gl "$@"
fi

echo "== ruff"; "$V/ruff" check .
echo "== mypy"; "$V/mypy"
echo "== import contracts"; "$V/lint-imports"

SUITES="app cad gl sync ui"  # every folder of tests/ is in exactly one run below
for dir in tests/*/; do
    name=${dir#tests/}
    name=${name%/}
    if [ "$name" != __pycache__ ] && [[ " $SUITES " != *" $name "* ]]; then
        echo "tools/check.sh: no run takes tests/$name: add it to one" >&2
        exit 1
    fi
done

failed=()
run() {  # run NAME COMMAND...: one test run; its failure is noted and the next run goes on
    local name=$1 start=$SECONDS
    shift
    echo "== pytest: $name"
    "$@" || failed+=("$name")
    echo "== pytest: $name took $((SECONDS - start)) s"
}
run "tests/ui (Qt, offscreen)" env QT_QPA_PLATFORM=offscreen "$V/pytest" tests/ui
bash tools/headless_venv.sh
run "tests/app tests/cad tests/sync (no Qt installed)" \
    "$H/python" -m pytest tests/app tests/cad tests/sync
# The OpenGL view needs a display: its tests run in their own process on a virtual X screen
# with Mesa's software renderer (installers/debian-runtime.txt, debian-test.txt).
run "tests/gl (OpenGL, under Xvfb)" \
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb "$V/pytest" tests/gl

if [ ${#failed[@]} -gt 0 ]; then
    printf '== failed: %s\n' "${failed[@]}"
    exit 1
fi
