"""The media library in the admin: every stored image and video, searchable, with where it is used."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from news.models import ArticleImage
from portal.models import UploadedImage
from tests.factories.news import AlbumFactory, AlbumPhotoFactory, ArticleFactory, VideoFactory, photo_jpeg

pytestmark = pytest.mark.django_db

URL = "/admin/news/medialibraryentry/"


@pytest.fixture(autouse=True)
def _media(media):
    return media


def editor_image(name: str) -> UploadedImage:
    stored = default_storage.save(f"editor/2026/11/abc/{name}", ContentFile(photo_jpeg(400, 300)))
    return UploadedImage.objects.create(name=stored, width=400, height=300)


def test_every_kind_is_listed_with_where_it_is_used(client, editor):
    used = editor_image("san-truong.jpg")
    editor_image("khong-dung.jpg")
    article = ArticleFactory(title="Ngày hội STEM", body=f'<p><img src="/media/{used.name}" alt="Sân trường"></p>')
    ArticleImage.objects.create(
        article=article, image=ContentFile(photo_jpeg(), name="stem.jpg"), alt="Học sinh lắp robot", caption="Robot"
    )
    album = AlbumFactory(title="Hội khỏe Phù Đổng")
    AlbumPhotoFactory(album=album, caption="Chạy tiếp sức", image=ContentFile(photo_jpeg(), name="tiep-suc.jpg"))
    VideoFactory(source="upload", url="", file="videos/x/phong-su.mp4", title="Phóng sự STEM")
    client.force_login(editor)
    entries = client.get(URL).context["entries"]
    assert sorted((e["name"], [label for label, _link in e["used"]], e["deletable"]) for e in entries) == [
        ("khong-dung.jpg", [], True),
        ("phong-su.mp4", ["Phóng sự STEM"], False),
        ("san-truong.jpg", ["Ngày hội STEM"], False),
        ("stem.jpg", [f"bài #{article.pk}"], False),
        ("tiep-suc.jpg", [f"album #{album.pk}"], False),
    ]
    found = client.get(URL, {"q": "tiếp sức"}).context["entries"]
    assert [e["name"] for e in found] == ["tiep-suc.jpg"]
    assert [e["name"] for e in client.get(URL, {"loai": "video"}).context["entries"]] == ["phong-su.mp4"]


def test_an_image_in_use_is_not_deleted_and_an_unused_one_is(client, editor):
    used = editor_image("dang-dung.jpg")
    unused = editor_image("bo-di.jpg")
    ArticleFactory(title="Khai giảng", body=f'<p><img src="/media/{used.name}" alt="x"></p>')
    client.force_login(editor)
    response = client.post(URL, {"delete": used.pk}, follow=True)
    assert [str(m) for m in response.context["messages"]] == [
        "Ảnh đang dùng trong 1 bài (Khai giảng); gỡ ảnh khỏi bài trước khi xoá."
    ]
    assert UploadedImage.objects.filter(pk=used.pk).exists()
    client.post(URL, {"delete": unused.pk})
    assert not UploadedImage.objects.filter(pk=unused.pk).exists()


def test_the_library_is_for_staff_who_write_or_edit(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("khach", is_staff=True))
    assert client.get(URL).status_code == 302
