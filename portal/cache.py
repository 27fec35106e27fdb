"""Everything that talks to Redis goes through here: the raw client behind Django's cache, and
the circuit breakers that stop a process from waiting on a Redis or a broker that does not answer.

A hung Redis (it accepts connections and never answers) costs each call its whole socket
timeout; a page makes several calls, so every page took seconds and sync web workers were
all waiting. After a failure the breaker of that service "opens": for
``REDIS_BREAKER_SECONDS`` this process does not ask it at all, and the callers do what they
do without it (a page is built from the database, a view goes uncounted, a task is left
to the sweep: portal/jobs.py). Then one call is let through; if it works, the breaker closes. Per process,
in memory: nothing to share, nothing that can itself hang.
"""

import logging
import threading
import time

from django.conf import settings
from django_redis import get_redis_connection
from redis import Redis
from redis.connection import Connection, ConnectionPool
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)


class CircuitBreaker:
    """Refuses calls for ``settings.<pause_setting>`` seconds after a failure (per process, thread-safe)."""

    def __init__(self, name: str, pause_setting: str) -> None:
        self.name = name
        self.pause_setting = pause_setting
        self.opened_until = 0.0  # time.monotonic() before which calls are refused
        self.tripped = False  # a failure seen and no success since (to log the recovery once)
        self.lock = threading.Lock()

    def is_open(self) -> bool:
        return time.monotonic() < self.opened_until

    def trip(self, error: BaseException) -> None:
        """A call failed: refuse the next ones for a while."""
        pause = getattr(settings, self.pause_setting)
        with self.lock:
            first = not self.tripped
            self.tripped = True
            self.opened_until = time.monotonic() + pause
        if first:
            logger.warning("%s unavailable (%s): not asked again for %s s", self.name, type(error).__name__, pause)

    def succeeded(self) -> None:
        if self.tripped:
            with self.lock:
                was, self.tripped = self.tripped, False
            if was:
                logger.warning("%s answers again", self.name)

    def reset(self) -> None:
        """Forget past failures (tests, after they start a service again)."""
        with self.lock:
            self.opened_until, self.tripped = 0.0, False


redis_breaker = CircuitBreaker("Redis (cache)", "REDIS_BREAKER_SECONDS")
broker_breaker = CircuitBreaker("Celery broker", "BROKER_BREAKER_SECONDS")


class RedisPaused(RedisConnectionError):
    """Raised instead of asking Redis while its breaker is open."""


_FAILURES = (RedisConnectionError, RedisTimeoutError)


class BreakerConnection(Connection):
    """A Redis connection that fails at once while ``redis_breaker`` is open, and opens it
    when connecting, sending or reading fails or times out."""

    def _refuse_if_paused(self) -> None:
        if redis_breaker.is_open():
            self.disconnect()
            raise RedisPaused("Redis paused after a failure")

    def connect_check_health(self, *args, **kwargs):
        self._refuse_if_paused()
        try:
            return super().connect_check_health(*args, **kwargs)
        except _FAILURES as error:
            redis_breaker.trip(error)
            raise

    def send_packed_command(self, *args, **kwargs):
        self._refuse_if_paused()
        try:
            return super().send_packed_command(*args, **kwargs)
        except RedisPaused:
            raise
        except _FAILURES as error:
            redis_breaker.trip(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            response = super().read_response(*args, **kwargs)
        except _FAILURES as error:
            redis_breaker.trip(error)
            raise
        redis_breaker.succeeded()
        return response


class BreakerConnectionPool(ConnectionPool):
    """The cache's connection pool (``CONNECTION_POOL_CLASS``): plain TCP connections go
    through ``redis_breaker``; TLS and Unix-socket ones are left as they are."""

    def __init__(self, connection_class=Connection, **kwargs) -> None:
        if connection_class is Connection:
            connection_class = BreakerConnection
        super().__init__(connection_class=connection_class, **kwargs)


class SkipPausedRedis(logging.Filter):
    """Drops django-redis's "Exception ignored" tracebacks for calls the breaker refused:
    the breaker logged the failure once already."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not (isinstance(error, RedisPaused) or isinstance(getattr(error, "__cause__", None), RedisPaused))


def redis_client() -> Redis | None:
    """The Redis client of the default cache, or None in the embedded default (local memory)."""
    if not settings.REDIS_URL:
        return None
    return get_redis_connection("default")
