# Alba Nera Desk. On a fresh machine with Python 3.11+:
#   make run    set up .venv and start the app
#   make test   set up .venv with test tools; ruff, mypy, pytest (Qt offscreen)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
PSTAMP := $(VENV)/.installed-package
CORE   := albanera_desk/domain albanera_desk/store albanera_desk/services albanera_desk/documents

.PHONY: run test lint typecheck pytest bench soak package translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Alba Nera Desk needs Python 3.11 or newer (PYTHON=...)")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@$(BIN)/python scripts/no_plaintext_keyring.py
	touch $@

$(TSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@$(BIN)/python scripts/no_plaintext_keyring.py
	touch $@

$(PSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	@$(BIN)/python scripts/no_plaintext_keyring.py
	touch $@

run: $(STAMP)
	$(BIN)/albanera-desk

lint: $(TSTAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TSTAMP)
	$(BIN)/mypy

pytest: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

test: lint typecheck pytest

soak: $(TSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

# make bench SIZE=3000000: adds the 3M-people store (default sizes: 100k and 1M).
bench: $(STAMP)
	@QT_QPA_PLATFORM=offscreen $(if $(SIZE),ALBANERA_BENCH_PEOPLE=$(SIZE)) $(BIN)/python bench/run.py

translations: $(STAMP)
	$(BIN)/python scripts/translations.py

package: $(PSTAMP)
	bash packaging/build.sh

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
