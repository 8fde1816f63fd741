#!/usr/bin/env bash
# The project's checks, in the order a reviewer reads them. Run by `make test` (and so by CI).
set -euo pipefail
cd "$(dirname "$0")/.."
V=.venv/bin
echo "== ruff"; "$V/ruff" check .
echo "== mypy"; "$V/mypy"
echo "== import contracts"; "$V/lint-imports"
echo "== pytest"; QT_QPA_PLATFORM=offscreen "$V/pytest" "$@"
