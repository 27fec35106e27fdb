"""deploy/nginx/portal.conf in Debian's nginx, in front of a gunicorn of the portal: what the site promises, checked
through it (tests/deploy/conftest.py starts and stops both)."""

import io
import secrets
import time
from urllib.parse import urlencode

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.test import Client
from PIL import Image

from portal import pagecache, roles
from tests.conftest import wait_until
from tests.deploy.conftest import HOST
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory
from tests.factories.trainings import MaterialFactory

# The stack's gunicorn reads only committed rows: tests that make some are transactional.
committed = pytest.mark.django_db(transaction=True)

MB = 1024 * 1024


@pytest.fixture
def roots(settings, stack):
    """Files the test makes land where the stack's gunicorn and nginx look for them."""
    settings.MEDIA_ROOT = stack.media
    settings.PRIVATE_MEDIA_ROOT = stack.private
    return stack


def session_cookie(user) -> str:
    """The Cookie header of a browser signed in as ``user`` (a session row the stack's gunicorn reads)."""
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


def csrf(path: str) -> tuple[str, dict]:
    """A CSRF secret, and the headers an HTTPS form post of the portal's own page at ``path`` carries."""
    secret = secrets.token_hex(16)  # 32 characters: Django's unmasked secret
    return secret, {"Cookie": f"csrftoken={secret}", "Referer": f"https://{HOST}{path}"}


