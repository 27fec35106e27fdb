"""Writes of the photo albums and videos: saving, adding photos, and checking uploaded videos."""

import logging
import posixpath
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.images import reencode
from portal.jobs import queue_after_commit
from portal.models import UploadedImage
from portal.permissions import require_permission
from portal.tasks import image_renditions_task

from ..cache import purge_media
from ..enums import VideoSource, VideoState
from ..models import Album, AlbumPhoto, Video
from ..selectors.media import editor_image_usage
from ..tasks import video_process_task
from ..validators import video_container
from ..videofiles import VideoRefused, poster_frame, probe, tools_available

logger = logging.getLogger(__name__)

# A check that has not finished this long after it was claimed died with its worker.
VIDEO_CLAIM_EXPIRES = timedelta(minutes=10)
# A file that has killed the tools this often is refused rather than tried for ever.
VIDEO_MAX_ATTEMPTS = 3


def _publication(obj, *, by, publish_changed: bool) -> None:
    if publish_changed:
        require_permission(by, "news.publish_album")
    if obj.is_published and obj.publish_at is None:
        obj.publish_at = timezone.now()


def album_save(*, album: Album, by, is_new: bool, publish_changed: bool = False) -> Album:
    """Save an album written in the admin.

    Side effects: the creator is recorded on creation; publishing or withdrawing needs the
    publish permission (a publication without a time is public from now on).
    """
    require_permission(by, "news.add_album" if is_new else "news.change_album")
    if is_new:
        album.created_by = by
    _publication(album, by=by, publish_changed=publish_changed or (is_new and album.is_published))
    album.save()
    return album


def album_photo_save(*, photo: AlbumPhoto) -> AlbumPhoto:
    """Save one photo of an album. Side effect: a new or replaced image gets its renditions made by a task."""
    new_image = bool(photo.image) and not photo.image._committed
    if new_image:
        photo.renditions = {}
    photo.save()
    if new_image:
        queue_after_commit(
            image_renditions_task, model="news.albumphoto", pk=photo.pk, field="image", renditions_field="renditions"
        )
    return photo


def album_photos_add(*, album: Album, files: list, by, credit: str = "") -> list[AlbumPhoto]:
    """Add many photos at once, after those already in the album, each named by its file.

    The files were checked by the form (portal/images.py); all or none are stored. Side
    effects: renditions queued per photo; the first photo becomes the cover of an album without one.
    """
    require_permission(by, "news.change_album")
    added = []
    with transaction.atomic():
        last = album.photos.order_by("-order").values_list("order", flat=True).first() or 0
        for number, upload in enumerate(files, start=1):
            stem = posixpath.splitext(posixpath.basename(upload.name))[0].replace("_", " ").replace("-", " ")
            photo = AlbumPhoto(album=album, image=upload, alt=f"{album.title} – {number}"[:255], credit=credit)
            photo.order = last + number * 10
            photo.caption = "" if stem.lower().startswith(("img", "dsc")) else stem[:300]
            added.append(album_photo_save(photo=photo))
        if album.cover_id is None and added:
            Album.objects.filter(pk=album.pk, cover__isnull=True).update(cover=added[0])
            album.cover = added[0]
    return added


def video_save(*, video: Video, by, is_new: bool, file_changed: bool = False, publish_changed: bool = False) -> Video:
    """Save a video written in the admin.

    Side effects: the creator is recorded on creation; publishing needs the publish
    permission; a new or replaced file is checked again and gets a new poster, by a task
    after the commit (the owed-work sweep does it if the task is lost), and is not public
    until then.
    """
    require_permission(by, "news.add_video" if is_new else "news.change_video")
    if is_new:
        video.created_by = by
    _publication(video, by=by, publish_changed=publish_changed or (is_new and video.is_published))
    if video.source == VideoSource.LINK:
        video.state, video.state_note = VideoState.READY, ""
    elif is_new or file_changed:
        video.state, video.state_note, video.attempts, video.claimed_at = VideoState.PENDING, "", 0, None
        video.poster, video.poster_renditions = "", {}
    video.save()
    if video.state == VideoState.PENDING:
        queue_after_commit(video_process_task, video_id=video.pk)
    return video


