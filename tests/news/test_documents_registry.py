"""The public registry at /van-ban/: facets, search (number, summary, the PDF's text without diacritics), pages, feed."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection

from news.enums import DocumentStatus
from news.models import Document
from news.selectors.documents import DocumentFilters, _text_match
from news.services.documents import document_file_read, document_save
from portal import roles
from tests.conftest import sitemap_locations
from tests.factories.news import (
    DocumentFactory,
    DocumentFieldFactory,
    DocumentFileFactory,
    DocumentIssuerFactory,
    document_pdf,
)
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def listed(client, **params) -> list[str]:
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    return [d.number for d in response.context["page"].object_list]


@pytest.fixture
def registry():
    department = DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk", short_name="Sở GD&ĐT", order=2)
    province = DocumentIssuerFactory(name="Ủy ban nhân dân tỉnh Đắk Lắk", short_name="UBND tỉnh", order=1)
    exams = DocumentFieldFactory(name="Thi, tuyển sinh")
    media = DocumentFieldFactory(name="Thông tin – Truyền thông")
    docs = {
        "plan": DocumentFactory(
            number="45/KH-SGDĐT",
            doc_type="plan",
            issuer=department,
            field=exams,
            issued_on=datetime.date(2026, 2, 26),
            summary="Kế hoạch tuyển sinh vào lớp 10 trung học phổ thông năm học 2026-2027",
        ),
        "letter": DocumentFactory(
            number="1234/SGDĐT-VP",
            doc_type="official_letter",
            issuer=department,
            field=media,
            issued_on=datetime.date(2026, 9, 8),
            summary="Về việc tăng cường công tác truyền thông giáo dục năm học 2026-2027",
        ),
        "old": DocumentFactory(
            number="1890/QĐ-UBND",
            doc_type="decision",
            issuer=province,
            issued_on=datetime.date(2025, 8, 12),
            expires_on=datetime.date(2026, 7, 1),
            summary="Ban hành kế hoạch thời gian năm học 2025-2026",
        ),
    }
    regulation = DocumentFileFactory(
        document=DocumentFactory(
            number="45/QĐ-SGDĐT",
            doc_type="decision",
            issuer=department,
            field=media,
            issued_on=datetime.date(2026, 1, 15),
            summary="Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí",
        ),
        file=ContentFile(
            document_pdf("Người phát ngôn trả lời báo chí trong thời hạn hai ngày làm việc kể từ khi nhận câu hỏi."),
            name="quy-che.pdf",
        ),
    )
    document_file_read(file_id=regulation.pk)
    docs["regulation"] = regulation.document
    DocumentFactory(number="9/KH-SGDĐT", issuer=department, is_public=False, summary="Kế hoạch nội bộ chưa công khai")
    return docs


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


@pytest.mark.parametrize(
    "query", ["'; DROP TABLE news_document; --", "<script>alert(1)</script>", "a & b | !c", "x" * 500, "%_\\"]
)
def test_bad_queries_get_a_normal_page(client, registry, query):
    response = client.get("/van-ban/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_the_search_can_use_both_gin_indexes(registry):
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = Document.objects.filter(_text_match(DocumentFilters(text="1234/sgddt quy che"))).explain()
    assert "document_search_vector_gin" in plan
    assert "document_search_number_trgm" in plan


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


# --- a document's page ---------------------------------------------------------------------------


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
        f'<a href="/van-ban/tep/{file.pk}/" download="quyet-dinh-45-qd-sgddt.pdf" class="doc-file doc-file-pdf">'
        "Tải về Toàn văn</a>" in html
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


def test_a_change_shows_at_once_on_the_cached_pages(client, registry, django_capture_on_commit_callbacks):
    plan = registry["plan"]
    assert "Sửa đổi trích yếu" not in client.get("/van-ban/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        plan.summary = "Sửa đổi trích yếu kế hoạch tuyển sinh"
        document_save(document=plan)
    assert "Sửa đổi trích yếu" in client.get("/van-ban/").content.decode()
    assert "Sửa đổi trích yếu" in client.get(plan.get_absolute_url()).content.decode()


# --- feed and sitemap ----------------------------------------------------------------------------


def test_the_feed_lists_new_documents_newest_on_the_portal_first(client, registry):
    response = client.get("/van-ban/rss/")
    xml = response.content.decode()
    assert response["Content-Type"].startswith("application/rss+xml")
    assert xml.index("Quyết định số 45/QĐ-SGDĐT ngày 15/01/2026") < xml.index("Kế hoạch số 45/KH-SGDĐT ngày 26/02/2026")
    assert "<description>Ban hành Quy chế phát ngôn và cung cấp thông tin cho báo chí</description>" in xml
    assert "Kế hoạch nội bộ chưa công khai" not in xml


def test_the_sitemap_lists_the_registry_and_every_public_document(client, registry):
    locations = sitemap_locations(client)
    assert "http://testserver/van-ban/" in locations
    for document in registry.values():
        assert f"http://testserver{document.get_absolute_url()}" in locations
    hidden = Document.objects.get(number="9/KH-SGDĐT")
    assert f"http://testserver{hidden.get_absolute_url()}" not in locations
