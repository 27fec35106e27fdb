"""A gallery in Chromium: thirty photos dropped on an article at once, one failing and retried, then reordered, captioned, a cover picked, saved."""

import base64
import io

import pytest
from PIL import Image

from news.models import Article
from portal import roles
from tests.e2e.test_newsroom_tasks import context_of, sign_in
from tests.factories.news import CategoryFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PHOTOS = 30
# Drops the files on the gallery as the browser does when photos are dragged from a folder.
DROP = """([selector, photos]) => {
  const transfer = new DataTransfer();
  for (const [name, data] of photos) {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], name, { type: "image/jpeg" }));
  }
  const zone = document.querySelector(selector);
  for (const type of ["dragenter", "dragover", "drop"]) {
    zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }
  return {
    status: zone.querySelector(".gallery-status").textContent,
    bars: zone.querySelectorAll(".gallery-queue progress").length,
  };
}"""


def jpeg_base64(n: int) -> str:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), (8 * n, 120, 200 - 5 * n)).save(out, "JPEG")
    return base64.b64encode(out.getvalue()).decode()


def test_thirty_photos_dropped_at_once_are_uploaded_ordered_captioned_and_one_becomes_the_cover(
    browser, live_server, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    CategoryFactory(name="Tin trong tỉnh")
    context = context_of(browser, live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    sign_in(page, "congtacvien")
    page.goto("/admin/news/article/add/")
    page.get_by_label("Tiêu đề:").fill("Hội khỏe Phù Đổng cấp tỉnh khai mạc")
    page.get_by_label("Sapo:").fill("Gần 2.000 vận động viên học sinh tranh tài ở 12 môn.")
    page.get_by_label("Chuyên mục:").select_option(label="Tin trong tỉnh")
    page.frame_locator("#cke_id_body iframe").locator("body").click()
    page.keyboard.type("Hội khỏe diễn ra trong năm ngày.")

    # The seventh upload loses its connection: that file alone fails, says why, and is retried.
    calls = {"n": 0}

    def flaky(route):
        calls["n"] += 1
        route.abort() if calls["n"] == 7 else route.continue_()

    page.route("**/admin/gallery/upload/", flaky)
    photos = [(f"anh-{n + 1:02}.jpg", jpeg_base64(n)) for n in range(PHOTOS)]
    started = page.evaluate(DROP, ["#images-group .gallery-drop", photos])
    assert started == {"status": "Đang tải 0/30 ảnh", "bars": PHOTOS}

    gallery = page.locator("#images-group")
    status = gallery.locator(".gallery-status")
    failed = gallery.locator(".gallery-item-failed")
    failed.wait_for()
    status.get_by_text("1 ảnh chưa tải được").wait_for()
    assert failed.locator(".gallery-item-message").text_content() == (
        "Mất kết nối khi tải ảnh; hãy kiểm tra mạng rồi bấm “Thử lại”."
    )
    rows = gallery.locator("tbody tr.form-row:not(.empty-form)")
    assert rows.count() == PHOTOS - 1
    failed.get_by_role("button", name="Thử lại").click()
    status.get_by_text("Đã tải xong 1 ảnh").wait_for()
    assert (rows.count(), failed.count()) == (PHOTOS, 0)
    # Whatever finished first, the rows stand in the order the photos were dropped.
    names = [rows.nth(i).locator("img.gallery-thumb").get_attribute("alt") for i in range(PHOTOS)]
    assert names == [name for name, _data in photos]

    for i in range(PHOTOS):
        rows.nth(i).locator("input[name$='-caption']").fill(f"Ảnh {i + 1:02}")
    # The fourth photo dragged by its handle to the top; the (new) second moved down from the keyboard.
    rows.nth(0).scroll_into_view_if_needed()
    handle, top = rows.nth(3).locator(".gallery-handle").bounding_box(), rows.nth(0).bounding_box()
    page.mouse.move(handle["x"] + 4, handle["y"] + 4)
    page.mouse.down()
    page.mouse.move(handle["x"] + 4, handle["y"] - 20, steps=5)
    page.mouse.move(top["x"] + 40, top["y"] + 5, steps=10)
    page.mouse.up()
    assert rows.nth(0).locator("input[name$='-caption']").input_value() == "Ảnh 04"
    rows.nth(1).get_by_role("button", name="Đưa ảnh 2 xuống sau").focus()
    page.keyboard.press("Enter")
    assert status.text_content() == "Ảnh đã chuyển tới vị trí 3."
    assert [rows.nth(i).locator("input[name$='-caption']").input_value() for i in range(4)] == [
        "Ảnh 04",
        "Ảnh 02",
        "Ảnh 01",
        "Ảnh 03",
    ]
    assert [rows.nth(i).locator("input[name$='-order']").input_value() for i in range(3)] == ["1", "2", "3"]
    rows.nth(4).get_by_label("Làm ảnh đại diện").check()
    rows.nth(1).get_by_label("Làm ảnh đại diện").check()
    assert rows.nth(4).get_by_label("Làm ảnh đại diện").is_checked() is False

    page.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    page.wait_for_load_state()
    assert page.locator(".errorlist").all_text_contents() == []
    page.wait_for_url("**/admin/news/article/*/change/")
    article = Article.objects.get()
    captions = list(article.images.values_list("caption", flat=True))
    assert captions[:5] == ["Ảnh 04", "Ảnh 02", "Ảnh 01", "Ảnh 03", "Ảnh 05"]
    assert sorted(captions) == [f"Ảnh {n:02}" for n in range(1, PHOTOS + 1)]
    assert list(article.images.values_list("order", flat=True)) == list(range(1, PHOTOS + 1))
    assert all((tmp_path / name).is_file() for name in article.images.values_list("image", flat=True))
    assert (article.cover_alt, article.cover_caption) == ("Ảnh 02", "Ảnh 02")
    assert article.cover.name.endswith("/anh-02.jpg") and (tmp_path / article.cover.name).is_file()
    # The saved page shows the gallery again with its thumbnails, in order.
    saved_rows = page.locator("#images-group tbody tr.form-row:not(.empty-form)")
    assert saved_rows.count() == PHOTOS
    assert saved_rows.nth(0).locator("input[name$='-caption']").input_value() == "Ảnh 04"
    assert saved_rows.nth(0).locator("img.gallery-thumb").count() == 1
    context.close()
