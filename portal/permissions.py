"""Who may enter the leaders' area (/lanh-dao/): leaders, and staff given the permission."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

LEADERS_AREA_PERMISSION = "trainings.access_leaders_area"


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
