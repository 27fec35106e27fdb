# Two commands matter: `make run` (the portal with its worker and beat) and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | md5sum | cut -c1-12)

# The test suite's services: local Postgres and Redis (override to point elsewhere).
TEST_ENV := SECRET_KEY=test-only-secret-key-not-for-production \
	DATABASE_URL=$${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal} \
	REDIS_URL=$${TEST_REDIS_URL:-redis://127.0.0.1:6379/0} \
	SECURE_SSL_REDIRECT=0 VAR_DIR=var/test DEBUG=0

.PHONY: run test lint format venv messages static bench clean

$(STAMP): requirements.txt requirements-dev.txt
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

run: venv
	@scripts/sysdeps.sh
	@scripts/run.sh

test: venv
	@scripts/sysdeps.sh --test
	@scripts/services.sh
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@$(TEST_ENV) $(PY) manage.py compilemessages --ignore=.venv -v 0
	@$(TEST_ENV) $(PY) manage.py collectstatic --noinput -v 0
	$(TEST_ENV) $(PY) -m pytest $(ARGS)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: venv
	DEBUG=1 $(PY) manage.py makemessages -l en --ignore=.venv --ignore=var --no-obsolete
	DEBUG=1 $(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf var/test .pytest_cache
