"""Turns configuration and connection faults into one line that names the variable to fix."""

import os
from collections.abc import Iterator
from contextlib import contextmanager


class ServiceUnavailable(Exception):
    """A setting is wrong or a service it points at does not answer."""


def _redacted(url: str) -> str:
    from portal.settings import redacted

    return redacted(url)


def database_problem(exc: BaseException) -> str:
    url = os.environ.get("DATABASE_URL", "")
    where = f"DATABASE_URL={_redacted(url)}" if url else "the embedded SQLite database (DATABASE_URL is not set)"
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"cannot use {where}: {first_line}"


def redis_problem(exc: BaseException) -> str:
    url = os.environ.get("REDIS_URL") or os.environ.get("CELERY_BROKER_URL", "")
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"cannot reach REDIS_URL={_redacted(url)}: {first_line}"


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Re-raise the usual start-up faults as ServiceUnavailable with a one-line message."""
    from django.core.exceptions import ImproperlyConfigured
    from django.db.utils import OperationalError
    from kombu.exceptions import OperationalError as BrokerError
    from redis.exceptions import ConnectionError as RedisConnectionError

    try:
        yield
    except ImproperlyConfigured as exc:
        raise ServiceUnavailable(str(exc)) from None
    except OperationalError as exc:
        raise ServiceUnavailable(database_problem(exc)) from None
    except (RedisConnectionError, BrokerError) as exc:
        raise ServiceUnavailable(redis_problem(exc)) from None


def check_services() -> list[str]:
    """Try the database, the cache and the broker once; return one line per fault."""
    from django.conf import settings
    from django.db import connection
    from django.db.utils import OperationalError

    problems = []
    try:
        connection.ensure_connection()
    except OperationalError as exc:
        problems.append(database_problem(exc))
    if settings.REDIS_URL:
        import redis

        try:
            redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=2).ping()
        except redis.exceptions.RedisError as exc:
            problems.append(redis_problem(exc))
    return problems
