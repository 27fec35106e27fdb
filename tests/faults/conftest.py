"""A Redis of the fault tests' own, on a spare port, that they refuse, hang and bring back.

The shared Redis of the suite is never touched: each test that needs a fault starts its own
``redis-server`` (no persistence), stops it to make it refuse, sends it SIGSTOP to make it
hang (the kernel still accepts connections, nothing answers), and always leaves it running
again or gone when the test ends.
"""

import os
import shutil
import signal
import socket
import subprocess
from collections.abc import Iterator

import pytest

from portal.cache import redis_breaker
from tests.conftest import wait_until

# The suite's own Redis is Debian's redis-server (scripts/services.sh); the fault tests run another.
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FaultyRedis:
    """A ``redis-server`` subprocess on a free port: ``refuse()``, ``hang()``, ``recover()``."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.hung = False

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                return conn.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - Debian's redis-server, our arguments
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_until(self._answers, timeout=10)

    def hang(self) -> None:
        """Accepts connections (the kernel does), never answers: what a stuck Redis looks like."""
        os.kill(self.process.pid, signal.SIGSTOP)
        self.hung = True

    def refuse(self) -> None:
        """Stopped: connections are refused at once."""
        self.recover_from_hang()
        self.process.terminate()
        self.process.wait(timeout=10)
        self.process = None

    def recover_from_hang(self) -> None:
        if self.hung and self.process is not None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.hung = False

    def recover(self) -> None:
        """Back in service: resumed if hung, started again (empty) if stopped."""
        if self.process is None:
            self.start()
        else:
            self.recover_from_hang()
            wait_until(self._answers, timeout=10)

    def close(self) -> None:
        if self.process is not None:
            self.recover_from_hang()
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
            self.process = None


@pytest.fixture
def faulty_redis() -> Iterator[FaultyRedis]:
    redis = FaultyRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.close()


@pytest.fixture
def redis_waits(settings, monkeypatch) -> list[str]:
    """Each call that waited on the faulty Redis until it failed, as the kind of its failure.

    Such a call costs at most the client's short socket timeout; while the breaker is open
    (portal/cache.py) every other call is refused without asking. The pause is made longer
    than any test, so the count says how long the pages spent on Redis, on any machine and
    under any load, without timing them.
    """
    settings.REDIS_BREAKER_SECONDS = 3600
    waits: list[str] = []
    failures: list[BaseException] = []
    trip = redis_breaker.trip

    def counting_trip(error: BaseException) -> None:
        # A failure while connecting reaches the breaker twice (the read, then the connect).
        if not any(error is seen for seen in failures):
            failures.append(error)
            waits.append(type(error).__name__)
        trip(error)

    monkeypatch.setattr(redis_breaker, "trip", counting_trip)
    return waits
