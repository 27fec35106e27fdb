"""Embedded players in rich text: only from the exact hosts allowed, by a strict reading of the URL, with a fixed
``allow`` list; more cases for the XSS corpus of tests/news/test_sanitizer.py, saved the same way."""

import pytest

from news.models import Article
from portal import roles
from portal.richtext import EMBED_ALLOW, sanitize_html
from tests.factories import CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db

# Iframe sources that must not survive: each is written as an editor (or a pasted page) could send it.
EMBED_PAYLOADS = [
    # A backslash: urlsplit reads the host after "@" (www.youtube.com), browsers read evil.example.
    "https://evil.example\\@www.youtube.com/embed/abcDEF12345",
    "https://evil.example&#92;@www.youtube.com/embed/abcDEF12345",
    "https://evil.example%5C@www.youtube.com/embed/abcDEF12345",
    "https:\\\\www.youtube.com\\embed\\abcDEF12345",
    # Userinfo and ports.
    "https://evil.example@www.youtube.com/embed/abcDEF12345",
    "https://user:secret@www.youtube.com/embed/abcDEF12345",
    "https://www.youtube.com@evil.example/embed/abcDEF12345",
    "https://www.youtube.com:8443/embed/abcDEF12345",
    "https://www.youtube.com:/embed/abcDEF12345",
    # Whitespace and control characters, which browsers drop or read differently.
    "https://www.you\ttube.com/embed/abcDEF12345",
    "https://www.youtube.com\n.evil.example/embed/abcDEF12345",
    " https://www.youtube.com/embed/abcDEF12345",
    "https://www.youtube.com/embed/abcDEF12345\u200b",
    "https://www.youtube.com\u00a0/embed/abcDEF12345",
    # Hosts that only look allowed.
    "https://www.youtube.com.evil.example/embed/abcDEF12345",
    "https://www.youtube.com./embed/abcDEF12345",
    "https://WWW.YOUTUBE.COM.evil.example/embed/abcDEF12345",
    "https://www.youtube.com\u3002evil.example/embed/abcDEF12345",
    "https://xn--youtube-com.evil.example/embed/abcDEF12345",
    # Not https.
    "http://www.youtube.com/embed/abcDEF12345",
    "//www.youtube.com/embed/abcDEF12345",
    "HTTPS://www.youtube.com/embed/abcDEF12345",
    "javascript://www.youtube.com/%0Aalert(1)",
]

FRAME_WITHOUT_SOURCE = f'<iframe loading="lazy" allow="{EMBED_ALLOW}"></iframe>'


def test_the_allow_list_is_the_fixed_one():
    assert EMBED_ALLOW == "accelerometer; encrypted-media; picture-in-picture; fullscreen"


@pytest.mark.parametrize("src", EMBED_PAYLOADS)
def test_an_iframe_source_not_exactly_from_an_allowed_host_is_dropped(src):
    assert sanitize_html(f'<iframe src="{src}"></iframe>') == FRAME_WITHOUT_SOURCE


@pytest.mark.parametrize(
    "src",
    [
        "https://www.youtube.com/embed/abcDEF12345?start=30&amp;rel=0",
        "https://www.youtube-nocookie.com/embed/abcDEF12345",
        "https://player.vimeo.com/video/76979871#t=10s",
        "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fsgd%2Fvideos%2F1",
    ],
)
def test_players_from_the_allowed_hosts_stay(src):
    assert sanitize_html(f'<iframe src="{src}" width="560" height="315" allowfullscreen></iframe>') == (
        f'<iframe src="{src}" width="560" height="315" allowfullscreen="" loading="lazy" allow="{EMBED_ALLOW}">'
        "</iframe>"
    )


@pytest.mark.parametrize(
    "allow",
    [
        "camera; microphone; geolocation",
        "payment *; usb; autoplay; clipboard-read",
        "fullscreen",
        "",
    ],
)
def test_the_allow_attribute_is_replaced_whatever_was_sent(allow):
    html = f'<iframe src="https://www.youtube.com/embed/abcDEF12345" allow="{allow}"></iframe>'
    assert sanitize_html(html) == (
        f'<iframe src="https://www.youtube.com/embed/abcDEF12345" loading="lazy" allow="{EMBED_ALLOW}"></iframe>'
    )


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    return client


@pytest.mark.parametrize("src", EMBED_PAYLOADS)
def test_saved_through_the_admin_no_payload_keeps_its_source_or_its_allow_list(editor_client, src):
    body = f'<p>Trước</p><iframe src="{src}" allow="camera; microphone"></iframe><p>Sau</p>'
    response = editor_client.post(
        "/admin/news/article/add/",
        {
            "title": "Bài kiểm tra nhúng video",
            "slug": "",
            "lead": "Sapo kiểm tra.",
            "body": body,
            "category": CategoryFactory().pk,
            "images-TOTAL_FORMS": "0",
            "images-INITIAL_FORMS": "0",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get().body == f"<p>Trước</p>{FRAME_WITHOUT_SOURCE}<p>Sau</p>"
