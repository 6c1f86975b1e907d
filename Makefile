# Two commands set everything up on a fresh machine with Python 3.11:
#   make demo   install Marsad and code the examples into the embedded SQLite store, then print the events
#   make test   install Marsad with its development tools and run the whole test suite (lint, types, tests)
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
export HF_HUB_OFFLINE = 1

.PHONY: demo test lint data bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==25.3

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

demo: $(VENV)/.installed
	$(BIN)/marsad ingest examples/*.txt examples/*.jsonl
	$(BIN)/marsad events

lint: $(VENV)/.dev
	$(BIN)/ruff check marsad tests bench
	$(BIN)/ruff format --check marsad tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -W error -q

data: $(VENV)/.dev
	$(BIN)/python -m marsad.build

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
