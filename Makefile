# newsflow: `make run` and `make test` are all a new user needs; `make help` lists the rest.
.DEFAULT_GOAL := help
.PHONY: help install run test lint format server clean bench

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-from-pyproject

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --editable '.[dev]'
	touch $@

install: $(INSTALLED) ## create .venv and install newsflow and its dev tools from pyproject.toml

run: $(INSTALLED) ## run the pipeline on data/raw with Prefect's embedded API and print the summaries
	$(BIN)/newsflow run

test: $(INSTALLED) ## run the test suite
	$(BIN)/pytest -q

lint: $(INSTALLED) ## ruff lint, ruff format check, mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy flows

format: $(INSTALLED) ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

server: $(INSTALLED) ## start the Prefect UI and API on http://127.0.0.1:4200
	PREFECT_SERVER_ANALYTICS_ENABLED=false $(BIN)/prefect server start --host 127.0.0.1 --port 4200

N ?= 50000
FORMAT ?= warc.gz
RUNNERS ?= processes
bench: $(INSTALLED) ## generate N pages (default 50000) over 10+1 days, run the pipeline, print pages/s, stages, Prefect share, peak RSS, incremental cost
	$(BIN)/python bench/pipeline.py --pages $(N) --format $(FORMAT) --runners $(RUNNERS)

clean: ## delete generated data (lake, warehouse, caches, reports); raw pages stay
	rm -rf data/lake data/warehouse.duckdb data/warehouse.duckdb.* data/reports data/cache
