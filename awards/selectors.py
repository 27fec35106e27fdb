"""Reads of commendations: the public honour roll, the blocks other apps show, warnings and figures.

Everything public starts from ``Decision.objects.published()`` (through
``Commendation.objects.public()``), and every list is fetched in a fixed number of queries.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.utils.translation import gettext as _

from news.models import Article
from portal.models import Unit
from portal.text import normalize_search_text

from .enums import AwardCategory, DecisionStatus, Issuer, RecipientKind
from .models import AwardForm, Commendation, CommendationQuerySet, Decision, DecisionQuerySet, period_label

VIEW_DECISION_PERMISSION = "awards.view_decision"

# --- public -----------------------------------------------------------------------------------


def _public_articles() -> Prefetch:
    """Exemplary stories of each commendation, only those the public may read, as ``public_articles``."""
    return Prefetch(
        "articles",
        queryset=Article.objects.published().only("pk", "title", "slug", "publish_at").order_by("-publish_at"),
        to_attr="public_articles",
    )


def decisions_public() -> DecisionQuerySet:
    return Decision.objects.published().order_by("-signed_on", "-pk")


def decision_for_download(*, slug: str, user) -> Decision | None:
    """A decision whose scan ``user`` may download: a published one for anyone; a draft or a revoked one
    for staff who may view decisions. None when there is no scan or the user may not know of it."""
    decisions = Decision.objects.exclude(file="")
    if not (user.is_staff and user.has_perm(VIEW_DECISION_PERMISSION)):
        decisions = decisions.published()
    return decisions.filter(slug=slug).first()


def decisions_with_counts() -> DecisionQuerySet:
    """Public decisions, newest first, each with ``collective_count`` and ``individual_count``."""
    return decisions_public().annotate(
        collective_count=Count("commendations", filter=Q(commendations__recipient_kind=RecipientKind.COLLECTIVE)),
        individual_count=Count("commendations", filter=Q(commendations__recipient_kind=RecipientKind.INDIVIDUAL)),
    )


def decisions_latest(*, limit: int = 5) -> list[Decision]:
    return list(decisions_with_counts()[:limit])


def honour_roll(
    *, school_year: str = "", form: AwardForm | None = None, unit: Unit | None = None, query: str = ""
) -> CommendationQuerySet:
    """Public commendations, newest decision first, filtered as the visitor asked.

    ``query`` ignores case and diacritics, and matches the recipient's name, the name or
    code of their unit, or the decision number.
    """
    commendations = Commendation.objects.public()
    if school_year:
        commendations = commendations.filter(decision__period=school_year)
    if form is not None:
        commendations = commendations.filter(form=form)
    if unit is not None:
        commendations = commendations.filter(unit=unit)
    return (
        commendations.search(query)
        .for_listing()
        .prefetch_related(_public_articles())
        .order_by("-decision__signed_on", "-decision_id", "recipient_kind", "order", "pk")
    )


@dataclass(frozen=True)
class HonourRollOptions:
    school_years: list[str]
    forms: list[AwardForm]
    units: list[Unit]


def honour_roll_options() -> HonourRollOptions:
    """What the honour roll's filters offer: only values that lead to something (three queries)."""
    public = Commendation.objects.public()
    return HonourRollOptions(
        school_years=school_years_public(),
        forms=list(AwardForm.objects.filter(commendations__in=public).distinct().order_by("order", "name")),
        units=list(
            Unit.objects.filter(commendations__in=public).distinct().only("pk", "name", "slug").order_by("name")
        ),
    )


def school_years_public() -> list[str]:
    """The periods of public decisions, newest first: school years (``2017-2018``) and calendar years (``2017``)."""
    return list(decisions_public().order_by("-period").values_list("period", flat=True).distinct())


def decision_articles(*, decision: Decision) -> list[Article]:
    """The published articles reporting a decision, newest first."""
    return list(decision.articles.published().for_listing().order_by("-publish_at"))


