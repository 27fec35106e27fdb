"""Comments from the public on drafts: the form and its abuse guard, the comment period, moderation."""

import datetime

import pytest
import time_machine

from news.enums import CommentStatus
from news.models import DocumentComment
from news.services.documents import (
    DocumentError,
    document_comment_publish,
    document_comment_reject,
    document_comment_submit,
)
from portal import roles
from tests.factories.news import DocumentCommentFactory, DocumentFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 9, 3, 0, tzinfo=datetime.UTC)
GOOD_POST = {
    "full_name": "Trần Thị Lan",
    "email": "lan@example.vn",
    "unit_name": "Trường THCS Nguyễn Du",
    "body": "Đề nghị giữ môn Ngoại ngữ là bài thi bắt buộc.",
    "website": "",
}
SCRIPT = '<script>alert("xss")</script><b onmouseover="steal()">Góp ý</b> & cảm ơn'


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def draft(frozen):
    return DocumentFactory(
        number="",
        issued_on=None,
        is_draft=True,
        doc_type="plan",
        summary="Kế hoạch tuyển sinh vào lớp 10 năm học 2027-2028",
        comment_until=datetime.date(2026, 3, 20),
    )


def comment_url(document) -> str:
    return f"{document.get_absolute_url()}gop-y/"


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
    with time_machine.travel(datetime.datetime(2026, 3, 20, 16, 59, tzinfo=datetime.UTC), tick=False):  # 23:59 on 20/3
        assert client.post(comment_url(draft), GOOD_POST).status_code == 302
    with time_machine.travel(datetime.datetime(2026, 3, 20, 17, 1, tzinfo=datetime.UTC), tick=False):  # 00:01 on 21/3
        response = client.post(comment_url(draft), GOOD_POST)
        assert "Dự thảo này không nhận góp ý hoặc đã hết thời gian góp ý." in response.content.decode()
        with pytest.raises(DocumentError):
            document_comment_submit(document=draft, full_name="A", email="a@example.vn", body="Góp ý muộn")
        assert (
            "Đã hết thời gian góp ý (đến hết ngày 20/03/2026)." in client.get(draft.get_absolute_url()).content.decode()
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


def test_staff_moderate_in_the_admin_and_never_see_raw_html(client, draft):
    comment = DocumentCommentFactory(document=draft, full_name="<i>Lan</i>", body=SCRIPT)
    client.force_login(UserFactory(role=roles.EDITOR))
    listing = client.get("/admin/news/documentcomment/").content.decode()
    change = client.get(f"/admin/news/documentcomment/{comment.pk}/change/").content.decode()
    for html in (listing, change):
        assert "<script>alert" not in html
        assert "<i>Lan</i>" not in html
    response = client.post(
        "/admin/news/documentcomment/",
        {"action": "action_publish", "_selected_action": [comment.pk]},
        follow=True,
    )
    assert "Đã đăng 1 góp ý." in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED


def test_collaborators_and_leaders_cannot_moderate(client, draft):
    comment = DocumentCommentFactory(document=draft)
    for role in (roles.COLLABORATOR, roles.LEADER):
        user = UserFactory(role=role)
        with pytest.raises(Exception, match="không có quyền"):
            document_comment_publish(comment=comment, by=user)
        client.force_login(user)
        assert client.get("/admin/news/documentcomment/").status_code in (302, 403)
