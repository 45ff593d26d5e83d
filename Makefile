# PartyDesk developer commands. Everything runs inside a local virtual
# environment (.venv) that `make` creates or updates when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench translations clean

# Installers: frozen app, .deb, their smoke tests (see docs/installers.md).
-include installer/installer.mk

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/partydesk $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ruff check src tests benchmarks
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests benchmarks

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

# Refresh the Qt Linguist sources after adding or changing user-visible text.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none src/partydesk \
		-ts resources/translations/partydesk_vi.ts resources/translations/partydesk_en.ts

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