def videos_owed(now=None):
    """Uploads still waiting for their check: never claimed, or claimed by a worker that died."""
    now = now or timezone.now()
    return Video.objects.filter(state=VideoState.PENDING, source=VideoSource.UPLOAD).filter(
        Q(claimed_at__isnull=True) | Q(claimed_at__lte=now - VIDEO_CLAIM_EXPIRES)
    )


def _claim(video_id: int) -> Video | None:
    now = timezone.now()
    claimed = videos_owed(now).filter(pk=video_id).update(claimed_at=now, attempts=F("attempts") + 1)
    return Video.objects.filter(pk=video_id).first() if claimed else None


def _finish(video: Video, *, file_name: str, **values) -> bool:
    """Write the outcome only if the file is still the one checked (it may have been replaced)."""
    return bool(
        Video.objects.filter(pk=video.pk, file=file_name, state=VideoState.PENDING).update(claimed_at=None, **values)
    )


def video_process(*, video_id: int) -> bool:
    """Check an uploaded video with ffprobe and cut its poster with ffmpeg; ``True`` when done.

    Safe to run twice or late: the row is claimed first (a concurrent run finds nothing); a
    run killed mid-way leaves its claim, which expires, and the sweep tries again, at most
    VIDEO_MAX_ATTEMPTS times before the file is refused. A refused file is kept for the
    editor to see the reason, never shown to the public. Side effect: a published video, once
    checked, is public, so the cached pages of its articles are purged after the commit.
    """
    if not tools_available():
        logger.warning("video %s not checked: ffmpeg/ffprobe missing (scripts/sysdeps.sh)", video_id)
        return False
    video = _claim(video_id)
    if video is None:
        return False
    file_name = video.file.name
    if video.attempts > VIDEO_MAX_ATTEMPTS:
        return _finish(
            video, file_name=file_name, state=VideoState.FAILED, state_note=_("Xử lý video thất bại nhiều lần.")
        )
    try:
        with tempfile.TemporaryDirectory(prefix="video-") as folder:
            local = Path(folder) / "source"
            with video.file.open("rb") as source, local.open("wb") as target:
                shutil.copyfileobj(source, target, length=1024 * 1024)
            with local.open("rb") as handle:
                container = video_container(handle.read(64))
            if not container:
                raise VideoRefused(_("Tệp không phải video MP4 hoặc WebM thật."))
            facts = probe(local, container)
            jpeg = poster_frame(local, container, facts)
        data, extension = reencode(jpeg)
    except (VideoRefused, ValidationError) as refusal:
        message = refusal.messages[0] if isinstance(refusal, ValidationError) else str(refusal)
        return _finish(video, file_name=file_name, state=VideoState.FAILED, state_note=message[:300])
    stem = posixpath.splitext(posixpath.basename(file_name))[0]
    poster = video.poster.field.generate_filename(video, f"{stem}.{extension}")
    poster = video.poster.storage.save(poster, ContentFile(data))
    done = _finish(
        video,
        file_name=file_name,
        state=VideoState.READY,
        state_note="",
        poster=poster,
        poster_renditions={},
        duration=facts.duration,
        width=facts.width,
        height=facts.height,
    )
    if done:
        queue_after_commit(
            image_renditions_task, model="news.video", pk=video.pk, field="poster", renditions_field="poster_renditions"
        )
        if video.is_published:
            # Checked, it is public now (Video.objects.published()): on the pages of its articles.
            article_ids = set(video.articles.values_list("pk", flat=True))
            transaction.on_commit(lambda: purge_media(article_ids=article_ids))
    else:
        video.poster.storage.delete(poster)
    return done


def editor_image_delete(*, image: UploadedImage, by) -> None:
    """Delete an image uploaded through the editor, with its renditions, unless an article shows it.

    Raises ValidationError naming the articles that use it: an image in use is never deleted.
    """
    require_permission(by, "news.publish_article")
    used = editor_image_usage([image.name])[image.name]
    if used:
        raise ValidationError(
            _("Ảnh đang dùng trong %(count)s bài (%(titles)s); gỡ ảnh khỏi bài trước khi xoá.")
            % {"count": len(used), "titles": "; ".join(a.title for a in used[:3])}
        )
    names = [image.name] + [s[ext] for s in image.renditions.get("sizes", []) for ext in ("webp", "jpg") if ext in s]
    image.delete()
    transaction.on_commit(lambda: [default_storage.delete(name) for name in names])
