"""Template helpers of the reading pages: responsive pictures, search highlights, body images."""

import json
import re
from decimal import Decimal
from functools import lru_cache
from urllib.parse import parse_qs, quote, urlsplit

from django import template
from django.core.files.storage import default_storage
from django.urls import get_script_prefix
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.timezone import get_current_timezone_name, localtime
from django.utils.translation import get_language

from news.selectors.articles import leaders_awaiting_count as awaiting_count
from portal.text import normalize_search_text

register = template.Library()


def _url(name: str) -> str:
    return default_storage.url(name)


@register.simple_tag
def picture(
    file, renditions=None, *, alt: str = "", sizes: str = "100vw", width=None, height=None, css="", eager=False
) -> SafeString:
    """A <picture> of an uploaded image: WebP and JPEG renditions in ``srcset``, its size set,
    lazy loading unless ``eager`` (the first image of a page). Falls back to the original
    file while the renditions task has not run yet. Written here rather than in a template:
    a list page shows dozens (docs/architecture.md: cheap public pages)."""
    renditions = renditions or {}
    sizes_list = renditions.get("sizes", [])
    source_width = renditions.get("width") or width
    source_height = renditions.get("height") or height
    original = _url(file.name) if file else ""
    fallback = next((s["jpg"] for s in sizes_list if s["w"] >= 800), None) or original
    parts = [format_html('<picture class="{}">', css) if css else SafeString("<picture>")]
    if sizes_list:
        webp = ", ".join(f"{_url(s['webp'])} {s['w']}w" for s in sizes_list)
        jpeg = ", ".join([*(f"{_url(s['jpg'])} {s['w']}w" for s in sizes_list), f"{original} {source_width}w"])
        parts.append(format_html('<source type="image/webp" srcset="{}" sizes="{}">', webp, sizes))
        srcset = format_html(' srcset="{}" sizes="{}"', jpeg, sizes)
    else:
        srcset = ""
    size = format_html(' width="{}" height="{}"', source_width, source_height) if source_width else ""
    src = _url(fallback) if fallback != original else original
    loading = SafeString(' fetchpriority="high"' if eager else ' loading="lazy"')
    parts.append(
        format_html('<img src="{}"{} alt="{}"{}{} decoding="async"></picture>', src, srcset, alt, size, loading)
    )
    return SafeString("".join(parts))


@register.simple_tag(takes_context=True)
def article_card(
    context, article, *, large=False, eager=False, with_lead=False, heading="h3", show_category=False
) -> SafeString:
    """One article in a list: picture, title (search terms marked when the page has ``terms``),
    time, category and lead when asked for. Written here rather than included: the home page
    shows forty (docs/architecture.md: cheap public pages).

    A card is the same wherever it is shown, so one rendered here is kept in the process under
    everything it shows (the article's values, the options, the language, time zone and URL
    prefix): the home page rebuilt after a publication renders only the new article's card.
    Cards with search terms marked are not kept."""
    terms = context.get("terms")
    if terms:
        return _card(article, large, eager, with_lead, heading, show_category, terms)
    cover = article.cover
    category = article.category if show_category else None
    key = (
        get_language(),
        get_current_timezone_name(),
        get_script_prefix(),
        article.pk,
        article.slug,
        article.title,
        cover.name,
        repr(article.cover_renditions) if cover else "",
        article.cover_width,
        article.cover_height,
        article.publish_at,
        (category.slug, category.name) if category else None,
        article.lead if with_lead else None,
        large,
        eager,
        heading,
    )
    return _kept_card(key, lambda: _card(article, large, eager, with_lead, heading, show_category, terms))


@register.simple_tag
def article_link(article) -> SafeString:
    """The article's title linking to it, for the short lists of titles; kept as the cards are."""
    key = (get_language(), get_script_prefix(), article.pk, article.slug, article.title)
    return _kept_card(key, lambda: format_html('<a href="{}">{}</a>', article.get_absolute_url(), article.title))


# The cards rendered in this process, by everything they show (``article_card``).
_cards: dict[tuple, SafeString] = {}
CARDS_KEPT = 4096


def _kept_card(key: tuple, render) -> SafeString:
    html = _cards.get(key)
    if html is None:
        html = render()
        if len(_cards) >= CARDS_KEPT:
            _cards.clear()  # a crawler walking every article: start again rather than grow
        _cards[key] = html
    return html


def _card(article, large: bool, eager: bool, with_lead: bool, heading: str, show_category: bool, terms) -> SafeString:
    url = article.get_absolute_url()
    parts = [
        format_html(
            '<article class="card{}{}">', " card-large" if large else "", "" if article.cover else " card-no-image"
        )
    ]
    if article.cover:
        image = picture(
            article.cover,
            article.cover_renditions,
            sizes="(min-width: 900px) 760px, 100vw" if large else "(min-width: 900px) 240px, 33vw",
            width=article.cover_width,
            height=article.cover_height,
            eager=eager and large,
        )
        parts.append(format_html('<a class="card-image" href="{}" tabindex="-1" aria-hidden="true">{}</a>', url, image))
    title = highlight(article.title, terms) if terms else article.title
    heading = heading if heading in CARD_HEADINGS else "h3"
    parts.append(
        format_html(
            '<div class="card-text"><{} class="card-title"><a href="{}">{}</a></{}>', heading, url, title, heading
        )
    )
    published = localtime(article.publish_at)
    category = (
        format_html(' · <a href="{}">{}</a>', article.category.get_absolute_url(), article.category.name)
        if show_category
        else ""
    )
    parts.append(
        format_html(
            '<p class="meta"><time datetime="{}">{}</time>{}</p>',
            published.isoformat(),
            date_format(published, "SHORT_DATETIME_FORMAT"),
            category,
        )
    )
    if with_lead:
        lead = Truncator(article.lead).chars(260)
        parts.append(format_html('<p class="card-lead">{}</p>', highlight(lead, terms) if terms else lead))
    parts.append(SafeString("</div></article>"))
    return SafeString("".join(parts))


