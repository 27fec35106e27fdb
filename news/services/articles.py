"""The newsroom's article state changes: saving, the editorial workflow and scheduled publication.

Every transition checks the user's permission here, whatever view or admin action calls
it (a collaborator cannot publish by crafting a POST), records an ``ArticleEvent`` and
queues its after-effects with ``transaction.on_commit``.
"""

import html
import re
from datetime import datetime

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.jobs import queue_after_commit
from portal.pagecache import bump, purge_shell_on_commit
from portal.permissions import require_permission
from portal.tasks import image_renditions_task
from portal.text import normalize_search_text

from ..cache import purge_article
from ..constants import ARTICLE_SCOPE, LATE_AFTER, MENU_CATEGORIES_CACHE_KEY
from ..enums import ArticleAction, ArticleStatus
from ..models import (
    AppliedViewBuffer,
    Article,
    ArticleDailyViews,
    ArticleDraftCopy,
    ArticleEvent,
    ArticleImage,
    ArticleRating,
    Attachment,
    Tag,
)
from ..models.articles import ARTICLE_SEARCH_VECTOR
from ..selectors.articles import related_ids_compute
from ..tasks import notify_event_task, publish_due_task, related_refresh_task


class WorkflowError(Exception):
    """A transition that the article's current state does not allow; the message is for the user."""


class EditConflict(Exception):
    """Someone saved the article after the editor opened it: ``version`` is the one saved since.

    Raised instead of overwriting their edit; saving again with ``expected_version=version``
    keeps the editor's text over theirs, explicitly.
    """

    def __init__(self, *, version: int) -> None:
        self.version = version
        super().__init__(_("Bài đã được người khác lưu sau khi bạn mở trang này; các thay đổi của bạn chưa được lưu."))


def _log(article: Article, action: str, *, by=None, from_status: str = "", note: str = "") -> ArticleEvent:
    return ArticleEvent.objects.create(
        article=article, action=action, by=by, from_status=from_status, to_status=article.status, note=note
    )


def _after_commit_purge(article: Article) -> None:
    article_id, category_id = article.pk, article.category_id
    transaction.on_commit(lambda: purge_article(article_id=article_id, category_id=category_id))


def can_edit(user, article: Article) -> bool:
    """Editors edit any article; others only their own drafts."""
    if user.has_perm("news.review_article"):
        return user.has_perm("news.change_article")
    return (
        user.has_perm("news.change_article")
        and article.created_by_id == user.pk
        and article.status == ArticleStatus.DRAFT
    )


def search_document_of(article: Article) -> str:
    """Title, lead and body text without tags or diacritics: what search compares.

    Tags become spaces, so that "<p>học sinh.</p><p>Theo" does not fuse into one word.
    """
    return normalize_search_text(f"{article.title} {article.lead} {html_search_text(article.body)}")


def html_search_text(markup: str) -> str:
    """The text of rich-text ``markup`` as search sees it: tags as spaces, entities decoded."""
    return normalize_search_text(html.unescape(re.sub(r"<[^>]*>", " ", markup or "")))


def search_index_refresh(*, article_ids=None) -> int:
    """Fill the search columns of the given articles (all when None) from their text.

    Title weighs A, the rest B, so that title matches rank first. The tsvector exists on
    Postgres only; SQLite searches the normalised columns directly.
    """
    if connection.vendor != "postgresql":
        return 0
    queryset = Article.objects.all() if article_ids is None else Article.objects.filter(pk__in=article_ids)
    return queryset.update(search_vector=ARTICLE_SEARCH_VECTOR)


# The columns the workflow owns: re-read under a row lock before every transition, and never
# written by an edit of the article's content.
WORKFLOW_FIELDS = [
    "status",
    "publish_at",
    "unpublish_at",
    "went_live_at",
    "expired_at",
    "is_featured",
    "reviewed_by",
    "submitted_at",
    "return_reason",
]
# Written by counters elsewhere (F() updates): never by an edit either.
COUNTER_FIELDS = {"view_count", "rating_count", "rating_sum", "cover_renditions", "search_vector"}


def _lock(article: Article) -> None:
    """Lock the article's row until the transaction ends and load its current workflow state and version.

    Two editors pressing "Trả lại" and "Xuất bản" at once: the second waits, then sees the
    first's result and is refused if it no longer applies.
    """
    Article.objects.select_for_update().filter(pk=article.pk).values_list("pk").get()
    article.refresh_from_db(fields=[*WORKFLOW_FIELDS, "version"])


