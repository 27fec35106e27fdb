"""Pagination of public lists: a page number that is not one, or out of range, is a 404."""

from django.conf import settings
from django.core.paginator import InvalidPage, Page, Paginator
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _


class CappedPaginator(Paginator):
    """A paginator that counts at most ``max_items`` rows.

    Counting every article of a large category reads the whole category on every page;
    counting up to a cap stops early. Lists say when they are capped and point to the
    archive by date for older items.
    """

    def __init__(self, object_list, per_page, *, max_items: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.max_items = max_items

    @cached_property
    def count(self) -> int:
        return self.object_list[: self.max_items + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.max_items

    @cached_property
    def num_pages(self) -> int:
        return max(1, -(-min(self.count, self.max_items) // self.per_page))


def paginate(
    request, object_list, *, per_page: int | None = None, max_items: int | None = None, param: str = "trang"
) -> Page:
    per_page = per_page or settings.PAGE_SIZE
    if max_items is None:
        paginator = Paginator(object_list, per_page, allow_empty_first_page=True)
    else:
        paginator = CappedPaginator(object_list, per_page, max_items=max_items, allow_empty_first_page=True)
    number = request.GET.get(param) or 1
    try:
        return paginator.page(number)
    except InvalidPage:
        raise Http404(_("Không có trang %(number)s.") % {"number": str(number)[:20]}) from None
