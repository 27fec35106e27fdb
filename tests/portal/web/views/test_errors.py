"""The lockout after wrong passwords at both sign-in pages: per account and address, for 15 minutes, logged, liftable."""

import datetime
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from axes.models import AccessAttempt, AccessFailureLog
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from portal import roles
from tests.conftest import child_clock_prelude
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[4]
PASSWORD = "MatKhauThu@2026"
HOME = "203.0.113.7"
ELSEWHERE = "203.0.113.99"
SIGN_IN_PAGES = ["/dang-nhap/", "/admin/login/"]
LOCKED_PAGE = (
    "<p>Tài khoản này đã nhập sai mật khẩu 5 lần từ địa chỉ mạng của bạn, nên tạm thời không đăng nhập được "
    "từ địa chỉ này.</p>"
)
LOCKED_ADVICE = "<p>Vui lòng thử lại sau 15 phút, hoặc nhờ quản trị cổng thông tin mở khóa.</p>"


@pytest.fixture
def editor():
    return UserFactory(username="bientapvien", role=roles.EDITOR)


def sign_in(client: Client, page: str, password: str, *, address: str = HOME, username: str = "bientapvien"):
    return client.post(page, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_five_wrong_passwords_lock_the_account_at_that_address_for_fifteen_minutes(client, editor, page):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        wrong = [sign_in(client, page, f"doan-sai-{n}") for n in range(5)]
        assert [response.status_code for response in wrong] == [200] * 4 + [429]
        locked = sign_in(client, page, PASSWORD)
        assert locked.status_code == 429
        assert locked["Retry-After"] == "900"
        html = locked.content.decode()
        assert "<h1>Tạm khóa đăng nhập</h1>" in html
        assert LOCKED_PAGE in html
        assert LOCKED_ADVICE in html
        assert not signed_in(client)

        # Trying during the lock does not stretch it: it ends 15 minutes after the fifth failure.
        traveller.shift(datetime.timedelta(minutes=14, seconds=59))
        assert sign_in(client, page, PASSWORD).status_code == 429
        traveller.shift(datetime.timedelta(seconds=2))
        assert sign_in(client, page, PASSWORD).status_code == 302
        assert signed_in(client)


@pytest.mark.parametrize("page", SIGN_IN_PAGES)
def test_the_right_password_from_another_address_still_signs_in(client, editor, page):
    for n in range(5):
        sign_in(client, page, f"doan-sai-{n}")
    assert sign_in(client, page, PASSWORD).status_code == 429
    assert sign_in(Client(), page, PASSWORD, address=ELSEWHERE).status_code == 302


def test_other_accounts_at_the_same_address_still_sign_in(client, editor):
    UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    for n in range(5):
        sign_in(client, "/dang-nhap/", f"doan-sai-{n}")
    assert sign_in(Client(), "/dang-nhap/", PASSWORD, username="congtacvien").status_code == 302


def test_failures_at_both_sign_in_pages_count_together(client, editor):
    statuses = [sign_in(client, page, "doan-sai").status_code for page in SIGN_IN_PAGES * 2]
    assert statuses == [200] * 4
    assert sign_in(client, "/dang-nhap/", "doan-sai").status_code == 429
    assert sign_in(client, "/admin/login/", PASSWORD).status_code == 429


def test_fewer_than_five_failures_then_the_right_password_start_the_count_again(client, editor):
    for n in range(4):
        sign_in(client, "/dang-nhap/", f"doan-sai-{n}")
    assert sign_in(client, "/dang-nhap/", PASSWORD).status_code == 302
    client.logout()
    statuses = [sign_in(client, "/dang-nhap/", f"doan-sai-{n}").status_code for n in range(5)]
    assert statuses == [200] * 4 + [429]


def test_every_lock_is_logged_with_the_account_and_the_address(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="axes"):
        for n in range(5):
            sign_in(client, "/dang-nhap/", f"doan-sai-{n}")
    locks = [record.getMessage() for record in caplog.records if "Locking out" in record.getMessage()]
    assert locks == [
        'AXES: Locking out {username: "bientapvien", ip_address: "203.0.113.7", path_info: "/dang-nhap/"} '
        "after repeated login failures."
    ]
    assert list(AccessFailureLog.objects.order_by("pk").values_list("username", "ip_address", "locked_out")) == [
        ("bientapvien", HOME, False),
        ("bientapvien", HOME, False),
        ("bientapvien", HOME, False),
        ("bientapvien", HOME, False),
        ("bientapvien", HOME, True),
    ]


def test_an_administrator_lifts_a_lock_in_the_admin(client, editor):
    for n in range(5):
        sign_in(client, "/dang-nhap/", f"doan-sai-{n}")
    attempt = AccessAttempt.objects.get()
    assert (attempt.username, attempt.ip_address, attempt.failures_since_start) == ("bientapvien", HOME, 5)
    staff = Client()
    staff.force_login(UserFactory(role=roles.ADMINISTRATOR))
    listing = staff.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200
    assert list(listing.context["cl"].result_list) == [attempt]
    html = listing.content.decode()
    for label in ("Khóa đăng nhập", "Đăng nhập sai và khóa", "Tên đăng nhập", "Địa chỉ IP", "Số lần sai"):
        assert label in html, label
    response = staff.post(f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert sign_in(client, "/dang-nhap/", PASSWORD).status_code == 302


@pytest.mark.parametrize("role", [roles.COLLABORATOR, roles.EDITOR])
def test_only_administrators_see_the_locks(client, role):
    client.force_login(UserFactory(role=role))
    assert client.get("/admin/axes/accessattempt/").status_code == 403


def test_a_command_lifts_the_locks_of_an_account(client, editor):
    for n in range(5):
        sign_in(client, "/dang-nhap/", f"doan-sai-{n}")
    call_command("axes_reset_username", "bientapvien", verbosity=0)
    assert sign_in(client, "/dang-nhap/", PASSWORD).status_code == 302


def test_behind_the_proxy_the_lock_is_the_visitors_not_the_proxys(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def through_proxy(password: str, forwarded: str):
        return Client().post(
            "/dang-nhap/",
            {"username": "bientapvien", "password": password},
            REMOTE_ADDR="10.0.0.2",
            headers={"x-forwarded-for": forwarded},
        )

    statuses = [through_proxy(f"doan-sai-{n}", HOME).status_code for n in range(5)]
    assert statuses == [200] * 4 + [429]
    assert AccessAttempt.objects.get().ip_address == HOME
    # A new left-most address written by the visitor is ignored; another visitor is not locked.
    assert through_proxy(PASSWORD, f"198.51.100.1, {HOME}").status_code == 429
    assert through_proxy(PASSWORD, ELSEWHERE).status_code == 302


@pytest.mark.django_db(transaction=True)
def test_the_lock_holds_in_another_web_process(client, editor):
    for n in range(5):
        sign_in(client, "/dang-nhap/", f"doan-sai-{n}")
    db = connection.settings_dict
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    script = child_clock_prelude() + (
        "import django; django.setup(); "
        "from django.conf import settings; "
        # The test's users have fast MD5 hashes (tests/conftest.py); let this process check them.
        "settings.PASSWORD_HASHERS = ['django.contrib.auth.hashers.MD5PasswordHasher']; "
        "from django.test import Client; "
        f"data = {{'username': 'bientapvien', 'password': {PASSWORD!r}}}; "
        f"print(Client().post('/dang-nhap/', data, REMOTE_ADDR={HOME!r}).status_code, "
        f"Client().post('/dang-nhap/', data, REMOTE_ADDR={ELSEWHERE!r}).status_code)"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.stdout.split() == ["429", "302"], result.stderr
