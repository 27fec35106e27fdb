#!/usr/bin/env bash
# Debian packages the project needs beyond Python: gettext (compilemessages), ffmpeg (videos) and, for the
# browser tests, Chromium. Installs only what is missing.
set -euo pipefail
need=()
command -v msgfmt >/dev/null || need+=(gettext)
# ffprobe checks uploaded videos and ffmpeg cuts their poster frame (news/videofiles.py).
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || need+=(ffmpeg)
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null || need+=(chromium)
  fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
