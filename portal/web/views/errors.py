"""Error pages that Django does not render by itself."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def rate_limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    """HTTP 429 in Vietnamese for any view guarded by ``@ratelimit`` (RATELIMIT_VIEW)."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response


def sign_in_locked_out(request: HttpRequest, response: HttpResponse | None, credentials: dict | None) -> HttpResponse:
    """HTTP 429 in Vietnamese for a sign-in refused by django-axes (AXES_LOCKOUT_CALLABLE).

    Says how long the lock lasts and who can lift it; never whether the password was right.
    """
    seconds = int(settings.AXES_COOLOFF_TIME.total_seconds())
    context = {"minutes": seconds // 60, "failure_limit": settings.AXES_FAILURE_LIMIT}
    locked = render(request, "registration/locked_out.html", context, status=429)
    locked["Retry-After"] = str(seconds)
    return locked
