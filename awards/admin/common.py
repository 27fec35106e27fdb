"""What the awards admin pages share: the read-only rule of revoked decisions."""

from ..enums import DecisionStatus
from ..models import Commendation


def is_revoked(obj) -> bool:
    decision = obj.decision if isinstance(obj, Commendation) else obj
    return decision is not None and decision.status == DecisionStatus.REVOKED
