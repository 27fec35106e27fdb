"""Seeds the newsroom: categories and tags from ``data/newsroom.toml``, the articles of ``data/articles/``.

Each article goes the way the admin takes it: written by its author (``article_save``), sent for
review (``article_submit``) unless the editor wrote it, approved for its publication time
(``article_publish``), processed by the go-live sweep (``articles_go_live``) and featured
(``article_set_featured``); so its slug, cleaned body, search text, history and workflow events are
the real ones. Covers are drawn (``images.cover``). Idempotent: an article whose title exists is
left alone.
"""

import random
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from news.enums import ArticleAction, ArticleStatus
from news.models.articles import Article, ArticleEvent, ArticleImage, Category, Tag
from news.services.articles import (
    article_files_save,
    article_publish,
    article_save,
    article_set_featured,
    article_submit,
    article_views_add,
    articles_go_live,
    category_save,
)
from portal.models.core import Unit, User
from portal.tasks import image_renditions_task

from .content import DemoDataError, articles, load, moment, pick
from .images import conference_photo, cover

# The states an article file may ask for; the others (unpublished...) are not demo content.
STATUSES = (ArticleStatus.DRAFT, ArticleStatus.PENDING, ArticleStatus.PUBLISHED)


@transaction.atomic
def seed(*, stdout) -> None:
    newsroom = load("newsroom")
    editor = User.objects.get(username=newsroom["editor"])
    categories = _categories(newsroom["categories"])
    tags = {name: Tag.objects.get_or_create(name=name)[0] for name in newsroom["tags"]}
    units = {unit.code: unit for unit in Unit.objects.exclude(code="")}
    users = {user.username: user for user in User.objects.all()}

    written: list[tuple[Article, dict]] = []
    for index, data in enumerate(articles()):
        if Article.objects.filter(title=data["title"]).exists():
            continue
        article = _write(index, data, author=users.get(data["author"], editor), categories=categories, units=units)
        article.tags.set([pick(tags, name, what=f"tag in {data['file']}") for name in data["tags"]])
        _review(article, data, editor=editor)
        written.append((article, data))

    # Categories that need the leaders need them from now on: the demo's own articles came before.
    for row in newsroom["categories"]:
        category = categories[row["slug"]]
        if row.get("requires_leaders") and not category.requires_leaders:
            category.requires_leaders = True
            category_save(category=category)

    created = [article for article, _data in written]
    _go_live(created)
    for article, data in written:
        if data.get("featured"):
            article_set_featured(article=article, by=editor, featured=True)
    # Demo accounts are not mailed about the demo's own workflow: the mail task finds these events done.
    ArticleEvent.objects.filter(article__in=created, mailed_at__isnull=True).update(mailed_at=timezone.now())
    _views(created)
    _related(created)
    stdout.write(f"Tin bài mẫu: {len(created)} bài mới, {Article.objects.count()} bài tất cả.")


def _categories(rows: list[dict]) -> dict[str, Category]:
    categories: dict[str, Category] = {}
    for order, row in enumerate(rows):
        category = Category.objects.filter(slug=row["slug"]).first()
        if category is None:
            category = Category(
                name=row["name"],
                slug=row["slug"],
                parent=pick(categories, row["parent"], what="parent category (list it before)")
                if "parent" in row
                else None,
                show_on_home=row["show_on_home"],
                home_order=row["home_order"],
                order=order,
                description=row["description"],
                show_in_menu=row["show_in_menu"],
            )
            category_save(category=category)
        categories[row["slug"]] = category
    return categories


def _write(index: int, data: dict, *, author: User, categories: dict, units: dict) -> Article:
    """The draft as its author saves it in the admin, with a drawn cover when the file gives its alt text."""
    article = Article(
        title=data["title"],
        lead=data["lead"],
        body=data["body"],
        category=pick(categories, data["category"], what=f"category in {data['file']}"),
        unit=pick(units, data["unit"], what=f"unit in {data['file']}") if "unit" in data else None,
        byline=data.get("byline", ""),
        source=data.get("source", ""),
        is_must_read=data.get("must_read", False),
        is_sensitive=data.get("sensitive", False),
    )
    if "cover_alt" in data:
        article.cover.save(f"minh-hoa-{index + 1}.jpg", ContentFile(cover(index)), save=False)
        article.cover_alt = data["cover_alt"]
    article_save(article=article, by=author, is_new=True)
    if article.cover:
        # At once, not after the commit: the demo's pages show the renditions without a worker.
        image_renditions_task(model="news.article", pk=article.pk, field="cover", renditions_field="cover_renditions")
    photos = []
    for order, caption in enumerate(data.get("gallery", []), start=1):
        photo = ArticleImage(article=article, alt=caption, caption=caption, order=order)
        photo.image.save(f"anh-{index + 1}-{order}.jpg", ContentFile(conference_photo(100 * index + order)), save=False)
        photos.append(photo)
    article_files_save(saved=photos, deleted=[])
    for photo in photos:
        image_renditions_task(model="news.articleimage", pk=photo.pk, field="image", renditions_field="renditions")
    return article


def _review(article: Article, data: dict, *, editor: User) -> None:
    """Send for review and approve, as the file's status says; the editor's own articles skip the review."""
    status = data["status"]
    if status not in STATUSES:
        raise DemoDataError(f"{data['file']}: status must be one of {', '.join(STATUSES)}, not {status!r}")
    if status == ArticleStatus.PUBLISHED and "published" not in data:
        raise DemoDataError(f'{data["file"]}: a published article needs its time, e.g. published = "-2 days 08:00"')
    if status == ArticleStatus.PENDING or (status == ArticleStatus.PUBLISHED and article.created_by_id != editor.pk):
        article_submit(article=article, by=article.created_by)
    if status == ArticleStatus.PUBLISHED:
        article_publish(article=article, by=editor, publish_at=moment(data["published"]))


def _go_live(created: list[Article]) -> None:
    """Run the go-live sweep at each past publication time, in order, as the minutely job would have."""
    now = timezone.now()
    live = sorted(
        (a for a in created if a.status == ArticleStatus.PUBLISHED and a.publish_at <= now), key=lambda a: a.publish_at
    )
    for article in live:
        articles_go_live(now=article.publish_at)
    # The sweep dates its event by the real clock; the demo's go-lives happened at their publication times.
    for article in live:
        ArticleEvent.objects.filter(article=article, action=ArticleAction.WENT_LIVE).update(at=article.publish_at)


def _views(created: list[Article]) -> None:
    """A week of believable reading, so that "Đọc nhiều" has something to show; recorded as the view buffer is."""
    rng = random.Random(2026)
    now, today = timezone.now(), timezone.localdate()
    counts = {}
    for article in created:
        if article.status != ArticleStatus.PUBLISHED or article.publish_at > now:
            continue
        for back in range(7):
            day = today - timedelta(days=back)
            if day < timezone.localtime(article.publish_at).date():
                continue
            counts[(article.pk, day)] = rng.randint(20, 400) * (3 if article.is_featured else 1)
    article_views_add(counts=counts)


def _related(created: list[Article]) -> None:
    """A few manual picks, as editors make them: the first published articles sharing a tag."""
    by_tag: dict[int, list[Article]] = {}
    for article in created:
        if article.status == ArticleStatus.PUBLISHED:
            for tag in article.tags.all():
                by_tag.setdefault(tag.pk, []).append(article)
    for group in by_tag.values():
        if len(group) >= 3:
            group[0].related_articles.add(group[1])
