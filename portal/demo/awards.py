"""Seeds commendations from ``data/awards.toml``: the catalogue of forms and decisions in every state.

Forms, decisions and their recipients are saved as the admin saves them (no write service); each
decision gets a one-page "scan" printed here (``pdfs.render_pdf``), once, and is published and revoked
by ``decision_publish`` and ``decision_revoke``. Idempotent: what exists is updated, nothing is
duplicated.
"""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from awards.enums import DecisionStatus
from awards.models import AwardForm, Commendation, Decision
from awards.services import decision_publish, decision_revoke
from news.models.articles import Article
from portal.models.core import Unit
from portal.text import slugify
from trainings.models.training import Training

from .content import load, pick
from .pdfs import place_date, render_pdf


@transaction.atomic
def seed(*, stdout) -> None:
    data = load("awards")
    forms = {}
    for order, row in enumerate(data["forms"], start=1):
        forms[row["name"]], _created = AwardForm.objects.update_or_create(
            name=row["name"], defaults={**{k: v for k, v in row.items() if k != "name"}, "order": order}
        )
    units = {unit.code: unit for unit in Unit.objects.exclude(code="")}
    for spec in data["decisions"]:
        decision = _decision(spec, legal_basis=data["legal_basis"].get(spec["issuer"], ""))
        decision_scan(decision, place=data["place"], scan=data["scan"])
        for order, row in enumerate(spec["recipients"], start=1):
            commendation, _created = Commendation.objects.update_or_create(
                decision=decision,
                recipient_name=row["name"],
                form=pick(forms, row["form"], what="form of commendation"),
                defaults={
                    "recipient_kind": row["kind"],
                    "position": row.get("position", ""),
                    "unit": pick(units, row["unit"], what="unit") if "unit" in row else None,
                    "achievement": row["achievement"],
                    "field": row["field"],
                    "prize_amount": row.get("prize"),
                    "order": order,
                },
            )
            commendation.articles.add(*Article.objects.filter(title__in=row.get("articles", [])))
        if spec["status"] != DecisionStatus.DRAFT and decision.status == DecisionStatus.DRAFT:
            decision_publish(decision=decision)
        if spec["status"] == DecisionStatus.REVOKED and decision.status == DecisionStatus.PUBLISHED:
            decision_revoke(decision=decision, **spec["revoke"])
    stdout.write(
        _("Khen thưởng: %(forms)s hình thức, %(decisions)s quyết định (%(public)s đã công bố).")
        % {
            "forms": len(forms),
            "decisions": len(data["decisions"]),
            "public": Decision.objects.published().count(),
        }
    )


def _decision(spec: dict, *, legal_basis: str) -> Decision:
    """The decision of ``spec`` (by issuer, number and year), created or brought up to date."""
    fields = {
        "kind": spec["kind"],
        "school_year": spec["school_year"],
        "summary": spec["summary"],
        "legal_basis": legal_basis,
        "signer_title": spec["signer_title"],
        "signer": spec["signer"],
        "signed_on": spec["signed_on"],
        "training": _training(spec.get("training")),
    }
    decision = Decision.objects.filter(
        issuer=spec["issuer"], number=spec["number"], signed_on__year=spec["signed_on"].year
    ).first()
    if decision is None:
        return Decision.objects.create(number=spec["number"], issuer=spec["issuer"], **fields)
    for name, value in fields.items():
        setattr(decision, name, value)
    decision.save(update_fields=[*fields, "updated_at"])
    return decision


def _training(link: dict | None) -> Training | None:
    """The conference where the decision was handed out, if the demo has one of that school year."""
    if not link:
        return None
    trainings = Training.objects.filter(school_year=link["school_year"]).order_by("-starts_at")
    return trainings.filter(title__icontains=link["title_contains"]).first() or trainings.first()


def decision_scan(decision: Decision, *, place: str, scan: dict) -> None:
    """A one-page "scan" of the decision, in the private storage like an uploaded one (once)."""
    if decision.file:
        return
    pdf = render_pdf(
        issuer=decision.get_issuer_display(),
        number=decision.number,
        place_date=place_date(place, decision.signed_on),
        heading=scan["heading"],
        summary=decision.summary,
        paragraphs=[*decision.legal_basis.splitlines(), *scan["articles"]],
        signer=(decision.signer_title, decision.signer),
    )
    decision.file.save(f"quyet-dinh-{slugify(decision.number)}.pdf", ContentFile(pdf), save=False)
    decision.save(update_fields=["file", "updated_at"])