def decision_commendations(*, decision: Decision) -> CommendationQuerySet:
    """The list of a decision, collectives first, as printed with the decision."""
    return (
        decision.commendations.select_related("form", "unit")
        .prefetch_related(_public_articles())
        .order_by("recipient_kind", "order", "pk")
    )


def unit_commendations(*, unit: Unit) -> CommendationQuerySet:
    """Everything the unit and its people received in public decisions, newest first."""
    return (
        Commendation.objects.public()
        .filter(unit=unit)
        .for_listing()
        .prefetch_related(_public_articles())
        .order_by("-decision__period", "-decision__signed_on", "-decision_id", "recipient_kind", "order", "pk")
    )


def units_with_public_commendations() -> QuerySet[Unit]:
    return Unit.objects.filter(commendations__in=Commendation.objects.public()).distinct()


def exemplary_commendations() -> CommendationQuerySet:
    """Public commendations that have at least one published story about them (gương điển hình)."""
    return (
        Commendation.objects.public()
        .filter(pk__in=Commendation.objects.filter(articles__in=Article.objects.published()).values("pk"))
        .for_listing()
        .prefetch_related(_public_articles())
        .order_by("-decision__signed_on", "-decision_id", "recipient_kind", "order", "pk")
    )


def commendations_latest(*, limit: int = 5) -> list[Commendation]:
    """The home page's block: the latest public commendations (two queries at most)."""
    return list(
        Commendation.objects.public()
        .for_listing()
        .order_by("-decision__signed_on", "-decision_id", "recipient_kind", "order", "pk")[:limit]
    )


def commendations_for_training(*, training) -> list[Commendation]:
    """Public commendations handed out at ``training`` (a decision linked to it), in decision order."""
    return list(
        Commendation.objects.public()
        .filter(decision__training=training)
        .for_listing()
        .order_by("decision__signed_on", "decision_id", "recipient_kind", "order", "pk")
    )


# --- editors ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CommendationWarning:
    """Something an editor should check; the decision is saved anyway (it is a signed document)."""

    message: str
    commendation_id: int | None = None

    def __str__(self) -> str:
        return self.message


def _recipient_key(commendation: Commendation) -> tuple:
    return (commendation.recipient_kind, commendation.search_name, commendation.unit_id)


def _achievement_key(commendation: Commendation) -> tuple:
    # The field of work, when both say it, is steadier than free text written twice.
    if commendation.field:
        return ("field", commendation.field)
    return ("text", normalize_search_text(commendation.achievement))


def commendation_warnings(*, decision: Decision) -> list[CommendationWarning]:
    """What looks wrong in a decision's list, in list order (two queries).

    - a form given to a kind of recipient it is not meant for (a collective title to a
      person, an individual title to a collective);
    - in a decision of the department, a form only a higher level may award;
    - one recipient rewarded twice for the same achievement in the same school year, in
      this decision or another one that is not revoked: the law allows one form of
      commendation per achievement. Titles (Lao động tiên tiến...) count only when the
      same title is repeated, since a title and a form may go together.
    """
    own = list(decision.commendations.select_related("form").order_by("recipient_kind", "order", "pk"))
    if not own:
        return []
    warnings = []
    for commendation in own:
        if not commendation.form.allows(commendation.recipient_kind):
            warnings.append(
                CommendationWarning(
                    _("“%(name)s” là %(kind)s nhưng hình thức “%(form)s” dành cho: %(recipients)s.")
                    % {
                        "name": commendation.recipient_name,
                        "kind": commendation.get_recipient_kind_display().lower(),
                        "form": commendation.form.name,
                        "recipients": commendation.form.get_recipients_display().lower(),
                    },
                    commendation.pk,
                )
            )
        if decision.issuer == Issuer.DEPARTMENT and not commendation.form.department_may_issue:
            warnings.append(
                CommendationWarning(
                    _("“%(name)s”: hình thức “%(form)s” do cấp trên quyết định; Giám đốc Sở chỉ đề nghị.")
                    % {"name": commendation.recipient_name, "form": commendation.form.name},
                    commendation.pk,
                )
            )

    same_year = (
        Commendation.objects.filter(decision__period=decision.period, search_name__in={c.search_name for c in own})
        .exclude(decision__status=DecisionStatus.REVOKED)
        .select_related("decision", "form")
        .order_by("decision__signed_on", "decision_id", "recipient_kind", "order", "pk")
    )
    by_recipient: dict[tuple, list[Commendation]] = {}
    for other in same_year:
        by_recipient.setdefault(_recipient_key(other), []).append(other)
    for commendation in own:
        for other in by_recipient.get(_recipient_key(commendation), []):
            if other.pk == commendation.pk or _achievement_key(other) != _achievement_key(commendation):
                continue
            both_awards = (
                commendation.form.category == AwardCategory.AWARD and other.form.category == AwardCategory.AWARD
            )
            if not (both_awards or other.form_id == commendation.form_id):
                continue
            if other.decision_id == decision.pk and other.pk < commendation.pk:
                continue  # a pair within this decision is reported once
            warnings.append(
                CommendationWarning(
                    _(
                        "“%(name)s” đã được tặng “%(other_form)s” theo quyết định %(decision)s cho cùng thành tích "
                        "trong %(year)s; một thành tích chỉ được khen một hình thức."
                    )
                    % {
                        "name": commendation.recipient_name,
                        "other_form": other.form.name,
                        "decision": other.decision,
                        "year": decision.period_label,
                    },
                    commendation.pk,
                )
            )
    return warnings


