# Rapport: `make run` to use it, `make test` to check it. Everything installs itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run install install-dev test test-fast lint typecheck layers bench bench-scale chromium clean demo

run: install
	$(BIN)/rapport serve --port $(PORT)

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Rapport needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $(STAMP)

install-dev: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(DEV_STAMP)

# Browser tests drive Debian's Chromium; Playwright's own browser download cannot run here.
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		echo "Installing Debian's chromium for the browser tests..."; \
		(apt-get install -y -qq chromium fonts-dejavu-core >/dev/null 2>&1 || \
		 (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null)); \
	else \
		echo "The browser tests need Chromium at /usr/bin/chromium."; \
		echo "Install it with: sudo apt-get install chromium   (then run make test again)"; \
		exit 1; \
	fi

lint: install-dev
	$(BIN)/ruff check rapport tests bench scripts
	$(BIN)/ruff format --check rapport tests bench scripts

typecheck: install-dev
	$(BIN)/mypy rapport tests

# The layers of docs/architecture.md, as import-linter contracts (.importlinter).
layers: install-dev
	$(BIN)/lint-imports --no-cache

test: install-dev chromium lint typecheck layers
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

test-fast: install-dev
	$(BIN)/python -m pytest -q -m "not e2e"

bench: install
	$(BIN)/python bench/run.py

# 100 workspaces of 30,000 contacts on PostgreSQL under load (docs/benchmarks.md).
bench-scale: install
	cd bench && ../$(BIN)/python scale_pg.py

demo: install
	$(BIN)/rapport demo

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
