# The two commands: `make demo` and `make test`. Both create the virtual
# environment on first use; the stamp file makes later runs skip the install
# until pyproject.toml changes.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# Ingest the bundled sample corpus into demo.db, show what was stored, then serve the
# workbench on it (http://127.0.0.1:8000/, review token "demo") until Ctrl-C.
DEMO_PORT ?= 8000

demo: $(STAMP)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/communique ingest examples/dev-corpus.jsonl --db demo.db; status=$$?; \
	$(BIN)/communique stats --db demo.db --documents || exit 1; \
	[ $$status -eq 0 ] || exit $$status; \
	echo; echo "Workbench: http://127.0.0.1:$(DEMO_PORT)/   (review token: demo; Ctrl-C stops)"; \
	COMMUNIQUE_REVIEW_TOKEN=demo $(BIN)/communique serve --db demo.db --port $(DEMO_PORT)

# Install the system packages the tests need where missing (.ci/setup: Debian's
# chromium and PostgreSQL server), lint and type-check, then the whole test suite
# (PostgreSQL tests start their own server).
test: $(STAMP)
	.ci/setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf demo.db demo.db-wal demo.db-shm .pytest_cache .ruff_cache .mypy_cache
