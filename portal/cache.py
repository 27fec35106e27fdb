"""The raw Redis client behind Django's cache, for what the cache API cannot say."""

from django.conf import settings
from django_redis import get_redis_connection
from redis import Redis


def redis_client() -> Redis | None:
    """The Redis client of the default cache, or None in the embedded default (local memory)."""
    if not settings.REDIS_URL:
        return None
    return get_redis_connection("default")
