"""The live blocks of the newsroom (portal/pagecache.py): what ages by itself on cached pages."""

from django.template.loader import render_to_string

from portal.pagecache import live_block

from .selectors.articles import most_read_cached

# "Đọc nhiều" moves as views are counted (news.flush_views writes them every minute).
MOST_READ_SECONDS = 60


def most_read_html() -> str:
    """The most-read list as every page shows it, without a request."""
    return render_to_string("news/includes/_most_read.html", {"most_read": most_read_cached()})


def register() -> None:
    live_block("most_read", most_read_html, seconds=MOST_READ_SECONDS)
