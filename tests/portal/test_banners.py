"""Banners: the home page's slots show them from their start to their end minute, cached pages
included; editors manage them through the service; a banner without alt text is refused."""

import datetime
import io

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from PIL import Image

from portal.models import Banner

pytestmark = pytest.mark.django_db


def png(name: str = "banner.png") -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (600, 200), (200, 30, 30)).save(out, "PNG")
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/png")


def make(**fields) -> Banner:
    fields = {
        "title": "Dịch vụ công trực tuyến",
        "alt": "Cổng dịch vụ công",
        "url": "https://dichvucong.gov.vn",
        **fields,
    }
    banner = Banner(**fields)
    banner.image.save("banner.png", png(), save=False)
    banner.save()
    return banner


def test_a_banner_shows_in_its_slot_and_vanishes_at_its_minute_on_a_cached_page(client, media):
    end = timezone.now() + datetime.timedelta(minutes=10)
    banner = make(slot="side", ends_at=end)
    make(title="Chiến dịch chưa bắt đầu", alt="Chiến dịch", starts_at=end + datetime.timedelta(hours=1))
    response = client.get("/")
    assert response.context["banners"] == {"main": [], "side": [banner]}
    assert 'alt="Cổng dịch vụ công"' in response.content.decode()
    assert client.get("/").context is None  # served from the cache
    with time_machine.travel(end, tick=False):
        assert 'alt="Cổng dịch vụ công"' not in client.get("/").content.decode()


def test_the_database_refuses_a_banner_without_alt_text_or_with_a_script_link(media):
    for fields in ({"alt": ""}, {"url": "javascript:alert(1)"}):
        with pytest.raises(IntegrityError), transaction.atomic():
            make(**fields)
    assert not Banner.objects.exists()


def test_an_editor_adds_a_banner_and_the_form_asks_for_alt_text(client, editor, media):
    client.force_login(editor)
    data = {
        "title": "Tuyển sinh đầu cấp trực tuyến",
        "url": "https://tuyensinh.example.vn",
        "slot": "main",
        "order": "0",
        "starts_at_0": timezone.localtime().strftime("%d/%m/%Y"),
        "starts_at_1": "00:00",
        "is_active": "on",
    }
    response = client.post("/admin/portal/banner/add/", {**data, "alt": "", "image": png()})
    assert response.status_code == 200
    assert "Trường này là bắt buộc." in response.content.decode()
    assert not Banner.objects.exists()
    response = client.post("/admin/portal/banner/add/", {**data, "alt": "Tuyển sinh trực tuyến", "image": png()})
    assert response.status_code == 302
    assert Banner.objects.get().alt == "Tuyển sinh trực tuyến"
