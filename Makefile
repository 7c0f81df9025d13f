# Centenary: `make run` serves the demo, `make test` runs the whole suite. Nothing asks a question.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run serve test lint format lock messages bench clean

$(BIN)/python:
	@python="$$(scripts/find-python.sh)" || exit 1; \
	echo "Creating $(VENV) with $$python"; \
	"$$python" -m venv $(VENV)

# Re-installs only when the lock file changes.
$(VENV)/.installed: requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	@touch $@

run: $(VENV)/.installed
	@PORT=$(PORT) scripts/run.sh

# Production on one machine: gunicorn and the task worker, settings from the environment or .env.
serve: $(VENV)/.installed
	@PORT=$(PORT) scripts/serve.sh

test: $(VENV)/.installed
	@scripts/system-deps.sh
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	scripts/with-services.sh $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Updates the catalogues from the code (English filled from its msgids), lists what French lacks.
messages: $(VENV)/.installed
	scripts/messages.sh

# Regenerates the pinned lock file from pyproject.toml (runtime and dev dependencies).
lock: $(VENV)/.installed
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.12 \
		--quiet --no-header -o requirements.lock

bench: $(VENV)/.installed
	bench/run.sh

clean:
	rm -rf $(VENV) media/original_images media/images db.sqlite3 .admin-password
