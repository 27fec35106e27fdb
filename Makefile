# Two commands matter: `make run` (the portal with its worker and beat) and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | md5sum | cut -c1-12)

.PHONY: run test lint format venv messages clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

run: venv
	@scripts/sysdeps.sh
	@scripts/run.sh

# The test suite's environment (local Postgres and Redis) is in pyproject.toml, for a bare
# `pytest` too; set DATABASE_URL or REDIS_URL to point elsewhere.
test: venv lint
	@scripts/sysdeps.sh --test
	@scripts/services.sh
	@# The catalogs before Python starts the suite: a test module may load them at import time.
	@DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv --ignore=var -v 0
	$(PY) -m pytest $(ARGS)

# Style, and the import order of docs/architecture.md (contracts in pyproject.toml).
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: venv
	DEBUG=1 $(PY) manage.py makemessages -l en --ignore=.venv --ignore=var --no-obsolete
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf var/test .pytest_cache
