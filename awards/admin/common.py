"""What the awards admin pages share: Excel responses and the read-only rule of revoked decisions."""

from django.http import HttpResponse

from portal.spreadsheets import XLSX_CONTENT_TYPE

from ..enums import DecisionStatus
from ..models import Commendation


def xlsx_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def is_revoked(obj) -> bool:
    decision = obj.decision if isinstance(obj, Commendation) else obj
    return decision is not None and decision.status == DecisionStatus.REVOKED
