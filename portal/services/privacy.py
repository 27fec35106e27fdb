"""The access log of personal data: who viewed contacts, exported people, or changed them on request."""

from django.contrib.auth.models import AnonymousUser

from ..models import AccessAction, PersonalDataAccess, User


def access_record(*, by: User | AnonymousUser, action: AccessAction, what: str, count: int | None = None) -> None:
    """Append one line to the access log (never changed afterwards). Side effect: one INSERT."""
    PersonalDataAccess.objects.create(
        user=by if getattr(by, "pk", None) else None, action=action, what=what[:500], count=count
    )
