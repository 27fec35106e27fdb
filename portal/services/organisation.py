"""State changes of the organisation pages whose effects reach beyond the row: photos and the footer's links."""

from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

from ..images import make_renditions
from ..jobs import queue_after_commit
from ..models import AgencyLink, Banner, Leader
from ..pagecache import BANNERS, HOME, bump_together, purge_shell_on_commit
from ..permissions import require_permission
from ..selectors import AGENCY_LINKS_CACHE_KEY
from ..tasks import leader_photo_renditions_task


def leader_save(*, leader: Leader, photo_changed: bool) -> Leader:
    """Save a leader's public profile.

    Side effects: when the photo changed, its old renditions are forgotten and a task
    cuts the new photo into renditions after the commit (the page shows the original
    until then).
    """
    if photo_changed:
        leader.photo_renditions = {}
    leader.save()
    if photo_changed and leader.photo:
        leader_id = leader.pk
        queue_after_commit(leader_photo_renditions_task, leader_id=leader_id)
    return leader


def leader_photo_renditions_make(*, leader_id: int) -> bool:
    """Cut the leader's current photo into renditions; False when the leader or the photo is gone.

    Safe to run twice or late: renditions are rewritten, and they are stored only if the
    photo is still the one they were cut from.
    """
    leader = Leader.objects.filter(pk=leader_id).only("photo").first()
    if leader is None or not leader.photo:
        return False
    name = leader.photo.name
    renditions = make_renditions(name)
    updated = Leader.objects.filter(pk=leader_id, photo=name).update(photo_renditions=renditions)
    return bool(updated)


def _forget_agency_links() -> None:
    transaction.on_commit(lambda: cache.delete(AGENCY_LINKS_CACHE_KEY))
    purge_shell_on_commit()


def agency_link_save(*, link: AgencyLink) -> AgencyLink:
    """Save a link to another agency. Side effect: every page's footer shows the change at once."""
    link.save()
    _forget_agency_links()
    return link


def agency_links_delete(*, links: Iterable[AgencyLink]) -> int:
    """Delete links to other agencies. Side effect: every page's footer drops them at once."""
    deleted, _by_model = AgencyLink.objects.filter(pk__in=[link.pk for link in links]).delete()
    _forget_agency_links()
    return deleted


def banner_save(*, banner: Banner, by) -> Banner:
    """Save a banner. Side effect: the home page is rebuilt after the commit (a banner's own
    start and end need no purge: the cached page ends there, ``banners_next_change``)."""
    require_permission(by, "portal.change_banner" if banner.pk else "portal.add_banner")
    banner.save()
    transaction.on_commit(lambda: bump_together(HOME, BANNERS))
    return banner


def banners_delete(*, banners: Iterable[Banner], by) -> int:
    """Delete banners. Side effect: the home page is rebuilt after the commit."""
    require_permission(by, "portal.delete_banner")
    count = 0
    for banner in banners:
        banner.delete()
        count += 1
    transaction.on_commit(lambda: bump_together(HOME, BANNERS))
    return count
