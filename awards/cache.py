"""Purging the cached pages a commendation decision appears on (see portal/pagecache.py)."""

from collections.abc import Iterable

from news.cache import purge_linked_articles
from portal.pagecache import RECORDS


def purge_decision(*, article_ids: Iterable[int] = ()) -> None:
    """Invalidate the search (it finds decisions by the names they honour) and the pages of the
    articles that list the decision as reported: give those linked before the change as well as
    after, none when only its commendations changed, which article pages do not show. (The home
    page shows the latest commendations as a live block, which refreshes itself.)"""
    purge_linked_articles(article_ids, RECORDS)
