# Set-up on a fresh machine: `make run` or `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshot bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m tfintro_gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(BIN)/lint-imports

lint: $(STAMP)
	$(BIN)/ruff check tfintro_gui tests benchmarks

screenshot: $(STAMP)
	$(BIN)/python -m tfintro_gui --panel classifier --train-steps 100 --screenshot resources/screenshots/classifier.png

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_trainer.py

clean:
	rm -rf $(VENV) build dist *.egg-info
