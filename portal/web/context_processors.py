"""What every page's shell shows: the department's profile, the menu's categories, the agency links."""

from django.utils.functional import SimpleLazyObject

from news.selectors.articles import menu_categories
from portal.models import SiteProfile
from portal.pagecache import kept_value
from portal.selectors import agency_links_for_footer


def site(request) -> dict:
    # Kept in the process until a change bumps the shell counter: no query and no cache
    # round trip for them on a page built here (portal.pagecache.kept_value).
    return {
        "site_profile": SimpleLazyObject(lambda: kept_value("site_profile", SiteProfile.current)),
        # Lazy: read only by templates that show them, not by admin pages.
        "menu_categories": lambda: kept_value("menu_categories", menu_categories),
        "agency_links": SimpleLazyObject(lambda: kept_value("agency_links", agency_links_for_footer)),
    }
