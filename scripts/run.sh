#!/usr/bin/env bash
# `make run`: migrate, seed the demo, then the web server, one Celery worker and one beat;
# Ctrl-C stops all three.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBUG="${DEBUG:-1}"
PY=.venv/bin/python
CELERY=.venv/bin/celery

$PY manage.py check_services
$PY manage.py migrate --noinput
$PY manage.py compilemessages --ignore=.venv -v 0
$PY manage.py seed_demo

pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "stopping web server, worker and beat"
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

$CELERY -A portal worker --loglevel=INFO --concurrency=2 & pids+=($!)
$CELERY -A portal beat --loglevel=INFO & pids+=($!)
$PY manage.py runserver 127.0.0.1:8000 & pids+=($!)
echo "portal: http://127.0.0.1:8000/  admin: http://127.0.0.1:8000/admin/  health: http://127.0.0.1:8000/healthz"
wait -n "${pids[@]}"
