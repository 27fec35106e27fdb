"""Purging the cached pages a training conference appears on (see portal/pagecache.py)."""

from collections.abc import Iterable

from news.cache import purge_linked_articles
from portal.pagecache import RECORDS


def purge_training(*, article_ids: Iterable[int]) -> None:
    """Invalidate the search and the pages of the articles that list the training as reported:
    give those linked before the change as well as after. (The home page shows upcoming
    trainings as a live block, which refreshes itself.)"""
    purge_linked_articles(article_ids, RECORDS)
