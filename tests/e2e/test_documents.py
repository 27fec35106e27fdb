"""The registry in the browser: a visitor on a phone finds a document by its number and by its summary, opens\nits PDF in the browser and downloads it."""

import datetime

import pytest
from django.core.files.base import ContentFile

from news.services.documents import document_file_read
from tests.factories.news import DocumentFactory, DocumentFileFactory, DocumentIssuerFactory, document_pdf

# serialized_rollback: the roles' groups come from data migrations, which a transactional test's flush removes.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_visitor_finds_a_document_by_number_and_by_summary_and_downloads_it(phone_page, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path  # files of documents are private files, downloaded through the view
    department = DocumentIssuerFactory(name="Sở Giáo dục và Đào tạo tỉnh Đắk Lắk")
    letter = DocumentFactory(
        number="1234/SGDĐT-VP",
        issuer=department,
        issued_on=datetime.date(2026, 9, 8),
        summary="Về việc tăng cường công tác truyền thông giáo dục năm học 2026-2027",
    )
    pdf = document_pdf("Các đơn vị cử một cán bộ phụ trách truyền thông.")
    document_file_read(file_id=DocumentFileFactory(document=letter, file=ContentFile(pdf, name="cong-van-1234.pdf")).pk)
    DocumentFactory(number="45/KH-SGDĐT", doc_type="plan", issuer=department, summary="Kế hoạch tuyển sinh lớp 10")

    page = phone_page
    page.goto("/")
    page.get_by_role("button", name="Menu").click()
    page.get_by_role("link", name="Văn bản", exact=True).click()
    page.wait_for_url("**/van-ban/")

    # By its number, typed as it is printed on the paper.
    page.get_by_label("Số, ký hiệu hoặc nội dung").fill("1234/SGDĐT-VP")
    page.get_by_role("button", name="Tìm văn bản").click()
    page.wait_for_url("**/van-ban/?q=*")
    assert page.get_by_role("status").inner_text() == "1 văn bản."
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.get_by_role("link", name="1234/SGDĐT-VP").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Công văn số 1234/SGDĐT-VP"

    # By a phrase of its summary, typed without diacritics.
    page.goto("/van-ban/")
    page.get_by_label("Số, ký hiệu hoặc nội dung").fill("tang cuong cong tac truyen thong")
    page.get_by_role("button", name="Tìm văn bản").click()
    page.wait_for_url("**/van-ban/?q=*")
    results = page.locator(".doc-table tbody tr")
    assert results.count() == 1
    assert "tăng cường công tác truyền thông" in results.first.inner_text()
    results.first.get_by_role("link", name="1234/SGDĐT-VP").click()
    page.wait_for_url(f"**{letter.get_absolute_url()}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    # The PDF opens in the browser; the link beside it saves it, named in Vietnamese.
    viewer = page.get_by_role("link", name="Xem Toàn văn")
    assert page.request.get(viewer.get_attribute("href")).headers["content-disposition"].startswith("inline; ")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải về Toàn văn").click()
    download = download_info.value
    assert download.suggested_filename == "Công văn 1234-SGDĐT-VP.pdf"
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == pdf
