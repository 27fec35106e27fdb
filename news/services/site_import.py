"""Bringing in an old site's articles from its export (news/site_export.py).

Docs/architecture.md, bad input gets a clear error and loses nothing: every item is read and
checked first, and every problem is reported with the item's number; with any problem nothing
is written, unless the caller asks to skip the bad items (each good item is still written
whole or not at all). The writing runs in one transaction: a worker killed in the middle
leaves the database as it was (at most some stored image files without a row), and the import
is run again. Running it again is safe at any time: a post is found again by its key
(``ImportedArticle.source_key``) and updated when its content changed, left alone otherwise.
"""

import datetime
import hashlib
import html
import json
import logging
import posixpath
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.images import reencode
from portal.jobs import queue_after_commit, queue_now
from portal.permissions import require_permission
from portal.richtext import sanitize_html
from portal.services.images import uploaded_image_store
from portal.tasks import image_renditions_task
from portal.text import normalize_search_text, slugify

from ..enums import ArticleAction, ArticleStatus
from ..models import Article, ArticleEvent, ArticleImage, Category, ImportedArticle, SiteImportRun, Tag
from ..site_export import Export, ExportItem, ExportRefused, Files, load_export, old_path, old_post_id
from ..tasks import site_import_run_task
from .articles import search_document_of, search_index_refresh

logger = logging.getLogger(__name__)

