"""Reads of contributors and credits: finding a person by name and unit, the byline an article's credits make."""

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from ..enums import CreditKind
from ..models import Contributor, Credit


def clean_person_name(name: str) -> str:
    return " ".join(name.split())


def contributor_find(*, full_name: str, unit=None) -> Contributor | None:
    """The contributor of that name (case and extra spaces ignored) in that unit (or with none), if any.

    What another feature uses to credit a person it knows only by name, before creating one
    with ``news.services.credits.contributor_get_or_create``.
    """
    return (
        Contributor.objects.filter(full_name__iexact=clean_person_name(full_name), unit=unit)
        .order_by("-is_active", "pk")
        .first()
    )


def article_credits(*, article_id: int) -> QuerySet[Credit]:
    return Credit.objects.filter(article_id=article_id).select_related("contributor", "contributor__unit")


def byline_from_credits(credits) -> str:
    """The line under an article: the authors' pen names, then "Ảnh: ..." for those who only took photos."""
    authors: list[str] = []
    photographers: list[str] = []
    for credit in credits:
        name = credit.contributor.byline_name
        target = photographers if credit.kind == CreditKind.PHOTO else authors
        if name not in target:
            target.append(name)
    photographers = [name for name in photographers if name not in authors]
    byline = ", ".join(authors)
    if photographers:
        photos = _("Ảnh: %(names)s") % {"names": ", ".join(photographers)}
        byline = f"{byline} – {photos}" if byline else photos
    return byline[:150]
