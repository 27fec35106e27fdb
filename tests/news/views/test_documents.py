"""Tests of news/views/documents.py: the registry at /van-ban/ with its facets and search, a document's page and
files, comments on drafts."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from django.core.files.base import ContentFile

from news.enums import CommentStatus, DocumentStatus
from news.models import Document, DocumentComment
from news.services.documents import (
    DocumentError,
    document_comment_publish,
    document_comment_reject,
    document_comment_submit,
    document_save,
)
from portal import roles
from tests.factories.news import DocumentCommentFactory, DocumentFactory, DocumentFieldFactory, DocumentFileFactory
from tests.factories.portal import UserFactory
from tests.news.conftest import NOW, SCRIPT

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


PDF = b"%PDF-1.4\n% cong van\n"


def letter_file(**document):
    document = DocumentFactory(number="1234/SGDĐT-VP", **document)
    return DocumentFileFactory(document=document, file=ContentFile(PDF, name="Công văn 1234.pdf"))


GOOD_POST = {
    "full_name": "Trần Thị Lan",
    "email": "lan@example.vn",
    "unit_name": "Trường THCS Nguyễn Du",
    "body": "Đề nghị giữ môn Ngoại ngữ là bài thi bắt buộc.",
    "website": "",
}


def comment_url(document) -> str:
    return f"{document.get_absolute_url()}gop-y/"


def listed(client, **params) -> list[str]:
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    return [d.number for d in response.context["page"].object_list]


# --- the registry: list, filters, search ----------------------------------------------------------


def test_the_registry_lists_public_documents_newest_first(client, registry):
    assert listed(client) == ["1234/SGDĐT-VP", "45/KH-SGDĐT", "45/QĐ-SGDĐT", "1890/QĐ-UBND"]
    html = client.get("/van-ban/").content.decode()
    assert "Kế hoạch nội bộ chưa công khai" not in html
    assert '<th scope="col">Số, ký hiệu</th>' in html
    assert '<td data-label="Hiệu lực"><span class="doc-status doc-status-expired">Hết hiệu lực</span></td>' in html
    assert '<a href="/van-ban/">Văn bản</a>' in client.get("/").content.decode()  # the main menu


@pytest.mark.parametrize(
    ("params", "numbers"),
    [
        ({"loai": "decision"}, ["45/QĐ-SGDĐT", "1890/QĐ-UBND"]),
        ({"co-quan": "ubnd-tinh"}, ["1890/QĐ-UBND"]),
        ({"linh-vuc": "thong-tin-truyen-thong"}, ["1234/SGDĐT-VP", "45/QĐ-SGDĐT"]),
        ({"nam": "2025"}, ["1890/QĐ-UBND"]),
        ({"hieu-luc": "expired"}, ["1890/QĐ-UBND"]),
        ({"hieu-luc": "in_force", "loai": "decision"}, ["45/QĐ-SGDĐT"]),
        (
            {"loai": "nonsense", "nam": "abc", "hieu-luc": "<b>"},
            ["1234/SGDĐT-VP", "45/KH-SGDĐT", "45/QĐ-SGDĐT", "1890/QĐ-UBND"],
        ),
        ({"co-quan": "khong-co"}, []),
    ],
)
def test_filters(client, registry, params, numbers):
    assert listed(client, **params) == numbers


def test_each_filter_counts_what_it_would_give_with_the_other_filters_applied(client, registry):
    facets = client.get("/van-ban/", {"loai": "decision"}).context["facets"]
    assert [(o.label, o.count, o.selected) for o in facets.doc_types] == [
        ("Quyết định", 2, True),
        ("Công văn", 1, False),
        ("Kế hoạch", 1, False),
    ]
    assert [(o.value, o.label, o.count) for o in facets.issuers] == [
        ("ubnd-tinh", "Ủy ban nhân dân tỉnh Đắk Lắk", 1),
        ("so-gd-dt", "Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", 1),
    ]
    assert [(o.label, o.count) for o in facets.years] == [("2026", 1), ("2025", 1)]
    assert [(o.label, o.count) for o in facets.statuses] == [("Còn hiệu lực", 1), ("Hết hiệu lực", 1)]
    html = client.get("/van-ban/", {"loai": "decision"}).content.decode()
    assert '<label for="doc-loai">Loại văn bản</label>' in html
    assert '<option value="decision" selected>Quyết định (2)</option>' in html


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("1234/SGDĐT-VP", "1234/SGDĐT-VP"),
        ("1234/sgddt-vp", "1234/SGDĐT-VP"),
        ("1234", "1234/SGDĐT-VP"),
        ("45/KH", "45/KH-SGDĐT"),
        ("tuyen sinh lop 10", "45/KH-SGDĐT"),
        ("TUYỂN SINH", "45/KH-SGDĐT"),
    ],
)
def test_search_by_number_or_summary_ignores_case_and_diacritics(client, registry, query, first):
    assert listed(client, q=query)[0] == first


def test_a_document_is_found_by_a_phrase_of_its_pdf_typed_without_diacritics(client, registry):
    assert listed(client, q="tra loi bao chi trong thoi han hai ngay lam viec") == ["45/QĐ-SGDĐT"]
    html = client.get("/van-ban/", {"q": "quy che phat ngon"}).content.decode()
    assert "<mark>Quy</mark> <mark>chế</mark> <mark>phát</mark> <mark>ngôn</mark>" in html


def test_search_and_filters_combine(client, registry):
    assert listed(client, q="nam hoc", loai="plan") == ["45/KH-SGDĐT"]
    assert listed(client, q="nam hoc", nam="2025") == ["1890/QĐ-UBND"]


def test_the_exact_number_comes_before_documents_that_only_mention_it(client, registry):
    DocumentFactory(number="77/CV-SGDĐT", summary="Triển khai Công văn số 1234/SGDĐT-VP ở các trường")
    assert listed(client, q="1234/SGDĐT-VP") == ["1234/SGDĐT-VP", "77/CV-SGDĐT"]


def test_a_page_of_typed_words_is_kept_a_minute_and_the_plain_list_until_a_change(client, settings):
    settings.PAGE_CACHE_SECONDS = 86400
    DocumentFactory(number="15/KH-SGDĐT", summary="Kế hoạch tuyển sinh năm học mới")
    client.get("/van-ban/")
    client.get("/van-ban/", {"q": "tuyen sinh"})
    with time_machine.travel(datetime.timedelta(minutes=2)):
        plain, typed = client.get("/van-ban/"), client.get("/van-ban/", {"q": "tuyen sinh"})
    # Each distinct text is an entry: a crawler must not fill Redis with a day of them.
    assert (plain["X-Page-Cache"], typed["X-Page-Cache"]) == ("hit", "built")
    assert [d.number for d in typed.context["page"].object_list] == ["15/KH-SGDĐT"]


@pytest.mark.parametrize(
    "query", ["'; DROP TABLE news_document; --", "<script>alert(1)</script>", "a & b | !c", "x" * 500, "%_\\"]
)
def test_bad_queries_get_a_normal_page(client, registry, query):
    response = client.get("/van-ban/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_the_list_runs_a_fixed_number_of_queries(client, site_profile, django_assert_num_queries, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/van-ban/")  # the shell's blocks are cached from here on
    for round_size in (3, 30):
        for n in range(round_size):
            DocumentFileFactory(document=DocumentFactory(field=DocumentFieldFactory(name=f"Lĩnh vực {n % 4}")))
        # 5 facets (type, status, issuer, field, year), count, page, the files of the page
        with django_assert_num_queries(8):
            client.get("/van-ban/", {"q": "truyen thong", "loai": "official_letter"})


def test_pages_beyond_the_last_are_404(client, registry):
    assert client.get("/van-ban/", {"trang": "9"}).status_code == 404


# --- a document's page ----------------------------------------------------------------------------


def test_a_document_page_shows_its_facts_links_and_files(client, registry):
    old = DocumentFactory(
        number="112/QĐ-SGDĐT", doc_type="decision", issued_on=datetime.date(2019, 3, 20), summary="Quy chế cũ"
    )
    regulation = registry["regulation"]
    old.replaced_by = regulation
    document_save(document=old)
    assert old.status == DocumentStatus.REPLACED
    regulation.related_documents.add(registry["letter"])
    url = regulation.get_absolute_url()
    assert url == f"/van-ban/quyet-dinh-45-qd-sgddt-{regulation.pk}/"
    html = client.get(url).content.decode()
    assert "<h1>Quyết định số 45/QĐ-SGDĐT</h1>" in html
    assert '<tr><th scope="row">Ngày ban hành</th><td><time datetime="2026-01-15">15/01/2026</time></td></tr>' in html
    assert f'<a href="{old.get_absolute_url()}">Quyết định số 112/QĐ-SGDĐT ngày 20/03/2019</a>' in html
    assert "Văn bản liên quan" in html
    file = regulation.files.get()
    assert (
        f'<a href="/van-ban/tep/{file.pk}/" class="doc-file doc-file-pdf">Xem Toàn văn</a> '
        f'<a href="/van-ban/tep/{file.pk}/?tai-ve=1" download class="doc-file-download">'
        'Tải về<span class="visually-hidden"> Toàn văn</span></a>' in html
    )
    old_html = client.get(old.get_absolute_url()).content.decode()
    assert '<span class="doc-status doc-status-replaced">Bị thay thế</span>' in old_html
    assert (
        f'<tr><th scope="row">Bị thay thế bởi</th><td><a href="{url}">Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026</a></td></tr>'
        in old_html
    )


def test_a_document_page_runs_a_fixed_number_of_queries(
    client, registry, site_profile, django_assert_num_queries, settings
):
    settings.PAGE_CACHE_SECONDS = 0
    url = registry["regulation"].get_absolute_url()
    client.get(url)
    # the document with issuer, field and replacement; files, documents it replaces, related, comments
    with django_assert_num_queries(5):
        client.get(url)


def test_old_slugs_redirect_and_hidden_documents_are_404_except_to_staff(client, registry):
    document = registry["plan"]
    assert client.get(f"/van-ban/ten-cu-{document.pk}/").status_code == 301
    hidden = Document.objects.get(number="9/KH-SGDĐT")
    assert client.get(hidden.get_absolute_url()).status_code == 404
    client.force_login(UserFactory(role=roles.EDITOR))
    preview = client.get(hidden.get_absolute_url())
    assert preview.status_code == 200
    assert "Bản xem trước cho cán bộ" in preview.content.decode()
    assert "no-cache" in preview["Cache-Control"]


# --- a document's files ---------------------------------------------------------------------------


def test_a_file_of_a_public_document_is_for_anyone(client, private_root, tmp_path):
    document_file = letter_file()
    assert re.fullmatch(r"van-ban/\d{4}/[0-9a-f]{32}/cong-van-1234-sgddt-vp\.pdf", document_file.file.name)
    assert (private_root / document_file.file.name).read_bytes() == PDF
    assert not (tmp_path / "media").exists()

    response = client.get(f"/van-ban/tep/{document_file.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    # A PDF opens in the browser, named in Vietnamese (RFC 5987) after an ASCII name for old clients.
    assert response["Content-Disposition"] == (
        'inline; filename="cong-van-1234-sgddt-vp.pdf"; '
        "filename*=utf-8''C%C3%B4ng%20v%C4%83n%201234-SGD%C4%90T-VP.pdf"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=300"
    download = client.get(f"/van-ban/tep/{document_file.pk}/?tai-ve=1")
    assert download["Content-Disposition"].startswith('attachment; filename="cong-van-1234-sgddt-vp.pdf"; ')


def test_a_file_of_a_document_not_public_is_404_but_for_staff_who_view_documents(client):
    document_file = letter_file(is_public=False)
    url = document_file.get_download_url()
    assert client.get(url).status_code == 404
    for role in (roles.COLLABORATOR, roles.LEADER):
        client.force_login(UserFactory(role=role))
        assert client.get(url).status_code == 404
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_preview_of_a_document_not_public_links_its_file_through_the_view(client):
    document_file = letter_file(is_public=False)
    client.force_login(UserFactory(role=roles.EDITOR))
    html = client.get(document_file.document.get_absolute_url()).content.decode()
    assert f'<a href="/van-ban/tep/{document_file.pk}/" class="doc-file doc-file-pdf">' in html
    assert "/media/" not in html


def test_a_file_that_is_gone_is_404(client):
    assert client.get("/van-ban/tep/999999/").status_code == 404


# --- comments on a draft --------------------------------------------------------------------------


def test_the_draft_page_invites_comments_until_the_date(client, draft):
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "<h1>Dự thảo kế hoạch: Kế hoạch tuyển sinh vào lớp 10 năm học 2027-2028</h1>" in html
    assert "Dự thảo đang lấy ý kiến góp ý đến hết ngày 20/03/2026." in html
    assert f'<a class="button" href="{comment_url(draft)}">Gửi góp ý cho dự thảo</a>' in html
    form = client.get(comment_url(draft)).content.decode()
    assert '<label for="id_full_name">Họ và tên:</label>' in form
    assert '<div class="form-row hp-field" aria-hidden="true">' in form


def test_a_good_comment_waits_for_staff_and_the_visitor_is_thanked(client, draft):
    response = client.post(comment_url(draft), GOOD_POST, follow=True)
    assert response.redirect_chain == [(comment_url(draft), 302)]
    assert "Cảm ơn bạn đã góp ý." in response.content.decode()
    comment = DocumentComment.objects.get()
    assert (comment.document, comment.full_name, comment.status) == (draft, "Trần Thị Lan", CommentStatus.PENDING)
    assert GOOD_POST["body"] not in client.get(draft.get_absolute_url()).content.decode()


def test_empty_fields_are_refused_with_vietnamese_messages(client, draft):
    html = client.post(comment_url(draft), {"full_name": " ", "email": "lan@", "body": "Ừ"}).content.decode()
    assert "Chưa gửi được: hãy sửa các ô được đánh dấu bên dưới." in html
    assert "Hãy nhập họ và tên của bạn." in html
    assert "Địa chỉ thư điện tử chưa đúng; ví dụ đúng: ten@example.vn." in html
    assert "Nội dung quá ngắn; hãy viết rõ ý kiến của bạn (ít nhất 10 ký tự)." in html
    assert not DocumentComment.objects.exists()


def test_the_honeypot_drops_bots_silently(client, draft):
    response = client.post(comment_url(draft), {**GOOD_POST, "website": "http://spam.example"}, follow=True)
    assert "Cảm ơn bạn đã góp ý." in response.content.decode()
    assert not DocumentComment.objects.exists()


def test_a_flood_from_one_address_is_refused_after_the_limit(client, draft):
    statuses = [client.post(comment_url(draft), GOOD_POST).status_code for _post in range(100)]
    assert statuses == [302] * 5 + [429] * 95
    assert DocumentComment.objects.count() == 5
    assert client.get(comment_url(draft)).status_code == 200  # reading is never limited
    assert client.post(comment_url(draft), GOOD_POST, REMOTE_ADDR="203.0.113.7").status_code == 302


def test_after_the_date_comments_are_refused(client, draft):
    # The last minute of the draft's last day, then the first of the next, in Vietnam's time.
    last_day_ends = datetime.datetime.combine(draft.comment_until, datetime.time(23, 59), tzinfo=HCM)
    with time_machine.travel(last_day_ends, tick=False):
        assert client.post(comment_url(draft), GOOD_POST).status_code == 302
    with time_machine.travel(last_day_ends + datetime.timedelta(minutes=2), tick=False):
        response = client.post(comment_url(draft), GOOD_POST)
        assert "Dự thảo này không nhận góp ý hoặc đã hết thời gian góp ý." in response.content.decode()
        with pytest.raises(DocumentError):
            document_comment_submit(document=draft, full_name="A", email="a@example.vn", body="Góp ý muộn")
        assert (
            f"Đã hết thời gian góp ý (đến hết ngày {draft.comment_until:%d/%m/%Y})."
            in client.get(draft.get_absolute_url()).content.decode()
        )
    assert DocumentComment.objects.count() == 1


def test_issued_documents_take_no_comments(client, frozen):
    issued = DocumentFactory()
    assert client.get(comment_url(issued)).status_code == 404


def test_published_comments_show_under_the_draft_escaped(client, draft, django_capture_on_commit_callbacks):
    editor = UserFactory(role=roles.EDITOR)
    client.post(comment_url(draft), {**GOOD_POST, "full_name": "<i>Lan</i>", "body": SCRIPT})
    spam = DocumentCommentFactory(document=draft, body="Quảng cáo bán hàng không liên quan")
    comment = DocumentComment.objects.exclude(pk=spam.pk).get()
    assert comment.body == SCRIPT  # stored as typed
    client.get(draft.get_absolute_url())  # cached now
    with django_capture_on_commit_callbacks(execute=True):
        document_comment_publish(comment=comment, by=editor)
        document_comment_reject(comment=spam, by=editor)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;b onmouseover=&quot;steal()&quot;&gt;Góp ý" in html
    assert "<script>alert" not in html
    assert "&lt;i&gt;Lan&lt;/i&gt;" in html
    assert "lan@example.vn" not in html
    assert "Quảng cáo bán hàng" not in html
    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by, comment.published_at) == (CommentStatus.PUBLISHED, editor, NOW)