def jpeg_of_size(size: int) -> bytes:
    """A valid JPEG of exactly ``size`` bytes: a small picture padded with comment segments."""
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buffer, "JPEG")
    picture = buffer.getvalue()
    padding = size - len(picture)
    count = -(-padding // 65537)  # a segment is 2 marker bytes, 2 length bytes and up to 65533 more
    totals = [padding // count + (1 if n < padding % count else 0) for n in range(count)]
    segments = [b"\xff\xfe" + (total - 2).to_bytes(2, "big") + b"\0" * (total - 4) for total in totals]
    data = picture[:2] + b"".join(segments) + picture[2:]
    assert len(data) == size
    return data


def multipart(field: str, filename: str, data: bytes, fields: dict) -> tuple[bytes, str]:
    boundary = secrets.token_hex(12)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
        f"Content-Type: image/jpeg\r\n\r\n".encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def test_plain_http_is_sent_to_https_but_the_acme_challenge_is_answered(stack):
    answer = stack.get("/tin-tuc/?trang=2", tls=False)
    assert answer.status == 301
    assert answer.header("Location") == f"https://{HOST}/tin-tuc/?trang=2"

    challenge = stack.log_dir / "acme" / ".well-known" / "acme-challenge"
    challenge.mkdir(parents=True)
    (challenge / "token-123").write_text("token-123.thumbprint")
    answer = stack.get("/.well-known/acme-challenge/token-123", tls=False)
    assert (answer.status, answer.body) == (200, b"token-123.thumbprint")


@committed
def test_a_private_file_goes_only_to_who_may_have_it_and_never_by_its_folder(roots):
    material = MaterialFactory(is_public=False)
    url = material.get_download_url()
    stored = material.file.name  # trainings/materials/<32 hex>/tai-lieu-hoi-nghi.pdf

    assert roots.get(url).status == 404
    assert roots.get(url, headers={"Cookie": session_cookie(UserFactory(role=roles.COLLABORATOR))}).status == 404

    answer = roots.get(url, headers={"Cookie": session_cookie(UserFactory(role=roles.EDITOR))})
    assert answer.status == 200
    assert answer.body == b"%PDF-1.4\n% tai lieu\n"
    assert answer.header("Content-Type") == "application/pdf"
    assert answer.header("Content-Disposition") == 'attachment; filename="tai-lieu-hoi-nghi.pdf"'
    assert answer.header("Cache-Control") == "private, no-store"
    assert answer.header("X-Content-Type-Options") == "nosniff"
    assert answer.header("X-Accel-Redirect") is None  # nginx consumed it and sent the file itself

    # The folder itself is nowhere public: not at the internal location, not under /media/.
    for path in (f"/_private/{stored}", f"/media/{stored}", f"/media/../private/{stored}", "/_private/"):
        assert roots.get(path).status == 404, path


@committed
def test_the_limits_count_the_address_nginx_saw_not_one_the_client_wrote(stack):
    UserFactory(username="bientapvien", role=roles.EDITOR)
    statuses = []
    for n in range(6):
        secret, headers = csrf("/dang-nhap/")
        body = urlencode({"username": "bientapvien", "password": f"doan-sai-{n}", "csrfmiddlewaretoken": secret})
        answer = stack.request(
            "POST",
            "/dang-nhap/",
            body=body.encode(),
            headers={
                **headers,
                "Content-Type": "application/x-www-form-urlencoded",
                # A different address each time: were it believed, no lock would ever come.
                "X-Forwarded-For": f"203.0.113.{n + 1}",
            },
        )
        statuses.append(answer.status)
    assert statuses == [200] * 4 + [429, 429]
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"
    assert set(AccessFailureLog.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}


@committed
def test_an_18_mb_image_passes_and_a_30_mb_one_gets_the_portals_own_message(roots):
    cookie = session_cookie(UserFactory(role=roles.EDITOR))
    for size, status in ((18 * MB, 200), (30 * MB, 400)):
        secret, headers = csrf("/admin/")
        body, content_type = multipart("upload", "anh-khai-giang.jpg", jpeg_of_size(size), {})
        answer = roots.request(
            "POST",
            "/admin/editor/upload/?responseType=json",
            body=body,
            headers={
                **headers,
                "Cookie": f"{cookie}; {headers['Cookie']}",
                "X-CSRFToken": secret,
                "Content-Type": content_type,
            },
        )
        assert answer.status == status, answer.body[:300]
        assert answer.header("Content-Type") == "application/json"
        if status == 200:
            assert b'"uploaded": 1' in answer.body
        else:
            assert answer.body.decode() == (
                '{"uploaded": 0, "error": {"message": '
                '"\\u1ea2nh l\\u1edbn h\\u01a1n 20 MB; h\\u00e3y gi\\u1ea3m dung l\\u01b0\\u1ee3ng \\u1ea3nh '
                'tr\\u01b0\\u1edbc khi t\\u1ea3i l\\u00ean."}}'
            )


def test_static_files_by_hashed_name_are_kept_a_year_and_text_is_compressed(stack):
    home = stack.get("/")
    assert home.status == 200
    stylesheet = home.body.decode().split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    assert stylesheet.startswith("/static/")
    answer = stack.get(stylesheet, headers={"Accept-Encoding": "gzip"})
    assert answer.status == 200
    assert answer.header("Cache-Control") == "public, max-age=31536000, immutable"
    assert answer.header("Content-Encoding") == "gzip"
    unhashed = stack.get("/static/" + stylesheet.rsplit("/", 1)[1].split(".")[0] + ".css")
    assert stack.get(stylesheet).body == unhashed.body or unhashed.status == 404
    if unhashed.status == 200:
        assert unhashed.header("Cache-Control") == "public, max-age=3600"


@committed
def test_a_public_page_is_served_from_nginxs_cache_and_not_stale_past_the_portals_promise(stack):
    article = ArticleFactory(published=True, title="Khai giảng năm học mới")
    url = article.get_absolute_url()
    first = stack.get(url)
    assert first.status == 200
    assert first.header("Cache-Control") == "public, max-age=3"  # PAGE_CACHE_PROXY_SECONDS of the stack
    assert first.header("X-Cache-Status") == "MISS"
    assert "Khai giảng năm học mới" in first.body.decode()
    assert stack.get(url).header("X-Cache-Status") == "HIT"

    type(article).objects.filter(pk=article.pk).update(title="Lịch khai giảng đã thay đổi")
    pagecache.bump(*pagecache.SHELL)
    changed_at = time.monotonic()

    def fresh():
        answer = stack.get(url)
        if "Lịch khai giảng đã thay đổi" in answer.body.decode():
            return answer
        # Until then only nginx's copy may answer, and only within the max-age it was given.
        assert answer.header("X-Cache-Status") == "HIT"
        assert time.monotonic() - changed_at <= 3 + 1
        time.sleep(0.2)
        return None

    answer = wait_until(fresh, timeout=10)
    assert answer.header("X-Cache-Status") in {"EXPIRED", "MISS"}


@committed
def test_a_signed_in_editors_pages_are_never_cached(stack):
    article = ArticleFactory(published=True)
    cookie = session_cookie(UserFactory(role=roles.EDITOR))
    for _ in range(2):
        answer = stack.get(article.get_absolute_url(), headers={"Cookie": cookie})
        assert answer.status == 200
        assert answer.header("X-Cache-Status") == "BYPASS"
    # What the editor saw was not stored for the next visitor either.
    assert stack.get(article.get_absolute_url()).header("X-Cache-Status") == "MISS"
    admin = stack.get("/admin/", headers={"Cookie": cookie})
    assert admin.status == 200
    assert admin.header("X-Cache-Status") is None
