"""The client's address behind TRUSTED_PROXY_COUNT proxies, and the limits of forms and ratings that count by it."""

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from django.test import Client, RequestFactory
from django.utils import timezone

from news.models import ArticleRating
from portal.clients import client_ip
from portal.models import Question
from tests.factories.news import ArticleFactory

ROOT = Path(__file__).resolve().parents[2]
PROXY = "10.0.0.2"  # the nginx in front of the portal, as gunicorn sees it

QUESTION = {
    "full_name": "Trần Thị Lan",
    "email": "tranthilan@example.vn",
    "unit_name": "Phường Tân Lợi",
    "body": "Kỳ thi tuyển sinh vào lớp 10 năm nay thi mấy môn ạ?",
    "consent": "on",
    "website": "",
}


def request(remote_addr: str = PROXY, forwarded: str | None = None):
    headers = {} if forwarded is None else {"x-forwarded-for": forwarded}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, headers=headers)


# --- the function -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, PROXY),
        (0, "203.0.113.7", PROXY),  # no proxy trusted: the header is the client's own words
        (1, "203.0.113.7", "203.0.113.7"),
        (1, "198.51.100.1, 203.0.113.7", "203.0.113.7"),  # a spoofed left-most entry is ignored
        (1, "198.51.100.1,203.0.113.7", "203.0.113.7"),
        (2, "198.51.100.1, 203.0.113.7, 192.0.2.10", "203.0.113.7"),  # a CDN, then nginx
        (1, "2001:DB8:0:0::1", "2001:db8::1"),
        (1, " 203.0.113.7 ", "203.0.113.7"),
    ],
)
def test_the_client_is_the_nth_address_from_the_right(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_ip(request(forwarded=forwarded)) == expected


@pytest.mark.parametrize(
    ("proxies", "forwarded"),
    [
        (1, None),  # missing
        (1, ""),
        (2, "203.0.113.7"),  # shorter than the two proxies
        (1, "unknown"),
        (1, "198.51.100.1, 203.0.113.7:443"),
        (1, "198.51.100.1, [2001:db8::1]"),
        (1, "198.51.100.1, <script>"),
        (1, "198.51.100.1, 203.0.113.7, "),
        (2, "198.51.100.1, , 203.0.113.7"),
    ],
)
def test_a_missing_short_or_malformed_header_falls_back_to_the_peer(settings, proxies, forwarded):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_ip(request(forwarded=forwarded)) == PROXY


def test_an_empty_peer_address_is_one_unknown_address(settings):
    # gunicorn on a Unix socket leaves REMOTE_ADDR empty; the limits must still answer.
    settings.TRUSTED_PROXY_COUNT = 1
    unknown = "0.0.0.0"  # noqa: S104 - an address compared, nothing binds to it
    assert client_ip(request(remote_addr="", forwarded="bad")) == unknown
    assert client_ip(request(remote_addr="")) == unknown


# --- the setting --------------------------------------------------------------------------------


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    clean_env = {
        "PATH": os.environ["PATH"],
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "VAR_DIR": str(ROOT / "var" / "test" / "subprocess"),
        **env,
    }
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, *args], cwd=ROOT, env=clean_env, capture_output=True, text=True, timeout=60
    )


def test_the_count_of_trusted_proxies_comes_from_the_environment_and_every_limit_uses_it():
    code = (
        "from django.conf import settings as s; "
        "print(s.TRUSTED_PROXY_COUNT, s.RATELIMIT_IP_META_KEY, s.AXES_CLIENT_IP_CALLABLE)"
    )
    assert run(["-c", code]).stdout.split() == ["0", "portal.clients.client_ip", "portal.clients.client_ip"]
    assert run(["-c", code], TRUSTED_PROXY_COUNT="2").stdout.split()[0] == "2"


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("một", "error: TRUSTED_PROXY_COUNT='một' is not a whole number."),
        ("-1", "error: TRUSTED_PROXY_COUNT=-1 must be 0 or more."),
    ],
)
def test_a_wrong_count_of_proxies_stops_start_up_naming_the_variable(value, error):
    result = run(["manage.py", "check"], TRUSTED_PROXY_COUNT=value)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [error]


# --- the limits behind a proxy --------------------------------------------------------------------


def behind_the_proxy(visitor: str) -> dict:
    return {"REMOTE_ADDR": PROXY, "headers": {"x-forwarded-for": visitor}}


@pytest.mark.django_db
def test_behind_one_proxy_each_visitor_of_the_questions_form_has_their_own_limit(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    with time_machine.travel(timezone.now(), tick=False):  # one rate-limit window
        first = [client.post("/hoi-dap/dat-cau-hoi/", QUESTION, **behind_the_proxy("203.0.113.7")) for _ in range(6)]
        assert [response.status_code for response in first] == [302] * 5 + [429]
        # Another visitor of the province, through the same nginx, is not refused with the first.
        other = client.post("/hoi-dap/dat-cau-hoi/", QUESTION, **behind_the_proxy("203.0.113.8"))
        assert other.status_code == 302
        # Writing a new left-most address into the header does not make a new visitor.
        spoofed = [
            client.post("/hoi-dap/dat-cau-hoi/", QUESTION, **behind_the_proxy(f"198.51.100.{n}, 203.0.113.7"))
            for n in range(3)
        ]
        assert [response.status_code for response in spoofed] == [429] * 3
    assert Question.objects.count() == 6


@pytest.mark.django_db
@pytest.mark.parametrize("forwarded", [None, "", "unknown", "203.0.113.7, 198.51.100.1, 192.0.2.1"])
def test_behind_a_proxy_an_odd_header_never_answers_500(client, settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    headers = {} if forwarded is None else {"x-forwarded-for": forwarded}
    response = client.post("/hoi-dap/dat-cau-hoi/", QUESTION, REMOTE_ADDR=PROXY, headers=headers)
    assert response.status_code == 302


@pytest.mark.django_db
def test_behind_one_proxy_each_visitor_has_their_own_limit_of_votes(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    articles = [ArticleFactory(published=True) for _ in range(11)]
    moment = max(article.publish_at for article in articles) + datetime.timedelta(seconds=5)

    def vote(article, visitor: str) -> int:
        browser = Client()  # a new browser each time: a new voter cookie
        return browser.post(f"/tin-tuc/{article.pk}/danh-gia/", {"stars": 5}, **behind_the_proxy(visitor)).status_code

    with time_machine.travel(moment, tick=False):
        assert [vote(article, "203.0.113.7") for article in articles] == [200] * 10 + [429]
        assert vote(articles[-1], "203.0.113.8") == 200
    assert ArticleRating.objects.count() == 11
