"""Tests of portal/downloads.py: the answer of a download view, on disk, behind nginx and on S3."""

from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
from django.http import Http404
from storages.backends.s3 import S3Storage

from awards.models import Decision
from portal.downloads import file_download
from portal.storage import private_storage
from tests.portal.conftest import PDF, stored


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def test_a_file_is_streamed_as_an_attachment_with_its_name_and_type(private_root):
    response = file_download(stored("awards/decisions/abc/quyet-dinh-125.pdf"), public=True)
    assert response.status_code == 200
    assert body(response) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="quyet-dinh-125.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=300"


def test_a_file_for_staff_is_kept_by_no_cache(private_root):
    response = file_download(stored("trainings/papers/abc/tham-luan.docx", b"PK"), public=False)
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response["Cache-Control"] == "private, no-store"


def test_a_vietnamese_download_name_is_encoded_for_every_browser(private_root):
    response = file_download(stored("van-ban/abc/x.pdf"), public=True, filename="Quyết định.pdf")
    assert response["Content-Disposition"] == (
        "attachment; filename=\"quyet-dinh.pdf\"; filename*=utf-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf"
    )


def test_a_lost_file_or_an_empty_field_is_404(private_root):
    with pytest.raises(Http404):
        file_download(SimpleNamespace(name="van-ban/abc/mat.pdf", storage=private_storage()), public=True)
    with pytest.raises(Http404):
        file_download(Decision().file, public=True)


def test_behind_nginx_the_file_is_handed_over_by_x_accel_redirect(private_root, settings):
    settings.PRIVATE_MEDIA_X_ACCEL_REDIRECT = "/_private/"
    file = stored("trainings/materials/abc/bai-trinh-chieu.pptx", b"PK")
    response = file_download(file, public=False)
    assert response.status_code == 200
    assert response.content == b""
    assert response["X-Accel-Redirect"] == "/_private/trainings/materials/abc/bai-trinh-chieu.pptx"
    assert response["Content-Disposition"] == 'attachment; filename="bai-trinh-chieu.pptx"'
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "private, no-store"


def test_on_s3_the_answer_redirects_to_a_short_lived_signed_address(settings):
    settings.PRIVATE_MEDIA_SIGNED_URL_SECONDS = 60
    storage = S3Storage(
        bucket_name="cong-thong-tin",
        location="private",
        access_key="AKIAEXAMPLEEXAMPLE00",
        secret_key="example-secret-key-for-signing-only",  # noqa: S106 - a fake key; signing happens offline
        endpoint_url="https://s3.example.vn",
        region_name="hn-1",
        querystring_auth=True,
        custom_domain=None,
    )
    file = SimpleNamespace(name="awards/decisions/abc/quyet-dinh-125.pdf", storage=storage)
    response = file_download(file, public=True)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    query = parse_qs(location.query)
    assert (location.scheme, location.netloc) == ("https", "s3.example.vn")
    assert location.path == "/cong-thong-tin/private/awards/decisions/abc/quyet-dinh-125.pdf"
    assert query["X-Amz-Expires"] == ["60"]
    assert "X-Amz-Signature" in query
    assert query["response-content-disposition"] == ['attachment; filename="quyet-dinh-125.pdf"']
    assert query["response-content-type"] == ["application/pdf"]
    # The signature expires, so not even a public file's redirect may be cached.
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
