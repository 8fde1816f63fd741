# The two commands of the README:
#   make run    set up (when needed) and open Maker Square on the default workspace
#   make test   set up (when needed) and run the checks: ruff, mypy, import contracts, pytest
#               (tests/app, cad and sync in .venv-headless, without Qt: tools/check.sh)
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.makersquare-installed

.PHONY: run test setup debian-runtime debian-test resources lint bench clean

run: debian-runtime setup
	$(VENV)/bin/makersquare $(ARGS)

test: debian-runtime debian-test setup
	bash tools/check.sh

setup: $(STAMP) resources

debian-runtime:
	@bash tools/debian_deps.sh installers/debian-runtime.txt

debian-test:
	@bash tools/debian_deps.sh installers/debian-test.txt

# The virtual environment is (re)made when it is missing, broken, or older than pyproject.toml.
$(STAMP): pyproject.toml
	@if [ -x "$(PY)" ] && ! "$(PY)" -c "import sys" >/dev/null 2>&1; then rm -rf "$(VENV)"; fi
	@[ -x "$(PY)" ] || $(PYTHON) -m venv "$(VENV)"
	"$(PY)" -m pip install -q --upgrade pip
	"$(PY)" -m pip install -q -e '.[test,server]'
	@touch "$(STAMP)"

resources: $(STAMP)
	@"$(PY)" tools/build_resources.py

bench: setup
	"$(PY)" benchmarks/bench_startup.py

clean:
	rm -rf "$(VENV)" .venv-headless build *.egg-info resources/translations/*.qm resources/fonts/*.ttf
