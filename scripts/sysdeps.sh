#!/usr/bin/env bash
# Debian packages the project needs beyond Python: gettext (compilemessages), ffmpeg (uploaded
# videos are probed and given a poster, news/videofiles.py), the Postgres
# client (pg_dump, pg_restore: manage.py backup and restore) and, for the tests, Chromium (the
# browser tests) and nginx (tests/deploy runs deploy/nginx/portal.conf in it). Installs only
# what is missing.
set -euo pipefail
need=()
command -v msgfmt >/dev/null || need+=(gettext)
command -v pg_dump >/dev/null || need+=(postgresql-client)
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need+=(ffmpeg)
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null || need+=(chromium)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
  fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
