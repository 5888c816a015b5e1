# newsflow: `make run` and `make test` are all a new user needs; `make help` lists the rest.
.DEFAULT_GOAL := help
.PHONY: help install run test lint format server clean eval devsets fit-spam bench-parse serve report docs stress fuzz bench

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed-from-pyproject
FUZZ_INSTALLED := $(VENV)/.installed-fuzz
EVAL_INSTALLED := $(VENV)/.installed-eval
TRIALS ?= 5
PORT ?= 4200
POOL := newsflow
# No telemetry from any target: Prefect's analytics look-ups, off for every command make runs.
export PREFECT_SERVER_ANALYTICS_ENABLED := false
PREFECT_ENV := PREFECT_API_URL=http://127.0.0.1:$(PORT)/api PREFECT_SERVER_ANALYTICS_ENABLED=false

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
	$(BIN)/mypy flows bench


format: $(INSTALLED) ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

stress: $(INSTALLED) ## hostile pages and TRIALS=5 kill -9 trials: pages in/parsed/rejected/lost, trials passed
	$(BIN)/python -m bench.stress --trials $(TRIALS)

$(FUZZ_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet --editable '.[dev,fuzz]'
	touch $@

fuzz: $(FUZZ_INSTALLED) ## atheris on the parse functions for FUZZ_SECONDS (default 60)
	$(BIN)/python -m bench.fuzz

server: $(INSTALLED) ## start the Prefect UI and API on http://127.0.0.1:4200
	PREFECT_SERVER_ANALYTICS_ENABLED=false PREFECT_UI_API_URL=http://127.0.0.1:$(PORT)/api \
		$(BIN)/prefect server start --host 127.0.0.1 --port $(PORT)

serve: $(INSTALLED) ## deploy prefect.yaml to `make server` and run its schedules with a process worker
	@$(BIN)/python -c "import httpx; httpx.get('http://127.0.0.1:$(PORT)/api/health').raise_for_status()" \
		2>/dev/null || (echo "no Prefect server on port $(PORT): run 'make server' in another terminal first" >&2; exit 1)
	$(PREFECT_ENV) $(BIN)/prefect work-pool inspect $(POOL) >/dev/null 2>&1 \
		|| $(PREFECT_ENV) $(BIN)/prefect work-pool create $(POOL) --type process
	$(PREFECT_ENV) $(BIN)/prefect --no-prompt deploy --all
	$(PREFECT_ENV) $(BIN)/prefect worker start --pool $(POOL)

report: $(INSTALLED) ## write data/reports/YYYY-MM-DD.html for the last day in the warehouse
	$(BIN)/newsflow report

docs: $(INSTALLED) ## write data/docs/models.html: every model, column, dependency and data test
	$(BIN)/newsflow docs

clean: ## delete generated data (lake, warehouse, caches, reports, docs); raw pages stay
	rm -rf data/lake data/warehouse.duckdb data/warehouse.duckdb.* data/reports data/docs data/cache

devsets: $(INSTALLED) ## fetch the pages of the dev sets made here (bench/devsets) into ../devsets
	$(BIN)/python -m bench.devset

$(EVAL_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet --editable '.[dev,eval]'
	touch $@

eval: $(EVAL_INSTALLED) ## score articles (../shared and the dev sets, against trafilatura), published dates (against htmldate), comments, spam and stories (skips what is absent)
	$(BIN)/python -m bench.eval_articles
	$(BIN)/python -m bench.eval_dates
	$(BIN)/python -m bench.eval_comments
	$(BIN)/python -m bench.eval_spam
	$(BIN)/python -m bench.eval_stories --speed

fit-spam: $(INSTALLED) ## refit the spam rule weights (flows/spam/spam_weights.toml) on the labelled spam sources
	$(BIN)/python -m bench.fit_spam

bench-parse: $(INSTALLED) ## pages/s of parse_page (all fields) vs the bare lexbor parse, one core
	$(BIN)/python -m bench.parse_speed

N ?= 0
FORMAT ?= warc.gz
RUNNERS ?= processes
CORPUS ?=
bench: $(INSTALLED) ## N copies of the real pages in ../shared (10000; CORPUS=synthetic: 50000 generated) over 10+1 days: bare parse, parse_page, pipeline, ratios, stages, slowest pages, RSS, incremental cost
	$(BIN)/python -m bench.pipeline --pages $(N) --format $(FORMAT) --runners $(RUNNERS) --corpus "$(CORPUS)"