CARD_HEADINGS = {"h2", "h3", "h4"}


@lru_cache(maxsize=16384)
def _normalized_word(word: str) -> str:
    # A results page highlights a few thousand words, mostly the same ones.
    return normalize_search_text(word)


# In escaped text: an entity (left alone) or a word (perhaps highlighted).
ENTITY_OR_WORD = re.compile(r"(&#?\w+;)|(\w+)")


@register.filter
def highlight(text: str, terms: list[str]) -> SafeString:
    """``text`` escaped, with the words whose normalised form starts with a search term in <mark>.

    Escaping never changes letters or digits, so the text is escaped once and the words of
    the escaped text are marked (entities such as ``&amp;`` are skipped whole).
    """
    escaped = str(escape(text or ""))
    if not terms or not escaped:
        return mark_safe(escaped)  # noqa: S308 - escaped above

    def mark(match: re.Match) -> str:
        word = match.group(2)
        if word and any(_normalized_word(word).startswith(term) for term in terms):
            return f"<mark>{word}</mark>"
        return match.group(0)

    return mark_safe(ENTITY_OR_WORD.sub(mark, escaped))  # noqa: S308 - escaped above; only <mark> added


IMG_TAG = re.compile(r"<img\b([^>]*?)\bsrc=\"([^\"]+)\"([^>]*)>")


@register.filter
def with_image_renditions(html: str, images: dict) -> SafeString:
    """Give the body's editor images ``srcset``, width, height and lazy loading.

    ``images`` maps a stored file URL to its ``UploadedImage`` (looked up once per body by
    the view). The body was sanitised on save; this only adds attributes to <img> tags.
    """
    if not images:
        return mark_safe(html)  # noqa: S308 - body HTML cleaned by nh3 on save

    def replace(match: re.Match) -> str:
        before, src, after = match.groups()
        image = images.get(src)
        if image is None:
            return match.group(0)
        sizes = image.renditions.get("sizes", [])
        srcset = ", ".join([*(f"{_url(s['jpg'])} {s['w']}w" for s in sizes), f"{src} {image.width}w"])
        extra = format_html(
            ' srcset="{}" sizes="(min-width: 900px) 760px, 100vw" width="{}" height="{}"',
            srcset,
            image.width,
            image.height,
        )
        attributes = re.sub(r'\s(width|height|srcset|sizes)="[^"]*"', "", before + after).strip()
        return f'<img {attributes} src="{escape(src)}"{extra}>'

    return mark_safe(IMG_TAG.sub(replace, html))  # noqa: S308 - only attributes we escaped are added


@register.simple_tag
def json_ld(data: dict) -> SafeString:
    """A <script type="application/ld+json"> block (a data block: CSP does not run it)."""
    text = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308


@register.simple_tag
def elided_pages(page) -> list:
    """Page numbers around the current one, with ``…`` for the gaps (1 … 4 5 6 … 20)."""
    return list(page.paginator.get_elided_page_range(page.number, on_each_side=1, on_ends=1))


@register.simple_tag
def video_embed(url: str) -> str:
    """The privacy-friendly player address of a YouTube or Facebook video page, or ""."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host == "youtu.be":
        video_id = parts.path.strip("/")
    elif host == "youtube.com":
        if parts.path == "/watch":
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/", "/live/")):
            video_id = parts.path.split("/")[2]
    if video_id and re.fullmatch(r"[\w-]{6,20}", video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host in {"facebook.com", "fb.watch"}:
        return f"https://www.facebook.com/plugins/video.php?href={quote(url, safe='')}&show_text=false"
    return ""


@register.filter
def duration_text(seconds) -> str:
    """A video's length as ``m:ss`` or ``h:mm:ss``."""
    seconds = int(seconds or 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.filter
def dong(amount) -> str:
    """A sum of money as Vietnamese write it: whole đồng, dots between thousands (``1.234.567``)."""
    if amount in (None, ""):
        return ""
    return f"{Decimal(amount):,.0f}".replace(",", ".")


@register.filter
def coefficient(value) -> str:
    """A coefficient or share as Vietnamese write it: ``2,5``, ``100``."""
    if value in (None, ""):
        return ""
    return f"{Decimal(value).normalize():f}".replace(".", ",")


@register.simple_tag
def leaders_awaiting_count() -> int:
    """What waits for the leaders (articles and royalty statements), for the count in their area's menu."""
    return awaiting_count()
