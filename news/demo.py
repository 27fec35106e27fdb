"""Demo content of the newsroom: categories, tags and the articles of news/demo_data.py, then the documents
registry (news/demo_documents.py).

Idempotent: categories, tags and articles are found by slug or title and left alone when
they exist. Covers are drawn here (abstract illustrations), so nothing is copied.
"""

import io
import random
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw

from news.services.articles import search_document_of, search_index_refresh
from portal.images import make_renditions
from portal.models import Unit
from portal.text import normalize_search_text

from . import demo_data
from .demo_documents import seed_documents
from .enums import ArticleAction, ArticleStatus
from .models import Article, ArticleDailyViews, ArticleEvent, Category, Tag

PALETTES = [
    ((11, 74, 139), (242, 201, 76)),
    ((179, 38, 30), (255, 236, 179)),
    ((46, 125, 50), (200, 230, 201)),
    ((106, 27, 154), (225, 190, 231)),
    ((8, 53, 95), (144, 202, 249)),
]


def _cover(seed: int) -> bytes:
    """An abstract 1200 × 800 illustration: a gradient, sun and hills, varied by ``seed``."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (1200, 800), dark)
    draw = ImageDraw.Draw(image)
    for y in range(800):
        t = y / 800
        draw.line(
            [(0, y), (1200, y)], fill=tuple(int(d + (lt - d) * t * 0.6) for d, lt in zip(dark, light, strict=True))
        )
    cx, cy = rng.randint(200, 1000), rng.randint(120, 320)
    draw.ellipse([cx - 90, cy - 90, cx + 90, cy + 90], fill=light)
    for layer in range(3):
        base = 520 + layer * 90
        points = [(0, 800)] + [(x, base + rng.randint(-60, 60)) for x in range(0, 1201, 150)] + [(1200, 800)]
        shade = tuple(max(0, c - 30 * layer) for c in dark)
        draw.polygon(points, fill=shade)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _publish_time(days_ago: int, hour: int) -> datetime:
    day = timezone.localdate() - timedelta(days=days_ago)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


@transaction.atomic
def seed(stdout=None) -> None:
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=["congtacvien", "bientapvien"])}
    editor = users.get("bientapvien")
    categories = {}
    for name, slug, parent_slug, on_home, home_order, description in demo_data.CATEGORIES:
        category, _created = Category.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "parent": categories.get(parent_slug),
                "show_on_home": on_home,
                "home_order": home_order,
                "order": len(categories),
                "description": description,
                # Sub-categories are reached from their parent's page, not the main menu.
                "show_in_menu": parent_slug is None and slug not in {"van-ban-chi-dao", "thong-cao-bao-chi"},
            },
        )
        categories[slug] = category
    tags = {name: Tag.objects.get_or_create(name=name)[0] for name in demo_data.TAGS}
    units = {u.code: u for u in Unit.objects.exclude(code="")}

    created = []
    for index, data in enumerate(demo_data.ARTICLES):
        if Article.objects.filter(title=data["title"]).exists():
            continue
        author = users.get(data["author"]) or editor
        status = data["status"]
        article = Article(
            title=data["title"],
            lead=data["lead"],
            body=data["body"],
            category=categories[data["category"]],
            unit=units.get(data["unit_code"]),
            byline=data["byline"],
            source=data["source"],
            is_featured=data["is_featured"],
            is_must_read=data["is_must_read"],
            status=status,
            created_by=author,
        )
        publish_at = _publish_time(data["days_ago"], data["hour"])
        if status == ArticleStatus.PUBLISHED:
            article.publish_at = publish_at
            article.reviewed_by = editor
            if publish_at <= timezone.now():
                article.went_live_at = publish_at
        elif status == ArticleStatus.PENDING:
            article.submitted_at = timezone.now() - timedelta(hours=index % 12 + 1)
        if index % 4 != 3:  # most articles have a cover, as on a real portal
            article.cover.save(f"minh-hoa-{index + 1}.jpg", ContentFile(_cover(index)), save=False)
            article.cover_alt = f"Ảnh minh họa: {data['title'][:200]}"
        article.search_title = normalize_search_text(article.title)
        article.search_document = search_document_of(article)
        article.save()
        article.tags.set([tags[name] for name in data["tags"]])
        if article.cover:
            Article.objects.filter(pk=article.pk).update(cover_renditions=make_renditions(article.cover.name))
        _events(article, author=author, editor=editor, publish_at=publish_at)
        created.append(article)

    search_index_refresh(article_ids=[a.pk for a in created])
    _views(created)
    _related(created)
    if stdout is not None:
        stdout.write(f"Tin bài mẫu: {len(created)} bài mới, {Article.objects.count()} bài tất cả.")
    seed_documents(stdout=stdout)


def _events(article: Article, *, author, editor, publish_at: datetime) -> None:
    ArticleEvent.objects.create(article=article, action=ArticleAction.CREATED, by=author, to_status="draft")
    if article.status in {ArticleStatus.PENDING, ArticleStatus.PUBLISHED} and author != editor:
        ArticleEvent.objects.create(
            article=article, action=ArticleAction.SUBMITTED, by=author, from_status="draft", to_status="pending"
        )
    if article.status == ArticleStatus.PUBLISHED:
        scheduled = publish_at > timezone.now()
        ArticleEvent.objects.create(
            article=article,
            action=ArticleAction.SCHEDULED if scheduled else ArticleAction.PUBLISHED,
            by=editor,
            from_status="pending",
            to_status="published",
            note=timezone.localtime(publish_at).strftime("%d/%m/%Y %H:%M") if scheduled else "",
        )
        if not scheduled:
            ArticleEvent.objects.create(
                article=article, action=ArticleAction.WENT_LIVE, to_status="published", at=publish_at
            )


def _views(articles: list[Article]) -> None:
    """Believable reading figures for the last week, so that "Đọc nhiều" has something to show."""
    rng = random.Random(2026)
    today = timezone.localdate()
    rows = []
    for article in articles:
        if article.status != ArticleStatus.PUBLISHED or article.publish_at > timezone.now():
            continue
        total = 0
        for back in range(7):
            day = today - timedelta(days=back)
            if day < timezone.localtime(article.publish_at).date():
                continue
            views = rng.randint(20, 400) * (3 if article.is_featured else 1)
            rows.append(ArticleDailyViews(article=article, day=day, views=views))
            total += views
        Article.objects.filter(pk=article.pk).update(view_count=total + rng.randint(0, 500))
    ArticleDailyViews.objects.bulk_create(rows, ignore_conflicts=True)


def _related(articles: list[Article]) -> None:
    """A few manual picks, as editors make them: the first articles sharing a tag."""
    by_tag: dict[int, list[Article]] = {}
    for article in articles:
        if article.status == ArticleStatus.PUBLISHED:
            for tag in article.tags.all():
                by_tag.setdefault(tag.pk, []).append(article)
    for group in by_tag.values():
        if len(group) >= 3:
            group[0].related_articles.add(group[1])
