"""Error pages that Django does not render by itself."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def rate_limited(request: HttpRequest, exception: Exception) -> HttpResponse:
    """HTTP 429 in Vietnamese for any view guarded by ``@ratelimit`` (RATELIMIT_VIEW)."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response