# --- leaders ----------------------------------------------------------------------------------


def _by_kind() -> dict:
    return {
        "collective": Count("pk", filter=Q(recipient_kind=RecipientKind.COLLECTIVE)),
        "individual": Count("pk", filter=Q(recipient_kind=RecipientKind.INDIVIDUAL)),
        "total": Count("pk"),
    }


@dataclass(frozen=True)
class Figures:
    school_years: list[dict]
    forms: list[dict]
    units: list[dict]
    unit_count: int
    decision_count: int


def commendation_figures(*, school_year: str = "", top_units: int = 20) -> Figures:
    """Public commendations counted per period (all periods), per form and per unit (``school_year`` if given).

    ``school_year`` is a period key: a school year (``2017-2018``) or a calendar year (``2017``).

    Each row is a dict with ``label``, ``collective``, ``individual`` and ``total``; school
    years also carry ``prize_total`` (đồng). Five queries whatever the number of rows.
    """
    public = Commendation.objects.public()
    by_year = [
        {"label": period_label(row["decision__period"]), **row}
        for row in public.values("decision__period")
        .annotate(**_by_kind(), prize_total=Sum("prize_amount"))
        .order_by("-decision__period")
    ]
    selected = public.filter(decision__period=school_year) if school_year else public
    by_form = [
        {"label": row["form__name"], **row}
        for row in selected.values("form__name", "form__order")
        .annotate(**_by_kind())
        .order_by("form__order", "form__name")
    ]
    units = selected.filter(unit__isnull=False)
    by_unit = [
        {"label": row["unit__name"], **row}
        for row in units.values("unit__name", "unit__slug")
        .annotate(**_by_kind())
        .order_by("-total", "unit__name")[:top_units]
    ]
    decisions = decisions_public()
    if school_year:
        decisions = decisions.filter(period=school_year)
    return Figures(
        school_years=by_year,
        forms=by_form,
        units=by_unit,
        unit_count=units.values("unit").distinct().count(),
        decision_count=decisions.count(),
    )


def decisions_search(text: str) -> QuerySet:
    """Published decisions whose number holds ``text``, or that honour someone (a person or a unit)
    whose name holds it (normalised: diacritics and case ignored); the newest first."""
    needle = normalize_search_text(text).strip()
    if not needle:
        return Decision.objects.none()
    honoured = Commendation.objects.filter(Q(search_name__contains=needle) | Q(unit__search_text__contains=needle))
    return (
        Decision.objects.published()
        .filter(Q(number__icontains=text.strip()) | Q(pk__in=honoured.values("decision_id")))
        .order_by("-signed_on", "-pk")
    )
