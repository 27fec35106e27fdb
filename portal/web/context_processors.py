"""What every page's shell shows: the department's profile, the menu's categories, the agency links."""

from django.utils.functional import SimpleLazyObject

from news.selectors.articles import menu_categories
from portal.models import SiteProfile
from portal.selectors import agency_links_for_footer


def site(request) -> dict:
    return {
        "site_profile": SiteProfile.current(),
        # Lazy: read (from the cache) only by templates that show them, not by admin pages.
        "menu_categories": menu_categories,
        "agency_links": SimpleLazyObject(agency_links_for_footer),
    }