def _content_fields(changed_fields) -> list[str]:
    """The columns an edit may write: the changed form fields (not m2m) and derived ones."""
    concrete = {f.name for f in Article._meta.concrete_fields}
    fields = {name for name in changed_fields if name in concrete} - COUNTER_FIELDS - set(WORKFLOW_FIELDS)
    if "cover" in fields:
        fields |= {"cover_width", "cover_height"}
    return sorted(fields | {"slug", "search_title", "search_document", "updated_at"})


def _edits_content(changed_fields) -> bool:
    """Whether a save changes the article's content (not only its workflow, counters or the form's own boxes)."""
    model_fields = {field.name for field in Article._meta.get_fields()}
    return bool(set(changed_fields) & model_fields - COUNTER_FIELDS - set(WORKFLOW_FIELDS))


def article_save(
    *,
    article: Article,
    by,
    is_new: bool,
    changed_fields: list[str] | None = None,
    expected_version: int | None = None,
) -> Article:
    """Save an article written in the admin.

    An edit writes only the columns it changed (and derived ones), so view counts, ratings
    and a go-live processed while the editor was typing are kept. With ``expected_version``
    (the version the editor's form was opened at), an edit of an article saved by someone
    else since then raises ``EditConflict``, compared under the row lock, and writes nothing.
    Side effects: the version goes up by one when the content changed; on creation the author and default unit are
    set and a "created" event is logged; the search text is refreshed; the saver's
    autosaved copy of the article is deleted; a published article's pages are purged; a new
    or changed cover gets its renditions made by a task; when an editor moves the
    publication or removal time of a published article, its go-live or expiry is processed
    again at the new time; when the tags, category or manual picks of a published article
    change, its related list is computed again by a task (the page computes it meanwhile).
    """
    if is_new:
        article.created_by = by
        if article.unit_id is None and getattr(by, "unit_id", None):
            article.unit_id = by.unit_id
    elif not can_edit(by, article):
        raise PermissionDenied(_("Bạn chỉ sửa được bài nháp của chính mình."))
    article.search_title = normalize_search_text(article.title)
    article.search_document = search_document_of(article)
    changed = set(changed_fields or [])
    with transaction.atomic():
        if is_new:
            article.version = 1
            article.save()
            _log(article, ArticleAction.CREATED, by=by)
            ArticleDraftCopy.objects.filter(user=by, article=None).delete()
        else:
            schedule = {"publish_at": article.publish_at, "unpublish_at": article.unpublish_at}
            _lock(article)
            if expected_version is not None and article.version != expected_version:
                raise EditConflict(version=article.version)
            update_fields = _content_fields(changed)
            if _edits_content(changed):
                article.version += 1
                update_fields.append("version")
            for name in ("publish_at", "unpublish_at"):
                if name in changed:
                    require_permission(by, "news.publish_article")
                    setattr(article, name, schedule[name])
                    update_fields.append(name)
            if "publish_at" in changed and article.status == ArticleStatus.PUBLISHED:
                if article.publish_at and article.publish_at > timezone.now():
                    article.went_live_at = None
                    update_fields.append("went_live_at")
            if "unpublish_at" in changed:
                article.expired_at = None
                update_fields.append("expired_at")
            article.save(update_fields=update_fields)
            ArticleDraftCopy.objects.filter(user=by, article=article).delete()
        search_index_refresh(article_ids=[article.pk])
        if article.status == ArticleStatus.PUBLISHED and (is_new or changed & RELATED_INPUTS):
            _related_owed(article)
    if article.status == ArticleStatus.PUBLISHED:
        _after_commit_purge(article)
    if article.cover and (is_new or "cover" in changed):
        queue_after_commit(
            image_renditions_task,
            model="news.article",
            pk=article.pk,
            field="cover",
            renditions_field="cover_renditions",
        )
    return article


def _notify(event) -> None:
    queue_after_commit(notify_event_task, event_id=event.pk)


# What each workflow step asks of the article's state: checked by the services on the
# locked row, and by workflow_steps for the admin's buttons.
def _submittable(article: Article) -> bool:
    return article.status == ArticleStatus.DRAFT