DEFAULT_CATEGORY = "Tin từ trang cũ"  # stored: the category posts without one go to
IMG = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*(['\"])(.*?)\1[^>]*>", re.IGNORECASE | re.DOTALL)
ALT = re.compile(r"\balt\s*=\s*(['\"])(.*?)\1", re.IGNORECASE | re.DOTALL)
CAPTION = re.compile(r"\[caption\b[^\]]*\](.*?)\[/caption\]", re.IGNORECASE | re.DOTALL)
CAPTION_PARTS = re.compile(r"^\s*(<a\b[^>]*>\s*)?(<img\b[^>]*>)(\s*</a>)?\s*(.*)$", re.IGNORECASE | re.DOTALL)
TAGS = re.compile(r"<[^>]+>")


@dataclass
class ItemOutcome:
    number: int
    title: str
    action: str  # "create", "update", "unchanged", "skip", "bad"
    note: str = ""
    article_id: int | None = None
    missing_images: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    outcomes: list[ItemOutcome]
    dry_run: bool
    written: bool = False

    def count(self, action: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.action == action)

    @property
    def problems(self) -> list[ItemOutcome]:
        return [outcome for outcome in self.outcomes if outcome.action == "bad"]

    @property
    def missing_images(self) -> list[tuple[int, str]]:
        return [(o.number, url) for o in self.outcomes for url in o.missing_images]

    def lines(self) -> list[str]:
        """The report in Vietnamese, one line per item that needs a word, then the totals."""
        lines = []
        for outcome in self.outcomes:
            if outcome.action in ("bad", "skip"):
                label = _("Mục %(number)s") % {"number": outcome.number}
                lines.append(f"{label} ({outcome.title or '—'}): {outcome.note}")
        for number, url in self.missing_images:
            lines.append(
                _("Mục %(number)s: ảnh không có trong bản xuất, giữ thành liên kết: %(url)s")
                % {"number": number, "url": url}
            )
        lines.append(
            _("Tạo mới %(create)s, cập nhật %(update)s, không đổi %(unchanged)s, bỏ qua %(skip)s, lỗi %(bad)s.")
            % {a: self.count(a) for a in ("create", "update", "unchanged", "skip", "bad")}
        )
        if self.dry_run:
            lines.append(_("Chạy thử: chưa ghi gì."))
        elif not self.written:
            lines.append(_("Có lỗi nên chưa ghi gì; sửa bản xuất hoặc chọn bỏ qua các mục lỗi rồi chạy lại."))
        return lines


def _content_hash(item: ExportItem) -> str:
    fields = [item.title, item.html, item.excerpt, item.author, item.categories, item.tags, item.cover_url]
    fields += [item.gallery, item.published.isoformat() if item.published else ""]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def _plain(markup: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(TAGS.sub(" ", markup))).strip()


def _lead(item: ExportItem) -> str:
    text = _plain(item.excerpt) or _plain(item.html)
    return text if len(text) <= 600 else text[:597].rsplit(" ", 1)[0] + "…"


def _captions_to_figures(markup: str) -> str:
    """WordPress's ``[caption]<img> text[/caption]`` as a figure with its caption."""

    def figure(match: re.Match) -> str:
        parts = CAPTION_PARTS.match(match.group(1))
        if parts is None:
            return match.group(1)
        return f'<figure class="image">{parts.group(2)}<figcaption>{parts.group(4).strip()}</figcaption></figure>'

    return CAPTION.sub(figure, markup)


def _image_bytes(files: Files, url: str) -> tuple[bytes, str] | None:
    """The image at ``url`` from the export, re-encoded, or ``None`` when absent or not an image."""
    data = files.find(url)
    if data is None:
        return None
    try:
        return reencode(data)
    except ValidationError:
        return None


def _plan(item: ExportItem, existing: ImportedArticle | None, files: Files) -> ItemOutcome:
    outcome = ItemOutcome(number=item.number, title=item.title[:120], action="create")
    if item.skipped:
        outcome.action, outcome.note = "skip", item.skipped
        return outcome
    if item.problems:
        outcome.action, outcome.note = "bad", "; ".join(item.problems)
        return outcome
    if existing is not None:
        outcome.article_id = existing.article_id
        outcome.action = "unchanged" if existing.content_hash == _content_hash(item) else "update"
    urls = [m.group(2) for m in IMG.finditer(item.html)] + [u for u, _c in item.gallery]
    urls += [item.cover_url] if item.cover_url else []
    known = existing.files if existing is not None else {}
    outcome.missing_images = [u for u in dict.fromkeys(urls) if u not in known and files.find(u) is None]
    return outcome


def _store_body_images(markup: str, files: Files, stored: dict, *, by) -> str:
    def replace(match: re.Match) -> str:
        url = match.group(2)
        if url not in stored:
            image = _image_bytes(files, url)
            if image is None:
                alt = ALT.search(match.group(0))
                label = html.escape(html.unescape(alt.group(2))) if alt and alt.group(2) else _("Ảnh")
                # Not fetched: a link to where it was, listed in the report.
                return f'<a href="{html.escape(url)}">{label}</a>'
            data, extension = image
            name = posixpath.basename(url.split("?", 1)[0]) or "anh"
            uploaded = uploaded_image_store(
                data=data, extension=extension, original_name=name, folder=settings.CKEDITOR_UPLOAD_PATH, by=by
            )
            stored[url] = uploaded.name
        return match.group(0).replace(match.group(2), default_storage.url(stored[url]))

    return IMG.sub(replace, markup)


def _category(name: str, cache: dict) -> Category:
    if name not in cache:
        category = Category.objects.filter(name=name).order_by("pk").first()
        if category is None:
            category = Category(name=name, show_in_menu=False)
            category.save()
        cache[name] = category
    return cache[name]


def _write(item: ExportItem, existing: ImportedArticle | None, files: Files, *, by, categories: dict) -> Article:
    stored = dict(existing.files) if existing is not None else {}
    article = existing.article if existing is not None else Article(created_by=by, unit_id=getattr(by, "unit_id", None))
    article.title = item.title
    article.lead = _lead(item)
    body = _store_body_images(_captions_to_figures(item.html), files, stored, by=by)
    article.body = sanitize_html(body)
    article.byline = item.author[:150]
    article.source = _("Trang cũ")
    article.category = _category(item.categories[0] if item.categories else DEFAULT_CATEGORY, categories)
    article.status = ArticleStatus.PUBLISHED
    # Live long ago: the go-live sweep must not treat an old post as news (no mail, no event).
    article.publish_at = article.went_live_at = item.published
    if not article.slug:
        article.slug = slugify(item.title, max_length=180) or "bai-viet"
    new_cover = item.cover_url and stored.get(f"cover:{item.cover_url}") != article.cover.name
    if new_cover:
        image = _image_bytes(files, item.cover_url)
        if image is not None:
            data, extension = image
            stem = posixpath.splitext(posixpath.basename(item.cover_url))[0]
            article.cover.save(f"{stem}.{extension}", ContentFile(data), save=False)
            article.cover_alt = article.cover_alt or item.title[:255]
            article.cover_renditions = {}
            stored[f"cover:{item.cover_url}"] = article.cover.name
        else:
            new_cover = False
    article.search_title = normalize_search_text(article.title)
    article.search_document = search_document_of(article)
    is_new = article.pk is None
    article.save()
    article.tags.set([Tag.objects.get_or_create(name=name[:100])[0] for name in item.tags])
    if is_new:
        ArticleEvent.objects.create(
            article=article,
            action=ArticleAction.CREATED,
            to_status=ArticleStatus.PUBLISHED,
            by=by,
            note=_("Nhập từ trang cũ: %(url)s") % {"url": item.link[:500]},
            mailed_at=item.published,
        )
    if new_cover:
        queue_after_commit(
            image_renditions_task,
            model="news.article",
            pk=article.pk,
            field="cover",
            renditions_field="cover_renditions",
        )
    _write_gallery(article, item, files, stored)
    search_index_refresh(article_ids=[article.pk])
    path, post_id = old_path(item.link), old_post_id(item.link) or old_post_id(item.key) or item.post_id
    ImportedArticle.objects.update_or_create(
        source_key=item.key[:500],
        defaults={
            "article": article,
            "old_url": item.link[:1000],
            "old_path": path[:1000],
            "old_post_id": post_id,
            "content_hash": _content_hash(item),
            "files": stored,
        },
    )
    return article


def _write_gallery(article: Article, item: ExportItem, files: Files, stored: dict) -> None:
    kept = []
    for order, (url, caption) in enumerate(item.gallery, start=1):
        key = f"gallery:{url}"
        photo = article.images.filter(image=stored.get(key, "")).first() if key in stored else None
        if photo is None:
            image = _image_bytes(files, url)
            if image is None:
                continue
            data, extension = image
            stem = posixpath.splitext(posixpath.basename(url))[0]
            photo = ArticleImage(article=article, alt=(caption or item.title)[:255], caption=caption[:300])
            photo.image.save(f"{stem}.{extension}", ContentFile(data), save=False)
            photo.order = order
            photo.save()
            stored[key] = photo.image.name
            queue_after_commit(
                image_renditions_task,
                model="news.articleimage",
                pk=photo.pk,
                field="image",
                renditions_field="renditions",
            )
        kept.append(photo.pk)
    if item.gallery:
        article.images.exclude(pk__in=kept).delete()


def site_import(*, export: Export, files: Files, by, dry_run: bool = False, skip_bad: bool = False) -> ImportReport:
    """Import the posts of ``export`` as published articles at their old dates.

    Side effects (unless ``dry_run``, or a bad item without ``skip_bad``): articles created or
    updated with their categories (created when missing, out of the menu), tags, cover,
    gallery and body images (stored through the image pipeline, renditions queued); an
    ``ImportedArticle`` per post with its old address, which then redirects to the article; a
    "created" event per new article, its mail marked as sent (nobody is told about old news).
    """
    require_permission(by, "news.import_site")
    existing = {
        row.source_key: row
        for row in ImportedArticle.objects.select_related("article").filter(
            source_key__in=[item.key[:500] for item in export.items if item.key]
        )
    }
    # Old addresses already redirecting to an article of another post (another site's export).
    paths = {old_path(item.link)[:1000] for item in export.items if item.link} - {""}
    taken = dict(ImportedArticle.objects.filter(old_path__in=paths).values_list("old_path", "source_key"))
    keys_seen: set[str] = set()
    paths_seen: set[str] = set()
    outcomes = []
    for item in export.items:
        path = old_path(item.link)[:1000] if item.link else ""
        if not item.skipped:
            if item.key in keys_seen:
                item.problems.append(_("trùng mã (guid) với một mục trước trong tệp"))
            if path and (path in paths_seen or taken.get(path, item.key[:500]) != item.key[:500]):
                item.problems.append(_("địa chỉ cũ %(path)s đã thuộc một bài khác") % {"path": path})
            keys_seen.add(item.key)
            paths_seen.add(path)
        outcomes.append(_plan(item, existing.get(item.key[:500]), files))
    report = ImportReport(outcomes=outcomes, dry_run=dry_run)
    if dry_run or (report.problems and not skip_bad):
        return report
    categories: dict = {}
    with transaction.atomic():
        for item, outcome in zip(export.items, outcomes, strict=True):
            if outcome.action not in ("create", "update"):
                continue
            with transaction.atomic():  # a savepoint: an item is written whole or not at all
                article = _write(item, existing.get(item.key[:500]), files, by=by, categories=categories)
            outcome.article_id = article.pk
    report.written = True
    logger.info("site import by %s: %s", by, report.lines()[-1])
    return report


# --- imports asked for in the admin, done by a worker ----------------------------------------

RUN_CLAIM_EXPIRES = datetime.timedelta(minutes=30)
RUN_MAX_ATTEMPTS = 3


def site_import_request(*, upload, by, dry_run: bool, skip_bad: bool = False) -> SiteImportRun:
    """Keep the uploaded export privately and have a worker import it.

    Side effect: the run's task queued after the commit (the owed-work sweep runs it if lost).
    """
    require_permission(by, "news.import_site")
    run = SiteImportRun(original_name=upload.name[:255], dry_run=dry_run, skip_bad=skip_bad, requested_by=by)
    run.file.save(upload.name, upload, save=False)
    run.save()
    queue_after_commit(site_import_run_task, run_id=run.pk)
    return run


def site_import_again(*, run: SiteImportRun, by, skip_bad: bool) -> SiteImportRun:
    """Import for real what a dry run read (the same stored file). Side effect: its task queued."""
    require_permission(by, "news.import_site")
    again = SiteImportRun.objects.create(
        file=run.file.name, original_name=run.original_name, dry_run=False, skip_bad=skip_bad, requested_by=by
    )
    queue_after_commit(site_import_run_task, run_id=again.pk)
    return again


def site_import_runs_owed(now=None):
    """Runs not finished: queued, or claimed by a worker that has been silent too long."""
    now = now or timezone.now()
    return SiteImportRun.objects.filter(
        Q(status=SiteImportRun.Status.QUEUED)
        | Q(status=SiteImportRun.Status.RUNNING, claimed_at__lte=now - RUN_CLAIM_EXPIRES)
    )


def site_import_run(*, run_id: int) -> bool:
    """Do an import asked for in the admin; ``True`` when this call finished it.

    The run is claimed first (a concurrent call finds nothing); the import itself is one
    transaction, so a worker killed mid-run leaves nothing half-written, and the run is
    claimed again once the claim expires, at most RUN_MAX_ATTEMPTS times.
    """
    now = timezone.now()
    if (
        not site_import_runs_owed(now)
        .filter(pk=run_id)
        .update(status=SiteImportRun.Status.RUNNING, claimed_at=now, attempts=F("attempts") + 1)
    ):
        return False
    run = SiteImportRun.objects.select_related("requested_by").get(pk=run_id)
    if run.attempts > RUN_MAX_ATTEMPTS:
        lines, status = [_("Lần nhập bị dừng giữa chừng nhiều lần; chưa ghi gì. Hãy thử tệp nhỏ hơn.")], "failed"
    else:
        try:
            with tempfile.TemporaryDirectory(prefix="site-import-") as folder:
                local = Path(folder) / "export"
                with run.file.open("rb") as source, local.open("wb") as target:
                    shutil.copyfileobj(source, target, length=1024 * 1024)
                # An .xml uploaded alone has no images beside it: Files() finds none.
                export, files = load_export(local, images=Path(folder) / "no-images")
                report = site_import(
                    export=export, files=files, by=run.requested_by, dry_run=run.dry_run, skip_bad=run.skip_bad
                )
            lines = report.lines()
            status = "done" if report.written or run.dry_run else "failed"
        except (ExportRefused, PermissionDenied) as error:
            lines, status = [str(error)], "failed"
    SiteImportRun.objects.filter(pk=run_id).update(status=status, report=lines, finished_at=timezone.now())
    return True


def site_import_run_queue(*, run_id: int) -> bool:
    """Queue an unfinished run again (the owed-work sweep): an import may take longer than the sweep may run."""
    return queue_now(site_import_run_task, run_id=run_id)
