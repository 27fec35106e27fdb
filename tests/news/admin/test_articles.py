"""Tests of news/admin/articles.py: what each role sees in the newsroom admin, the workflow buttons, crafted POSTs,
search, history."""

import datetime

import pytest
import time_machine
from ckeditor.widgets import CKEditorWidget
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from news.enums import ArticleAction, ArticleStatus
from news.models import Article, ArticleImage
from portal import roles
from portal.models import UploadedImage
from tests.factories.news import ArticleFactory, CategoryFactory
from tests.factories.portal import UserFactory
from tests.portal.conftest import jpeg

pytestmark = pytest.mark.django_db


def article_form(**overrides):
    data = {
        "title": "Trường THCS Nguyễn Du tổ chức ngày hội đọc sách",
        "slug": "",
        "lead": "Hơn 600 học sinh tham gia ngày hội đọc sách do nhà trường tổ chức.",
        "body": "<p>Ngày hội có nhiều hoạt động <strong>bổ ích</strong>.</p><script>alert(1)</script>",
        "category": CategoryFactory(name="Tin từ cơ sở").pk,
        "byline": "Hoàng Mai",
        "images-TOTAL_FORMS": "0",
        "images-INITIAL_FORMS": "0",
        "credits-TOTAL_FORMS": "0",
        "credits-INITIAL_FORMS": "0",
        "attachments-TOTAL_FORMS": "0",
        "attachments-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def change_form(article, **overrides):
    """The change form of ``article`` as the browser sends it, with the workflow time when it has one."""
    data = article_form(
        title=article.title,
        lead=article.lead,
        body=article.body,
        category=article.category_id,
        unit=article.unit_id or "",
    )
    if article.publish_at:
        local = timezone.localtime(article.publish_at)
        data.update({"publish_at_0": f"{local:%d/%m/%Y}", "publish_at_1": f"{local:%H:%M}"})
    data.update(overrides)
    return data


def test_collaborator_writes_a_draft_in_the_admin(client, collaborator):
    client.force_login(collaborator)
    response = client.post("/admin/news/article/add/", article_form())
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert (article.created_by, article.unit.name, article.status) == (
        collaborator,
        "Trường THCS Nguyễn Du",
        ArticleStatus.DRAFT,
    )
    assert article.slug == "truong-thcs-nguyen-du-to-chuc-ngay-hoi-doc-sach"
    assert article.body == "<p>Ngày hội có nhiều hoạt động <strong>bổ ích</strong>.</p>"
    assert article.search_document.startswith("truong thcs nguyen du to chuc ngay hoi doc sach")
    assert list(article.events.values_list("action", flat=True)) == [ArticleAction.CREATED]


def test_collaborator_form_has_no_publication_fields(client, collaborator):
    client.force_login(collaborator)
    form = client.get("/admin/news/article/add/").context["adminform"].form
    assert "publish_at" not in form.fields
    assert "is_featured" not in form.fields
    assert "status" not in form.fields


def test_collaborator_sees_only_own_articles(client, collaborator):
    mine = ArticleFactory(created_by=collaborator)
    ArticleFactory(title="Bài của người khác")
    client.force_login(collaborator)
    response = client.get("/admin/news/article/")
    assert list(response.context["cl"].result_list) == [mine]
    assert client.get(f"/admin/news/article/{ArticleFactory().pk}/change/").status_code == 302  # not found → list


def test_collaborator_cannot_edit_a_submitted_article(client, collaborator):
    article = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    client.force_login(collaborator)
    response = client.post(f"/admin/news/article/{article.pk}/change/", article_form(title="Sửa lén"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "Sửa lén"


def test_collaborator_cannot_publish_by_crafting_a_post(client, collaborator):
    article = ArticleFactory(created_by=collaborator, status=ArticleStatus.PENDING)
    draft = ArticleFactory(created_by=collaborator, title="Bản nháp của cộng tác viên")
    client.force_login(collaborator)
    url = f"/admin/news/article/{article.pk}/change/"
    assert client.post(url, change_form(article, _workflow="publish")).status_code == 403
    for step in ("publish", "feature"):
        url = f"/admin/news/article/{draft.pk}/change/"
        response = client.post(url, change_form(draft, title="Sửa rồi đăng lén", _workflow=step))
        assert response.status_code == 200  # the form again, with why
        assert "thao tác bạn chọn không còn làm được" in response.content.decode()
    draft.refresh_from_db()
    assert (draft.title, draft.status, draft.is_featured) == ("Bản nháp của cộng tác viên", ArticleStatus.DRAFT, False)
    response = client.post(
        "/admin/news/article/", {"action": "action_publish", "_selected_action": [article.pk]}, follow=True
    )
    assert response.status_code == 200
    article.refresh_from_db()
    assert (article.status, article.is_featured) == (ArticleStatus.PENDING, False)
    assert not Article.objects.published().exists()


def test_collaborator_submits_from_the_change_page(client, collaborator):
    article = ArticleFactory(created_by=collaborator)
    client.force_login(collaborator)
    page = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert "Lưu và gửi duyệt" in page
    assert "Lưu và xuất bản" not in page
    response = client.post(
        f"/admin/news/article/{article.pk}/change/", change_form(article, _workflow="submit"), follow=True
    )
    assert "Đã lưu và gửi bài cho biên tập viên duyệt." in response.content.decode()
    article.refresh_from_db()
    assert article.status == ArticleStatus.PENDING


def test_editor_schedules_in_vietnam_time(client, editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    # 20:00 UTC tomorrow is 03:00 the day after in Vietnam; the editor types 06:00 the day after that.
    moment = datetime.datetime.combine(
        timezone.now().date() + datetime.timedelta(days=1), datetime.time(20, 0), tzinfo=datetime.UTC
    )
    day = (moment + datetime.timedelta(days=2)).date()
    with time_machine.travel(moment):
        client.force_login(editor)
        response = client.post(
            f"/admin/news/article/{article.pk}/change/",
            change_form(article, publish_at_0=f"{day:%d/%m/%Y}", publish_at_1="06:00", _workflow="publish"),
            follow=True,
        )
    assert f"Đã lưu và hẹn giờ: bài sẽ đăng lúc 06:00 {day:%d/%m/%Y}." in response.content.decode()
    article.refresh_from_db()
    assert article.publish_at == datetime.datetime.combine(
        day - datetime.timedelta(days=1), datetime.time(23, 0), tzinfo=datetime.UTC
    )
    assert article.status == ArticleStatus.PUBLISHED


def test_editor_returns_with_a_reason_from_the_change_page(client, editor):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    client.force_login(editor)
    url = f"/admin/news/article/{article.pk}/change/"
    response = client.post(url, change_form(article, workflow_reason="", _workflow="return"), follow=True)
    assert "Hãy ghi lý do trả lại để tác giả biết cần sửa gì." in response.content.decode()
    client.post(url, change_form(article, workflow_reason="Cần thêm ảnh minh họa.", _workflow="return"))
    article.refresh_from_db()
    assert (article.status, article.return_reason) == (ArticleStatus.DRAFT, "Cần thêm ảnh minh họa.")


def test_editor_waiting_and_scheduled_queues(client, editor):
    pending = ArticleFactory(status=ArticleStatus.PENDING)
    scheduled = ArticleFactory(status=ArticleStatus.PUBLISHED, publish_at=timezone.now() + datetime.timedelta(days=1))
    ArticleFactory(published=True)
    client.force_login(editor)
    assert list(client.get("/admin/news/article/?hang=cho-duyet").context["cl"].result_list) == [pending]
    assert list(client.get("/admin/news/article/?hang=hen-gio").context["cl"].result_list) == [scheduled]


def test_changelist_warns_when_go_lives_are_late(client, editor):
    ArticleFactory(status=ArticleStatus.PUBLISHED, publish_at=timezone.now() - datetime.timedelta(minutes=6))
    ArticleFactory(status=ArticleStatus.PUBLISHED, publish_at=timezone.now() - datetime.timedelta(minutes=4))
    client.force_login(editor)
    page = client.get("/admin/news/article/").content.decode()
    assert "1 bài đã đến giờ đăng hơn 5 phút mà chưa được xử lý" in page


def test_admin_search_ignores_diacritics_and_case(client, editor):
    wanted = ArticleFactory(title="Hội nghị TRUYỀN THÔNG giáo dục")
    ArticleFactory(title="Khai giảng năm học mới", search_document="khai giang nam hoc moi")
    client.force_login(editor)
    for term in ("truyen thong", "TRUYỀN THÔNG", "truyền thông"):
        assert list(client.get("/admin/news/article/", {"q": term}).context["cl"].result_list) == [wanted]


def test_each_change_is_kept_in_history_and_each_version_can_be_read(client, editor):
    client.force_login(editor)
    client.post("/admin/news/article/add/", article_form())
    article = Article.objects.get()
    data = article_form(title="Tiêu đề đã sửa", category=article.category_id)
    client.post(f"/admin/news/article/{article.pk}/change/", data)
    history = list(article.history.order_by("history_date").values_list("title", "history_user"))
    assert history == [
        ("Trường THCS Nguyễn Du tổ chức ngày hội đọc sách", editor.pk),
        ("Tiêu đề đã sửa", editor.pk),
    ]
    first = article.history.earliest("history_date")
    page = client.get(f"/admin/news/article/{article.pk}/history/{first.history_id}/")
    assert page.status_code == 200


def test_publishing_cannot_be_bypassed_through_the_change_form(client, editor):
    article = ArticleFactory(status=ArticleStatus.DRAFT, created_by=editor)
    client.force_login(editor)
    client.post(
        f"/admin/news/article/{article.pk}/change/",
        article_form(status="published", category=article.category_id, reviewed_by=editor.pk),
    )
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT


def test_the_body_is_written_in_ckeditor_under_the_admin_policy(client, editor):
    client.force_login(editor)
    response = client.get("/admin/news/article/add/")
    assert isinstance(response.context["adminform"].form.fields["body"].widget, CKEditorWidget)
    assert "/static/ckeditor/ckeditor/ckeditor." in response.content.decode()
    # CKEditor 4 needs inline handlers in the admin; the public site keeps the strict policy.
    assert "script-src 'self' 'unsafe-inline'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in client.get("/").headers["Content-Security-Policy"]


def test_featuring_is_done_with_its_buttons_not_the_form(client, editor):
    article = ArticleFactory(published=True)
    client.force_login(editor)
    form = client.get(f"/admin/news/article/{article.pk}/change/").context["adminform"].form
    assert "is_featured" not in form.fields
    assert "publish_at" in form.fields
    client.post(f"/admin/news/article/{article.pk}/change/", change_form(article, _workflow="feature"))
    assert list(article.events.values_list("action", flat=True)) == ["featured"]


def gallery_rows(tokens_and_captions, *, cover=None):
    """The gallery inline as static/js/admin-gallery.js posts it: a row per uploaded photo, with its token."""
    data = {"images-TOTAL_FORMS": str(len(tokens_and_captions))}
    for n, (token, caption) in enumerate(tokens_and_captions):
        data.update({f"images-{n}-gallery_token": token, f"images-{n}-caption": caption, f"images-{n}-order": n + 1})
        if n == cover:
            data[f"images-{n}-is_cover"] = "on"
    return data


def test_photos_uploaded_by_the_drop_zone_are_saved_in_order_with_the_chosen_cover(client, collaborator, media):
    client.force_login(collaborator)
    tokens = [
        client.post(
            "/admin/gallery/upload/", {"gallery": "news.articleimage", "file": SimpleUploadedFile(f"a{n}.jpg", jpeg())}
        ).json()["token"]
        for n in range(3)
    ]
    captions = ["Khai mạc", "Phần thi kể chuyện", "Trao giải"]
    rows = gallery_rows([(tokens[2], captions[2]), (tokens[0], captions[0]), (tokens[1], captions[1])], cover=1)
    response = client.post("/admin/news/article/add/", article_form(**rows))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert list(article.images.values_list("caption", "alt", "order")) == [
        ("Trao giải", "Trao giải", 1),
        ("Khai mạc", "Khai mạc", 2),
        ("Phần thi kể chuyện", "Phần thi kể chuyện", 3),
    ]
    first = article.images.get(order=2)
    assert first.image.name == UploadedImage.objects.get(name__endswith="/a0.jpg").name
    assert (first.width, first.height) == (1200, 800)
    assert (article.cover_alt, article.cover_caption, article.cover_width) == ("Khai mạc", "Khai mạc", 1200)
    assert article.cover.name.startswith("articles/") and article.cover.name.endswith("/a0.jpg")
    assert article.cover.name != first.image.name  # a copy: removing the photo leaves the cover whole
    assert (media / article.cover.name).read_bytes() == (media / first.image.name).read_bytes()


def test_a_gallery_row_needs_a_caption_and_a_token_of_ones_own(client, collaborator, media):
    client.force_login(collaborator)
    other = Client()
    other.force_login(UserFactory(role=roles.COLLABORATOR))
    theirs = other.post(
        "/admin/gallery/upload/", {"gallery": "news.articleimage", "file": SimpleUploadedFile("b.jpg", jpeg())}
    ).json()["token"]
    mine = client.post(
        "/admin/gallery/upload/", {"gallery": "news.articleimage", "file": SimpleUploadedFile("c.jpg", jpeg())}
    ).json()["token"]
    response = client.post("/admin/news/article/add/", article_form(**gallery_rows([(theirs, "Ảnh"), (mine, "")])))
    assert response.status_code == 200
    (gallery,) = [
        inline.formset for inline in response.context["inline_admin_formsets"] if inline.formset.model is ArticleImage
    ]
    errors = [form.errors for form in gallery.forms]
    assert errors == [
        {"__all__": ["Không tìm thấy ảnh đã tải lên; hãy tải ảnh lên lại."]},
        {"caption": ["Hãy ghi chú thích (hoặc mô tả) cho ảnh, để người khiếm thị biết ảnh có gì."]},
    ]
    assert not Article.objects.exists()