def _returnable(article: Article) -> bool:
    return article.status == ArticleStatus.PENDING or article.is_scheduled


def _publishable(article: Article) -> bool:
    # An article with the leaders is theirs to approve (article_leaders_approve), not the editors'.
    return article.status not in (ArticleStatus.PUBLISHED, ArticleStatus.LEADERS) or article.is_scheduled


LEADERS_PERMISSION = "news.approve_as_leader"


def _unpublishable(article: Article) -> bool:
    return article.status == ArticleStatus.PUBLISHED


def workflow_steps(user, article: Article) -> dict[str, bool]:
    """Which workflow steps ``user`` may take on ``article`` now (the rules the services enforce)."""
    return {
        "can_submit": user.has_perm("news.submit_article")
        and _submittable(article)
        and (article.created_by_id == user.pk or user.has_perm("news.review_article")),
        "can_return": user.has_perm("news.review_article") and _returnable(article),
        "can_publish": user.has_perm("news.publish_article") and _publishable(article),
        "can_unpublish": user.has_perm("news.publish_article") and _unpublishable(article),
        "can_feature": user.has_perm("news.feature_article"),
    }


def article_submit(*, article: Article, by) -> Article:
    """Send a draft to the editors. Side effects: event; mail to the editors."""
    require_permission(by, "news.submit_article")
    if article.created_by_id != by.pk and not by.has_perm("news.review_article"):
        raise PermissionDenied(_("Bạn chỉ gửi duyệt được bài của chính mình."))
    with transaction.atomic():
        _lock(article)
        if not _submittable(article):
            raise WorkflowError(_("Chỉ bài nháp mới gửi duyệt được."))
        article.status = ArticleStatus.PENDING
        article.submitted_at = timezone.now()
        article.return_reason = ""
        article.save(update_fields=["status", "submitted_at", "return_reason", "updated_at"])
        _notify(_log(article, ArticleAction.SUBMITTED, by=by, from_status=ArticleStatus.DRAFT))
    return article


def article_return(*, article: Article, by, reason: str) -> Article:
    """Send an article back to its author with a reason. Side effects: event; mail to the author."""
    require_permission(by, "news.review_article")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Hãy ghi lý do trả lại để tác giả biết cần sửa gì."))
    with transaction.atomic():
        _lock(article)
        if not _returnable(article):
            raise WorkflowError(_("Chỉ trả lại được bài đang chờ duyệt hoặc đang hẹn giờ."))
        previous = article.status
        article.status = ArticleStatus.DRAFT
        article.return_reason = reason
        article.reviewed_by = by
        article.save(update_fields=["status", "return_reason", "reviewed_by", "updated_at"])
        _notify(_log(article, ArticleAction.RETURNED, by=by, from_status=previous, note=reason))
    return article


def article_publish(*, article: Article, by, publish_at: datetime | None = None) -> Article:
    """Approve an article for publication now or at ``publish_at``.

    An article that needs the leaders (its category, or marked sensitive) goes to their queue
    instead, with the time asked for, unless a leader publishes it.

    The article is public from ``publish_at`` on (``published()``), whether or not a worker
    runs; its go-live side effects (event, cache purge, mail to the author) are done by the
    sweep, at once when the time has come. Side effects here: event.
    """
    require_permission(by, "news.publish_article")
    now = timezone.now()
    requested = publish_at
    publish_at = publish_at or now
    scheduled = publish_at > now
    with transaction.atomic():
        _lock(article)
        if not _publishable(article):
            raise WorkflowError(_("Bài đã được xuất bản hoặc đang chờ lãnh đạo duyệt."))
        if article.needs_leaders and not by.has_perm(LEADERS_PERMISSION):
            return _send_to_leaders(article, by=by, publish_at=requested if scheduled else None)
        if article.unpublish_at and article.unpublish_at <= publish_at:
            raise WorkflowError(_("Thời điểm gỡ bài phải sau thời điểm xuất bản."))
        previous = article.status
        article.status = ArticleStatus.PUBLISHED
        article.publish_at = publish_at
        article.reviewed_by = by
        article.went_live_at = None
        article.expired_at = None
        article.return_reason = ""
        article.save(
            update_fields=[
                "status",
                "publish_at",
                "reviewed_by",
                "went_live_at",
                "expired_at",
                "return_reason",
                "updated_at",
            ]
        )
        note = timezone.localtime(publish_at).strftime("%d/%m/%Y %H:%M") if scheduled else ""
        _log(
            article,
            ArticleAction.SCHEDULED if scheduled else ArticleAction.PUBLISHED,
            by=by,
            from_status=previous,
            note=note,
        )
    if not scheduled:
        queue_after_commit(publish_due_task)
    return article


