"""Seeds the photo albums and videos from ``data/media.toml``, and the old site's import, through the newsroom's services.

Photos are drawn here (``images``), an uploaded video is a test pattern made by ffmpeg, checked
and given its poster by ``video_process`` as the worker would. Idempotent: an album or a video is
found again by its title and brought up to date; its photos and file are made once.
"""

import shutil
import subprocess  # noqa: S404 - ffmpeg with fixed arguments, no shell
import tempfile
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from awards.models import Decision
from news.enums import VideoSource
from news.models import Album, AlbumPhoto, Article, Video
from news.services.media import album_photo_save, album_save, video_process, video_save
from news.services.site_import import site_import
from news.site_export import load_export
from portal.models import User
from trainings.models import Training
from trainings.selectors import current_school_year

from .content import DATA_DIR, day, load, moment
from .images import conference_photo, cover


def _test_pattern() -> bytes | None:
    """A 6-second 640 × 360 H.264 clip, or ``None`` where ffmpeg is not installed."""
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "demo.mp4"
        subprocess.run(  # noqa: S603 - fixed arguments
            [ffmpeg, "-v", "error", "-f", "lavfi", "-i", "testsrc2=duration=6:size=640x360:rate=25",
             "-c:v", "libx264", "-pix_fmt", "yuv420p", "-y", str(out)],
            check=True,
        )  # fmt: skip
        return out.read_bytes()


def _links(owner, spec: dict) -> None:
    owner.articles.add(*Article.objects.filter(title__in=spec.get("articles", [])))
    for title in spec.get("trainings", []):
        prefix = title.split("{school_year}")[0]
        owner.trainings.add(*Training.objects.filter(title__startswith=prefix))
    owner.award_decisions.add(*Decision.objects.filter(number__in=spec.get("decisions", [])))


def seed(*, stdout) -> None:
    data = load("media")
    editor = User.objects.get(username=load("newsroom")["editor"])
    videos_to_check = []
    with transaction.atomic():
        for number, spec in enumerate(data["albums"]):
            album = Album.objects.filter(title=spec["title"]).first() or Album(title=spec["title"])
            is_new = album.pk is None
            album.taken_on = day(spec["taken_on"])
            album.event = spec["event"].replace(
                "{school_year}", current_school_year(album.taken_on or day(spec["taken_on"]))
            )
            album.description = spec["description"]
            album.is_published, album.publish_at = True, moment(spec["publish_at"])
            album_save(album=album, by=editor, is_new=is_new, publish_changed=True)
            if not album.photos.exists():
                for order, photo in enumerate(spec["photos"], start=1):
                    seed_number = number * 10 + order
                    drawn = conference_photo(seed_number) if number == 0 else cover(seed_number)
                    album_photo_save(
                        photo=AlbumPhoto(
                            album=album,
                            image=ContentFile(drawn, name=f"anh-{order}.jpg"),
                            alt=photo["alt"],
                            caption=photo["caption"],
                            credit=spec["credit"],
                            order=order * 10,
                        )
                    )
                Album.objects.filter(pk=album.pk).update(cover=album.photos.first())
            _links(album, spec)
        for spec in data["videos"]:
            video = Video.objects.filter(title=spec["title"]).first() or Video(title=spec["title"])
            is_new = video.pk is None
            video.recorded_on = day(spec["recorded_on"])
            video.description = spec["description"]
            video.is_published, video.publish_at = True, moment(spec["publish_at"])
            file_changed = False
            if "url" in spec:
                video.source, video.url = VideoSource.LINK, spec["url"]
            elif is_new:
                clip = _test_pattern()
                if clip is None:
                    stdout.write(_("Bỏ qua video tải lên mẫu: máy chưa cài ffmpeg (scripts/sysdeps.sh)."))
                    continue
                video.source, video.file, file_changed = (
                    VideoSource.UPLOAD,
                    ContentFile(clip, name="phong-su.mp4"),
                    True,
                )
            video_save(video=video, by=editor, is_new=is_new, file_changed=file_changed, publish_changed=True)
            _links(video, spec)
            if file_changed:
                videos_to_check.append(video.pk)
    for pk in videos_to_check:  # as the worker would, after the commit
        video_process(video_id=pk)
    stdout.write(
        _("Ảnh và video: %(albums)s album, %(videos)s video.")
        % {"albums": Album.objects.count(), "videos": Video.objects.count()}
    )


def seed_old_site(*, stdout) -> None:
    """The import of a department's former site, run on ``data/old_site`` (a WordPress export and
    its uploads folder) as ``manage.py import_site`` does; running it again changes nothing."""
    editor = User.objects.get(username=load("newsroom")["editor"])
    export, files = load_export(DATA_DIR / "old_site" / "export.xml")
    report = site_import(export=export, files=files, by=editor)
    stdout.write(_("Bài từ trang cũ: %(line)s") % {"line": report.lines()[-1]})
