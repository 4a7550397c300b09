# The README's commands. `make test` sets up a virtual environment and runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat setup.cfg pyproject.toml | cksum | cut -d' ' -f1)
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: install test test-fast lint check run demo clean policy bench bench-full

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

## Every test, on SQLite and on PostgreSQL (OCOP_TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/test)
test: install
	$(BIN)/ocop workflows check
	$(BIN)/python -m pytest --cucumberjson=test-output/policy.json
	$(BIN)/ocop policy report --out test-output/policy.html

## SQLite only (no PostgreSQL needed)
test-fast: install
	$(BIN)/python -m pytest -m "not postgres"

## The executable policy alone (Vietnamese features and the coverage gate), with its HTML report
policy: install
	$(BIN)/python -m pytest tests/bdd --cucumberjson=test-output/policy.json
	$(BIN)/ocop policy report

lint: install
	$(BIN)/ruff check engine workflows web tests scripts bench
	$(BIN)/ruff format --check engine workflows web tests scripts bench

## Set up, migrate, load the demo (idempotent) and serve on http://$(HOST):$(PORT)
run: install
	$(BIN)/ocop db upgrade
	$(BIN)/ocop demo
	@echo "Open http://$(HOST):$(PORT)/"
	$(BIN)/ocop run --host $(HOST) --port $(PORT)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

## Benchmarks (bench/README.md): the quick set (minutes), and the issue's sizes (100k dossiers, 1M records)
bench: install
	$(MAKE) -C bench quick

bench-full: install
	$(MAKE) -C bench full