def _send_to_leaders(article: Article, *, by, publish_at: datetime | None) -> Article:
    """The editor's "publish" of an article that needs the leaders: into their queue (on the locked row)."""
    previous = article.status
    article.status = ArticleStatus.LEADERS
    article.publish_at = publish_at
    article.reviewed_by = by
    article.return_reason = ""
    article.save(update_fields=["status", "publish_at", "reviewed_by", "return_reason", "updated_at"])
    note = timezone.localtime(publish_at).strftime("%d/%m/%Y %H:%M") if publish_at else ""
    _notify(_log(article, ArticleAction.TO_LEADERS, by=by, from_status=previous, note=note))
    return article


def article_leaders_approve(*, article: Article, by) -> Article:
    """A leader approves an article of their queue: it goes live at the time the editor asked for, or now.

    Side effects: event (published or scheduled, by the leader); the go-live sweep queued when due.
    """
    require_permission(by, LEADERS_PERMISSION)
    now = timezone.now()
    with transaction.atomic():
        _lock(article)
        if article.status != ArticleStatus.LEADERS:
            raise WorkflowError(_("Bài này không còn chờ lãnh đạo duyệt."))
        publish_at = article.publish_at if article.publish_at and article.publish_at > now else now
        if article.unpublish_at and article.unpublish_at <= publish_at:
            raise WorkflowError(_("Thời điểm gỡ bài đã qua; hãy trả lại để biên tập viên sửa."))
        scheduled = publish_at > now
        article.status = ArticleStatus.PUBLISHED
        article.publish_at = publish_at
        article.went_live_at = None
        article.expired_at = None
        article.save(update_fields=["status", "publish_at", "went_live_at", "expired_at", "updated_at"])
        note = timezone.localtime(publish_at).strftime("%d/%m/%Y %H:%M") if scheduled else ""
        _log(
            article,
            ArticleAction.SCHEDULED if scheduled else ArticleAction.PUBLISHED,
            by=by,
            from_status=ArticleStatus.LEADERS,
            note=note,
        )
    if not scheduled:
        queue_after_commit(publish_due_task)
    return article


def article_leaders_return(*, article: Article, by, reason: str) -> Article:
    """A leader sends an article of their queue back to the editors with a reason. Side effects: event; mail to the editors."""
    require_permission(by, LEADERS_PERMISSION)
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError(_("Hãy ghi lý do trả lại để biên tập viên biết cần sửa gì."))
    with transaction.atomic():
        _lock(article)
        if article.status != ArticleStatus.LEADERS:
            raise WorkflowError(_("Bài này không còn chờ lãnh đạo duyệt."))
        article.status = ArticleStatus.PENDING
        article.return_reason = reason
        article.save(update_fields=["status", "return_reason", "updated_at"])
        _notify(_log(article, ArticleAction.LEADERS_RETURNED, by=by, from_status=ArticleStatus.LEADERS, note=reason))
    return article


def article_unpublish(*, article: Article, by, reason: str = "") -> Article:
    """Take a published article off the site. Side effects: event; its pages purged."""
    require_permission(by, "news.publish_article")
    with transaction.atomic():
        _lock(article)
        if not _unpublishable(article):
            raise WorkflowError(_("Chỉ gỡ được bài đã xuất bản."))
        article.status = ArticleStatus.UNPUBLISHED
        article.save(update_fields=["status", "updated_at"])
        _log(article, ArticleAction.UNPUBLISHED, by=by, from_status=ArticleStatus.PUBLISHED, note=reason.strip())
    _after_commit_purge(article)
    return article


def article_set_featured(*, article: Article, by, featured: bool) -> Article:
    """Put an article among the featured news ("Tin tiêu điểm") or take it out. Side effects: event; purge."""
    require_permission(by, "news.feature_article")
    with transaction.atomic():
        _lock(article)
        if article.is_featured == featured:
            return article
        article.is_featured = featured
        article.save(update_fields=["is_featured", "updated_at"])
        _log(
            article, ArticleAction.FEATURED if featured else ArticleAction.UNFEATURED, by=by, from_status=article.status
        )
    if article.status == ArticleStatus.PUBLISHED:
        _after_commit_purge(article)
    return article


