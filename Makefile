# CCHC warehouse. The two commands:  make demo   (the nightly job, end to end)
#                                    make test   (the whole test suite)
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
ENV := source scripts/env.sh
PYTHON ?= python3
PYTEST_ARGS ?=

.PHONY: help setup up down demo test test-unit airflow bench reliability dbt-docs clean-local

help:  ## list targets
	@grep -E '^[a-z-]+:.*## ' Makefile | sed 's/:.*## /\t/' | column -t -s $$'\t'

.venv/.installed: requirements.lock pyproject.toml
	@scripts/setup_venv.sh
	@touch $@

setup: .venv/.installed  ## create .venv and install the lock file

up: setup  ## start the embedded PostgreSQL (idempotent) and apply migrations
	@$(ENV) && cchc db up

down:  ## stop the embedded PostgreSQL
	@$(ENV) && cchc db down

demo: up  ## run the nightly pipeline once, end to end, on the offline snapshot
	@$(ENV) && scripts/demo.sh

test: up  ## the whole suite: unit, integration, e2e
	@$(ENV) && scripts/ensure_chromium.sh && python -m pytest $(PYTEST_ARGS)

test-unit: setup  ## unit tests only (no services)
	@$(ENV) && python -m pytest -m unit $(PYTEST_ARGS)

airflow: up  ## Airflow UI + scheduler on 127.0.0.1 (airflow standalone)
	@$(ENV) && scripts/airflow_standalone.sh

bench: up  ## benchmarks: print figures, write .local/bench/*.json
	@$(ENV) && python -m benchmarks.run

reliability: up  ## fault-injection suite with a scoreboard
	@$(ENV) && rc=0 && { python -m pytest -m reliability -p no:cacheprovider -q tests/reliability $(PYTEST_ARGS) || rc=$$?; } && python -m tests.reliability.scoreboard && exit $$rc

clean-local: down  ## delete .local (cluster data, raw zone, reports)
	rm -rf .local
