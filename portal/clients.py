"""The client's address, the one every limit counts by: rate limits of forms and ratings, sign-in lockouts.

Behind ``TRUSTED_PROXY_COUNT`` reverse proxies, each of which appends the address it received
the request from to ``X-Forwarded-For``, the client is the Nth address from the right: the
entries to its left were written by the client itself and prove nothing. Without proxies
(the default, 0) the client is the peer of the connection, ``REMOTE_ADDR``.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

# What stands for an address that no part of the request gives (an empty REMOTE_ADDR over a
# Unix socket): one shared bucket rather than an error page.
UNKNOWN_ADDRESS = "0.0.0.0"  # noqa: S104 - a placeholder value, never bound to


def _address(value: str) -> str | None:
    """``value`` as a canonical IP address, or None when it is not one."""
    try:
        return ipaddress.ip_address(value.strip()).compressed
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The address of the client that sent ``request``; always a valid IP address.

    With ``TRUSTED_PROXY_COUNT`` = N > 0 it is the Nth entry from the right of
    ``X-Forwarded-For``; a missing header, one with fewer than N entries, or an entry there
    that is not an address gives ``REMOTE_ADDR`` instead.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if len(forwarded) >= proxies:
            address = _address(forwarded[-proxies])
            if address is not None:
                return address
    return _address(request.META.get("REMOTE_ADDR") or "") or UNKNOWN_ADDRESS
