"""The live blocks of commendations (portal/pagecache.py): what ages by itself on cached pages."""

from django.template.loader import render_to_string

from portal.pagecache import live_block

from .selectors import commendations_latest

# No change to a decision purges a page: the home page shows the block as it was a minute ago
# at most, as it did before pages lived a day.
LATEST_SECONDS = 60
HOME_LATEST = 5


def latest_html() -> str:
    """The home page's block of the latest commendations, without a request."""
    return render_to_string(
        "awards/includes/_home_block.html", {"latest_commendations": commendations_latest(limit=HOME_LATEST)}
    )


def register() -> None:
    live_block("latest_commendations", latest_html, seconds=LATEST_SECONDS)
