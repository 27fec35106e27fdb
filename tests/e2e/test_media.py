"""Photos and videos in Chromium: an album read on a phone, an uploaded video played from its page."""

import pytest
from django.core.files.base import ContentFile

from news.models import Video
from news.services.media import video_process
from tests.e2e.test_accessibility import report, serious_violations
from tests.factories.news import AlbumFactory, AlbumPhotoFactory, VideoFactory, photo_jpeg, video_bytes

pytestmark = pytest.mark.django_db(transaction=True)

OVERFLOW = "[document.documentElement.scrollWidth, window.innerWidth]"
METADATA = """video => new Promise(resolve => {
  video.addEventListener("loadedmetadata", () => resolve(Math.round(video.duration)), {once: true});
  video.preload = "metadata";
  video.load();
})"""


def test_a_reader_opens_an_album_on_a_phone(phone_page, settings, tmp_path, site_profile):
    settings.MEDIA_ROOT = tmp_path
    page = phone_page
    album = AlbumFactory(published=True, title="Hội khỏe Phù Đổng tỉnh Đắk Lắk lần thứ XII")
    for n in range(4):
        photo = AlbumPhotoFactory(
            album=album,
            image=ContentFile(photo_jpeg(colour=(30 + n * 40, 110, 180)), name=f"hkpd-{n}.jpg"),
            caption=f"Vận động viên thi đấu môn điền kinh, lượt {n + 1}",
            credit="Y Thanh Niê",
        )
        if n == 0:
            album.cover = photo
            album.save()
    AlbumFactory(title="Album còn là bản nháp")

    page.goto("/thu-vien-anh/")
    assert page.locator(".media-tile").count() == 1
    assert "Album còn là bản nháp" not in page.content()
    page.get_by_role("link", name="Hội khỏe Phù Đổng tỉnh Đắk Lắk lần thứ XII").click()
    page.wait_for_url(f"**{album.get_absolute_url()}")
    figures = page.locator("figure.album-photo")
    assert figures.count() == 4
    assert figures.nth(3).locator("figcaption").inner_text() == (
        "Vận động viên thi đấu môn điền kinh, lượt 4 (Ảnh: Y Thanh Niê)"
    )
    first = figures.first.locator("img")
    assert first.evaluate("img => img.complete && img.naturalWidth") == 1200
    assert first.bounding_box()["width"] <= 390
    scroll_width, inner_width = page.evaluate(OVERFLOW)
    assert scroll_width <= inner_width
    found = {"album": serious_violations(page)}
    assert not any(found.values()), report(found)


def test_a_reader_plays_an_uploaded_video(desktop_page, settings, tmp_path, site_profile):
    settings.MEDIA_ROOT = tmp_path
    page = desktop_page
    video = VideoFactory(
        published=True,
        title="Phóng sự: học sinh Buôn Ma Thuột trải nghiệm STEM",
        source="upload",
        url="",
        state="pending",
        file=ContentFile(video_bytes("webm"), name="stem.webm"),
    )
    assert video_process(video_id=video.pk) is True
    video = Video.objects.get(pk=video.pk)

    page.goto("/video/")
    page.get_by_role("link", name="Phóng sự: học sinh Buôn Ma Thuột trải nghiệm STEM").click()
    page.wait_for_url(f"**{video.get_absolute_url()}")
    player = page.locator("video")
    assert player.get_attribute("poster") == video.poster.url
    assert player.evaluate(METADATA) == 3
    found = {"video": serious_violations(page)}
    assert not any(found.values()), report(found)
