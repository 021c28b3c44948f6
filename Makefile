# The two commands of the README (`make run`, `make test`) do all the setup they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench lint format i18n clean system-deps

$(STAMP): pyproject.toml
	@sh tools/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

system-deps:
	@sh tools/system-deps.sh

## make run: set up if needed, add the demo programme on first run, open the app
run: $(STAMP)
	$(VENV)/bin/visitapp-cli demo --first-run
	$(VENV)/bin/visitapp $(ARGS)

## make test: the whole suite, headless
test: $(STAMP)
	@sh tools/system-deps.sh
	$(PY) -m pytest $(PYTEST_ARGS)

## make bench: speed and memory figures, each as a ratio to a baseline measured in the same run
bench: $(STAMP)
	$(PY) -m benchmarks

lint: $(STAMP)
	$(VENV)/bin/ruff check visitapp tests benchmarks tools
	$(VENV)/bin/ruff format --check visitapp tests benchmarks tools

format: $(STAMP)
	$(VENV)/bin/ruff format visitapp tests benchmarks tools
	$(VENV)/bin/ruff check --fix visitapp tests benchmarks tools

## make i18n: refresh the .ts sources from the code, then build the .qm files
i18n: $(STAMP)
	$(PY) tools/i18n.py update
	$(PY) tools/i18n.py release

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
