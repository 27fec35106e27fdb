"""Tests of portal/richtext.py: rich text is cleaned on save, so XSS payloads never reach the page."""

import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from news.models import Article
from portal import roles
from portal.richtext import EMBED_ALLOW, RichTextField, RichTextFormField, sanitize_html
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


# Each payload, saved as an article body, must leave nothing executable behind.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="x" ONERROR="alert(1)">',
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">bấm</a>',
    '<a href="JaVaScRiPt:alert(1)">bấm</a>',
    '<a href="  javascript:alert(1)">bấm</a>',
    '<a href="java&#x09;script:alert(1)">bấm</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">bấm</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe src="https://evil.example/phish"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<p style="background:url(javascript:alert(1))">văn bản</p>',
    '<div style="width: expression(alert(1))">văn bản</div>',
    "<style>@import 'http://evil.example/x.css';</style>",
    '<link rel="stylesheet" href="http://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><input type="submit"></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    "<![CDATA[<script>alert(1)</script>]]>",
    "<!--<script>alert(1)</script>-->",
    '<p title="</p><script>alert(1)</script>">x</p>',
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img """><script>alert(1)</script>">',
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video>',
    '<base href="javascript:alert(1)//">',
    '<a href="#" onclick="alert(1)" onmouseover="alert(2)">rê chuột</a>',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
]


DANGEROUS = re.compile(
    r"<script|javascript:|\son\w+\s*=|<iframe[^>]*evil|srcdoc|<svg|<style|<object|<embed|<form|<base|<meta|<link|data:text|expression\(",
    re.I,
)


def save_through_admin(client, body: str) -> Article:
    data = {
        "title": "Bài kiểm tra an toàn nội dung",
        "slug": "",
        "lead": "Sapo kiểm tra.",
        "body": body,
        "category": CategoryFactory().pk,
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
    }
    response = client.post("/admin/news/article/add/", data)
    if response.status_code == 200:
        # An image that is not the portal's own is refused by the form, with the text kept;
        # any other path that saves it gets it cleaned by the column.
        errors = response.context["adminform"].form.errors
        assert list(errors) == ["body"] and "Ảnh phải được tải lên cổng" in errors["body"][0], errors
        return ArticleFactory(body=body)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Article.objects.latest("pk")


def test_the_corpus_has_at_least_thirty_payloads():
    assert len(XSS_PAYLOADS) >= 30


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_no_payload_survives_into_the_stored_html_or_the_page(editor_client, payload):
    article = save_through_admin(editor_client, f"<p>Trước</p>{payload}<p>Sau</p>")
    assert not DANGEROUS.search(article.body), article.body
    article.status, article.publish_at = "published", article.created_at
    article.save()
    html = editor_client.get(article.get_absolute_url()).content.decode()
    body = html.split('<div class="article-body">', 1)[1].split("</div>", 1)[0]
    assert not DANGEROUS.search(body), body


def test_vietnamese_text_tables_figures_and_allowed_videos_survive():
    html = (
        "<h2>Kết quả thi đua năm học 2024-2025</h2>"
        "<p>Trường THCS Nguyễn Du đạt danh hiệu <strong>Tập thể lao động tiên tiến</strong>.</p>"
        '<table><thead><tr><th scope="col">Đơn vị</th><th scope="col">Số giải</th></tr></thead>'
        "<tbody><tr><td>Krông Pắc</td><td>12</td></tr></tbody></table>"
        '<figure class="image"><img src="/media/editor/2026/11/le-khai-giang.jpg" alt="Lễ khai giảng">'
        "<figcaption>Lễ khai giảng năm học mới</figcaption></figure>"
        '<iframe src="https://www.youtube.com/embed/abcDEF12345" width="560" height="315" allowfullscreen></iframe>'
        '<p><a href="https://moet.gov.vn/van-ban" target="_blank">Văn bản của Bộ</a></p>'
    )
    cleaned = sanitize_html(html)
    assert "<h2>Kết quả thi đua năm học 2024-2025</h2>" in cleaned
    assert "<strong>Tập thể lao động tiên tiến</strong>" in cleaned
    assert '<th scope="col">Đơn vị</th>' in cleaned
    assert (
        '<figure class="image"><img src="/media/editor/2026/11/le-khai-giang.jpg" alt="Lễ khai giảng" loading="lazy">'
        in cleaned
    )
    assert "<figcaption>Lễ khai giảng năm học mới</figcaption>" in cleaned
    assert 'src="https://www.youtube.com/embed/abcDEF12345"' in cleaned
    assert '<a href="https://moet.gov.vn/van-ban" target="_blank" rel="noopener noreferrer">' in cleaned


def test_the_body_is_cleaned_whatever_path_saves_it():
    article = ArticleFactory(body='<p onclick="alert(1)">Nội dung</p><script>alert(2)</script>')
    article.refresh_from_db()
    assert article.body == "<p>Nội dung</p>"


def test_editor_images_load_lazily():
    assert sanitize_html('<p><img src="/media/editor/a.jpg" alt="Ảnh"></p>') == (
        '<p><img src="/media/editor/a.jpg" alt="Ảnh" loading="lazy"></p>'
    )


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
            "credits-TOTAL_FORMS": "0",
            "credits-INITIAL_FORMS": "0",
            "attachments-TOTAL_FORMS": "0",
            "attachments-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Article.objects.get().body == f"<p>Trước</p>{FRAME_WITHOUT_SOURCE}<p>Sau</p>"


PASTE_FIXTURES = Path(__file__).parent / "fixtures" / "paste"


def tags_only(html: str) -> str:
    """The HTML without the line breaks between tags that the clipboard brought."""
    return re.sub(r">\s+<", "><", html)


def test_what_word_puts_on_the_clipboard_keeps_its_structure_and_loses_its_looks():
    cleaned = sanitize_html((PASTE_FIXTURES / "word.html").read_text())
    assert tags_only(cleaned) == (
        "<h2>Kế hoạch tổ chức Hội khỏe Phù Đổng</h2>"
        "<p>Căn cứ kế hoạch năm học, Sở Giáo dục và Đào tạo <b>tổ chức Hội khỏe Phù Đổng</b> cấp tỉnh lần thứ "
        "<i>XI</i>.</p>"
        "<h2>1. Mục đích</h2>"
        "<ul><li>Phát triển phong trào thể dục thể thao</li><li>Tuyển chọn vận động viên cho Hội khỏe toàn quốc</li></ul>"
        "<ol><li>Điền kinh</li><li>Bơi lội</li></ol>"
        "<table><tbody><tr><td><p><b>Môn thi</b></p></td><td><p><b>Thời gian</b></p></td></tr>"
        "<tr><td><p>Điền kinh</p></td><td><p>Tháng 3</p></td></tr></tbody></table>"
    )


def test_what_a_news_site_puts_on_the_clipboard_keeps_its_text_and_loses_its_images_and_styles():
    cleaned = sanitize_html((PASTE_FIXTURES / "news_site.html").read_text())
    assert tags_only(cleaned) == (
        "<div><h2>Học sinh Gia Lai đạt giải Nhất cuộc thi Khoa học kỹ thuật</h2>"
        "<p>Em Nguyễn Văn An, lớp 11, đạt giải Nhất với dự án máy lọc nước.</p>"
        "<p>Dự án được <strong>đánh giá cao</strong> về <em>tính ứng dụng</em>. "
        '<a href="https://bao.example.vn/chu-de/khoa-hoc" rel="noopener noreferrer">Xem thêm</a></p>'
        "<h3>Các giải khác</h3>"
        "<ul><li>Giải Nhì: Trường THPT Pleiku</li><li>Giải Ba: Trường THPT Chu Văn An</li></ul>"
        '<div><p>Tin liên quan: <a href="https://bao.example.vn/tin-khac.html" rel="noopener noreferrer">Tin khác</a>'
        "</p></div></div>"
    )


@pytest.mark.parametrize(
    "image",
    [
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="Ảnh dán">',
        '<img src="https://i1-cdn.bao.example.vn/2026/anh.jpg" alt="Ảnh báo khác">',
        '<img src="//cdn.example.com/anh.jpg" alt="x>y">',
        '<img src="file:///C:/Users/ABC/clip_image001.png">',
        '<img src="/static/img/logo.svg">',
        '<figure class="image"><img src="http://example.com/a.jpg" alt="A"><figcaption>Chú thích</figcaption></figure>',
    ],
)
def test_an_image_that_is_not_the_portals_own_is_never_stored(image):
    assert sanitize_html(f"<p>Trước</p>{image}<p>Sau</p>") == "<p>Trước</p><p>Sau</p>"


def test_empty_paragraphs_go_even_nested_in_styles():
    html = '<p>Một</p><p>&nbsp;</p><p><br></p><p><span style="color:red"> </span></p><p class="text-center"><b>\u00a0</b></p><p>Hai</p>'
    assert sanitize_html(html) == "<p>Một</p><p>Hai</p>"


def test_the_form_refuses_images_from_elsewhere_saying_which_and_what_to_do():
    field = RichTextFormField()
    with pytest.raises(ValidationError) as refused:
        field.clean((PASTE_FIXTURES / "news_site.html").read_text())
    assert refused.value.messages == [
        "Bài có 1 ảnh dán thẳng vào bài (từ Word hoặc ảnh chụp màn hình) chưa được tải lên máy chủ; "
        "1 ảnh lấy từ trang khác (i1-cdn.bao.example.vn). Ảnh phải được tải lên cổng: hãy lưu ảnh về máy rồi "
        "dùng nút “Ảnh” (hoặc kéo thả ảnh vào khung soạn thảo), và xoá ảnh cũ khỏi bài. Nội dung khác vẫn được giữ."
    ]
    assert field.clean('<p><img src="/media/editor/2026/12/abc/anh.jpg" alt="Ảnh"></p>')


def test_the_editor_filters_what_is_pasted_and_knows_where_the_portals_images_are():
    widget = RichTextField(uploads=True).formfield().widget
    assert widget.config["pasteFilter"].startswith("h2 h3 h4 p br hr blockquote ul ol li strong b em i u s sub sup;")
    assert (widget.config["portalMediaUrl"], widget.config["pasteFromWordRemoveFontStyles"]) == ("/media/", True)
    assert RichTextField().formfield().widget.config["portalMediaUrl"] == ""
