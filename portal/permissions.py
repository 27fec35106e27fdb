"""Permission checks the services and views share: a service's own check, and the leaders' area (/lanh-dao/)."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

LEADERS_AREA_PERMISSION = "trainings.access_leaders_area"


def require_permission(user, permission: str) -> None:
    """Refuse a state change to a user without ``permission``, whatever view or action called the service."""
    if not user.has_perm(permission):
        raise PermissionDenied(_("Bạn không có quyền thực hiện thao tác này."))


def can_access_leaders_area(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm(LEADERS_AREA_PERMISSION)


def leaders_area_required(view):
    """Sign-in first (redirect to the login page), then 403 for those without the permission."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_access_leaders_area(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
