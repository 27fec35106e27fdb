"""Uploaded video files checked by ffprobe and given a poster frame by ffmpeg.

A video file is hostile until proved otherwise: the tools run in a child process with a
time limit, capped memory and CPU, reading only the local file (``-protocol_whitelist file``,
so that a playlist disguised as a video cannot make them fetch anything), with the container
forced to the one the file claims, and a file is kept only if its container and codecs are
ones a browser plays. Never on a request: the caller is a Celery task (news.services.media).
"""

import json
import resource
import shutil
import subprocess  # noqa: S404 - fixed argument lists, no shell
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

PROBE_TIMEOUT = 30  # seconds
POSTER_TIMEOUT = 120  # seconds
MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space for one tool
CPU_LIMIT = 120  # seconds of CPU for one tool
MAX_DURATION = 4 * 3600  # seconds: longer is a meeting's recording, for YouTube
# What browsers play, per container.
ALLOWED = {
    "mp4": {"formats": {"mov", "mp4", "m4a", "3gp", "3g2", "mj2"}, "video": {"h264", "hevc", "av1", "vp9"}},
    "webm": {"formats": {"matroska", "webm"}, "video": {"vp8", "vp9", "av1"}},
}
ALLOWED_AUDIO = {"aac", "mp3", "opus", "vorbis"}
FORCED_FORMAT = {"mp4": "mov", "webm": "matroska"}


class VideoRefused(Exception):
    """The file is not a video the portal shows; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class VideoFacts:
    duration: int
    width: int
    height: int


def _limits() -> None:  # pragma: no cover - runs in the child process
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT, CPU_LIMIT))


def tools_available() -> bool:
    return bool(shutil.which("ffprobe") and shutil.which("ffmpeg"))


def _run(arguments: list[str], timeout: int) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(  # noqa: S603 - fixed tool, the path is ours, no shell
            arguments, capture_output=True, timeout=timeout, check=False, preexec_fn=_limits, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise VideoRefused(_("Kiểm tra video quá thời gian cho phép; tệp có thể bị hỏng.")) from None


def probe(path: Path, container: str) -> VideoFacts:
    """Container, codecs, size and duration of the file at ``path``, or VideoRefused."""
    result = _run(
        [
            "ffprobe", "-v", "error", "-protocol_whitelist", "file", "-f", FORCED_FORMAT[container],
            "-show_format", "-show_streams", "-of", "json", f"file:{path}",
        ],
        PROBE_TIMEOUT,
    )  # fmt: skip
    try:
        facts = json.loads(result.stdout or b"{}")
    except ValueError:
        facts = {}
    streams = facts.get("streams") or []
    formats = set((facts.get("format") or {}).get("format_name", "").split(","))
    video = [
        s for s in streams if s.get("codec_type") == "video" and not (s.get("disposition") or {}).get("attached_pic")
    ]
    audio = [s for s in streams if s.get("codec_type") == "audio"]
    if result.returncode != 0 or not video or not formats & ALLOWED[container]["formats"]:
        raise VideoRefused(_("Tệp không phải video MP4 hoặc WebM đọc được."))
    if video[0].get("codec_name") not in ALLOWED[container]["video"] or any(
        s.get("codec_name") not in ALLOWED_AUDIO for s in audio
    ):
        raise VideoRefused(
            _("Video dùng mã hoá trình duyệt không phát được (%(codec)s); hãy xuất lại dạng MP4 H.264.")
            % {"codec": video[0].get("codec_name", "?")}
        )
    try:
        duration = round(float((facts.get("format") or {}).get("duration") or 0))
        width, height = int(video[0].get("width") or 0), int(video[0].get("height") or 0)
    except (TypeError, ValueError):
        raise VideoRefused(_("Tệp không phải video MP4 hoặc WebM đọc được.")) from None
    if not (0 < width <= 8192 and 0 < height <= 8192):
        raise VideoRefused(_("Kích thước khung hình của video không hợp lệ."))
    if duration > MAX_DURATION:
        raise VideoRefused(_("Video dài hơn 4 giờ; hãy đăng lên YouTube rồi dán đường dẫn."))
    return VideoFacts(duration=duration, width=width, height=height)


def poster_frame(path: Path, container: str, facts: VideoFacts) -> bytes:
    """A JPEG of one frame (a second in, or the first for a shorter video), at most 1600 wide."""
    at = "1" if facts.duration >= 2 else "0"
    with tempfile.TemporaryDirectory(prefix="poster-") as folder:
        out = Path(folder) / "poster.jpg"
        result = _run(
            [
                "ffmpeg", "-v", "error", "-nostdin", "-protocol_whitelist", "file", "-ss", at,
                "-f", FORCED_FORMAT[container], "-i", f"file:{path}", "-frames:v", "1",
                "-vf", "scale='min(1600,iw)':-2", "-q:v", "3", "-y", str(out),
            ],
            POSTER_TIMEOUT,
        )  # fmt: skip
        if result.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            raise VideoRefused(_("Không cắt được ảnh đại diện từ video; tệp có thể bị hỏng."))
        return out.read_bytes()
