"""Writes of contributors and of an article's credits, and the byline built from them."""

from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _

from ..enums import CreditKind
from ..models import Article, Contributor, Credit
from ..selectors.credits import byline_from_credits, clean_person_name, contributor_find
from ..selectors.royalties import frozen_period_of
from .articles import WorkflowError, can_edit


class CreditError(WorkflowError):
    """Credits that cannot be saved as given; the message is for the editor, and nothing was saved."""


def contributor_get_or_create(
    *, full_name: str, unit=None, pen_name: str = "", phone: str = "", email: str = ""
) -> tuple[Contributor, bool]:
    """The contributor of that name in that unit, created (with the other details) when there is none.

    What another feature calls to credit a person it knows by name, a photo's author for example.
    Side effects: may create a row.
    """
    name = clean_person_name(full_name)
    if not name:
        raise ValueError("a contributor needs a name")
    found = contributor_find(full_name=name, unit=unit)
    if found is not None:
        return found, False
    contributor = Contributor.objects.create(
        full_name=name, pen_name=clean_person_name(pen_name), unit=unit, phone=phone.strip(), email=email.strip()
    )
    return contributor, True


def contributor_for_user(*, user) -> Contributor:
    """The contributor who is ``user``, created from the account the first time it is needed.

    Side effects: may create the row (a staff account gets its own when it first writes or is credited).
    """
    contributor = Contributor.objects.filter(user=user).first()
    if contributor is not None:
        return contributor
    name = f"{user.last_name} {user.first_name}".strip() or user.get_username()
    return Contributor.objects.create(
        full_name=name, user=user, unit_id=user.unit_id, email=user.email, phone=getattr(user, "phone", "")
    )


def credit_share_problems(rows) -> list[str]:
    """What is wrong with the shares of ``rows`` (pairs of kind and share): each kind's shares must make 100 %."""
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for kind, share in rows:
        totals[kind] += Decimal(share)
    labels = dict(CreditKind.choices)
    return [
        _("Tỷ lệ của loại “%(kind)s” cộng lại là %(total)s%%, phải đúng 100%%.")
        % {"kind": labels.get(kind, kind), "total": f"{total.normalize():f}"}
        for kind, total in sorted(totals.items())
        if total != 100
    ]


def article_credits_save(*, article: Article, by, saved, deleted) -> None:
    """Write the credits edited on the article's page, then rebuild its byline.

    Refused (``CreditError``, nothing written) for someone who may not edit the article, when the
    royalty statement of the article's month is approved (its credits are frozen), and when the
    shares of a kind do not make 100 %; a save that leaves the credits as they were is never refused. A credit whose contributor or kind changed loses its grade.
    An article left without credits is credited to its author's own contributor.
    Side effects: the article's ``byline`` unless the editor typed their own.
    """
    if not can_edit(by, article):
        raise CreditError(_("Bạn không sửa được tác giả của bài này."))
    with transaction.atomic():
        saved, deleted = list(saved), list(deleted)
        if (saved or deleted) and frozen_period_of(article=article, lock=True) is not None:
            raise CreditError(
                _("Bảng nhuận bút tháng của bài đã được duyệt: không sửa được tác giả và tỷ lệ của bài nữa.")
            )
        for credit in deleted:
            if credit.pk:
                credit.delete()
        for credit in saved:
            credit.article = article
            if credit.pk:
                before = Credit.objects.filter(pk=credit.pk).values("contributor_id", "kind").first()
                if before and (before["contributor_id"], before["kind"]) != (credit.contributor_id, credit.kind):
                    credit.rate, credit.coefficient, credit.graded_by, credit.graded_at = None, None, None, None
            credit.save()
        credits = list(Credit.objects.filter(article=article).select_related("contributor"))
        if not credits:
            credits = [
                Credit.objects.create(
                    article=article, contributor=contributor_for_user(user=article.created_by), kind=CreditKind.TEXT
                )
            ]
        problems = credit_share_problems((credit.kind, credit.share) for credit in credits)
        if problems:
            raise CreditError(" ".join(problems))
        article_byline_refresh(article=article, credits=credits)


def article_byline_refresh(*, article: Article, credits=None) -> None:
    """Set the byline from the credits unless the editor keeps their own. Side effects: saves ``byline``."""
    if article.byline_custom:
        return
    if credits is None:
        credits = Credit.objects.filter(article=article).select_related("contributor")
    byline = byline_from_credits(credits)
    if byline != article.byline:
        article.byline = byline
        Article.objects.filter(pk=article.pk).update(byline=byline)
