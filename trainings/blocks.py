"""The live blocks of training conferences (portal/pagecache.py): what ages by itself on cached pages."""

from django.template.loader import render_to_string

from portal.pagecache import live_block

from .selectors import trainings_upcoming

# No change to a training purges a page, and a training leaves "upcoming" when it ends: the
# home page shows the block as it was a minute ago at most, as it did before it lived a day.
UPCOMING_SECONDS = 60
HOME_UPCOMING = 3


def upcoming_html() -> str:
    """The home page's block of upcoming trainings, without a request."""
    return render_to_string(
        "trainings/includes/_home_block.html", {"upcoming_trainings": trainings_upcoming(limit=HOME_UPCOMING)}
    )


def register() -> None:
    live_block("upcoming_trainings", upcoming_html, seconds=UPCOMING_SECONDS)