# What an article's related list depends on (news.selectors.articles.related_ids_compute).
RELATED_INPUTS = {"tags", "category", "related_articles"}


def _related_owed(article: Article) -> None:
    """Mark the article's related list owed and queue its computation after the commit (the
    owed-work sweep does it if the task is lost: news/owed.py). Inside the caller's transaction."""
    Article.objects.filter(pk=article.pk).update(related_stale=True)
    article.related_stale = True
    queue_after_commit(related_refresh_task, article_id=article.pk)


def article_related_refresh(*, article_id: int) -> bool:
    """Compute and store an article's related news (``related_ids``); a system job, no user.

    Idempotent: the list is computed from the article's current tags, category and picks, so
    running twice stores the same ids. Drafts are left owed: their list is computed when they
    go live. Returns whether a list was stored. Side effects: none beyond the row (the page
    computes an owed list itself, so no purge is needed).
    """
    article = Article.objects.filter(pk=article_id, status=ArticleStatus.PUBLISHED).first()
    if article is None:
        return False
    ids = related_ids_compute(article)
    Article.objects.filter(pk=article_id).update(related_ids=ids, related_stale=False)
    return True


def articles_go_live(*, now: datetime | None = None) -> list[int]:
    """Process the articles whose publication time has come (the sweep; docs/architecture.md: what the public sees is decided in one place).

    Due rows are locked with ``skip_locked`` and marked in the same transaction, so a
    second sweep, running at the same time or later, finds nothing to do. Side effects per
    article: a "went live" event; after commit, the pages purged and the author told.
    """
    now = now or timezone.now()
    done = []
    with transaction.atomic():
        due = (
            Article.objects.select_for_update(skip_locked=True)
            .filter(status=ArticleStatus.PUBLISHED, publish_at__lte=now, went_live_at__isnull=True)
            .order_by("publish_at")[:200]
        )
        for article in due:
            article.went_live_at = now
            article.save(update_fields=["went_live_at"])
            _related_owed(article)
            late = now - article.publish_at
            note = _("trễ %(minutes)s phút") % {"minutes": int(late.total_seconds() // 60)} if late > LATE_AFTER else ""
            _notify(_log(article, ArticleAction.WENT_LIVE, note=note))
            _after_commit_purge(article)
            done.append(article.pk)
    return done


def articles_expire(*, now: datetime | None = None) -> list[int]:
    """Process the articles whose display period has ended: event and purge, once each."""
    now = now or timezone.now()
    done = []
    with transaction.atomic():
        due = (
            Article.objects.select_for_update(skip_locked=True)
            .filter(status=ArticleStatus.PUBLISHED, unpublish_at__lte=now, expired_at__isnull=True)
            .order_by("unpublish_at")[:200]
        )
        for article in due:
            article.expired_at = now
            article.save(update_fields=["expired_at"])
            _log(article, ArticleAction.EXPIRED)
            _after_commit_purge(article)
            done.append(article.pk)
    return done


def article_files_save(*, saved, deleted) -> None:
    """Save the gallery images and attachments edited with an article; delete the removed ones.

    Side effect: a new or replaced gallery image gets its renditions made by a task.
    """
    for instance in saved:
        if isinstance(instance, Attachment):
            attachment_prepare(attachment=instance)
        new_image = isinstance(instance, ArticleImage) and instance.image and not instance.image._committed
        if new_image:
            instance.renditions = {}
        instance.save()
        if new_image:
            queue_after_commit(
                image_renditions_task,
                model="news.articleimage",
                pk=instance.pk,
                field="image",
                renditions_field="renditions",
            )
    for instance in deleted:
        instance.delete()


def article_cover_from_gallery(*, article: Article, image: ArticleImage, by) -> Article:
    """Make a photo of the article's gallery its cover, with the photo's description and caption.

    The cover is a copy of the photo's file under the covers' own random folder, so that
    removing the photo later leaves the cover whole. Side effects: the version goes up by
    one; the cover's renditions are made by a task; a published article's pages are purged.
    """
    if image.article_id != article.pk:
        raise PermissionDenied(_("Ảnh này không thuộc bộ ảnh của bài."))
    if not can_edit(by, article):
        raise PermissionDenied(_("Bạn chỉ sửa được bài nháp của chính mình."))
    with image.image.open("rb") as handle:
        data = handle.read()
    with transaction.atomic():
        _lock(article)
        article.cover.save(image.image.name.rsplit("/", 1)[-1], ContentFile(data), save=False)
        article.cover_width, article.cover_height = image.width, image.height
        article.cover_alt, article.cover_caption = image.alt, image.caption
        article.cover_renditions = {}
        article.version += 1
        article.save(
            update_fields=[
                "cover", "cover_width", "cover_height", "cover_alt", "cover_caption", "cover_renditions",
                "version", "updated_at",
            ]
        )  # fmt: skip
    if article.status == ArticleStatus.PUBLISHED:
        _after_commit_purge(article)
    queue_after_commit(
        image_renditions_task, model="news.article", pk=article.pk, field="cover", renditions_field="cover_renditions"
    )
    return article


def attachment_prepare(*, attachment) -> None:
    """Record the size of a newly uploaded attachment (shown to readers beside its link)."""
    if attachment.file and not attachment.file._committed:
        attachment.size = attachment.file.size
    if not attachment.title and attachment.file:
        attachment.title = attachment.file.name.rsplit("/", 1)[-1]


def article_views_add(*, counts: dict, buffer: str | None = None) -> bool:
    """Add buffered views: ``{(article_id, day): views}`` to the totals and the daily rows.

    One transaction; rows of articles deleted meanwhile are skipped. With ``buffer`` (the
    name of the Redis buffer the counts come from), a buffer already applied is skipped
    and ``False`` returned.
    """
    totals: dict[int, int] = {}
    for (article_id, _day), views in counts.items():
        totals[article_id] = totals.get(article_id, 0) + views
    try:
        with transaction.atomic():
            if buffer is not None:
                AppliedViewBuffer.objects.create(name=buffer)
            existing = set(Article.objects.filter(pk__in=totals).values_list("pk", flat=True))
            for article_id, views in totals.items():
                if article_id in existing:
                    Article.objects.filter(pk=article_id).update(view_count=F("view_count") + views)
            for (article_id, day), views in counts.items():
                if article_id not in existing:
                    continue
                row, created = ArticleDailyViews.objects.get_or_create(
                    article_id=article_id, day=day, defaults={"views": views}
                )
                if not created:
                    ArticleDailyViews.objects.filter(pk=row.pk).update(views=F("views") + views)
    except IntegrityError:
        return False  # this buffer was applied before
    return True


def article_rate(*, article: Article, voter: str, stars: int) -> bool:
    """Record one browser's 1-5 star rating; ``False`` (nothing changes) if it already voted.

    The unique (article, voter) row is written in the same transaction as the totals. Side
    effect: after the commit the article's cached page is purged, since it shows the totals.
    """
    if stars not in range(1, 6):
        raise ValueError("stars must be 1 to 5")
    try:
        with transaction.atomic():
            ArticleRating.objects.create(article=article, voter=voter, stars=stars)
            Article.objects.filter(pk=article.pk).update(
                rating_sum=F("rating_sum") + stars, rating_count=F("rating_count") + 1
            )
            # Only its own page: lists and the home page show no rating.
            transaction.on_commit(lambda: bump(ARTICLE_SCOPE, article.pk))
    except IntegrityError:
        return False
    article.refresh_from_db(fields=["rating_sum", "rating_count"])
    return True


def category_save(*, category) -> None:
    """Save a category. Side effects: the menu and every page showing it are rebuilt."""
    category.save()
    transaction.on_commit(lambda: cache.delete(MENU_CATEGORIES_CACHE_KEY))
    purge_shell_on_commit()


def tag_save(*, tag, renamed: bool) -> None:
    """Save a tag. Side effect when ``renamed``: every cached page is rebuilt after the commit,
    as for a category (a renamed tag shows on its articles' pages and in lists, and renames are
    rare); a new tag is on no page yet."""
    tag.save()
    if renamed:
        purge_shell_on_commit()


def tags_delete(*, tags) -> int:
    """Delete tags (their articles keep the others). Side effect: as ``tag_save``."""
    deleted, _by_model = Tag.objects.filter(pk__in=[tag.pk for tag in tags]).delete()
    purge_shell_on_commit()
    return deleted
