"""No edit is lost, in Chromium: every workflow button saves what was typed (or refuses with the
form kept), leaving asks first, autosave brings the text back after a closed tab or an expired
session, and a save over someone else's newer save is refused with both versions shown."""

import datetime
import html

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from news.admin.articles import copy_time
from news.enums import ArticleAction, ArticleStatus
from news.models import Article, ArticleDraftCopy
from portal import roles
from tests.conftest import wait_until
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "MatKhauThu@2026"
NEW_TITLE = "Trường THCS Lê Lợi tổ chức hội thi kể chuyện theo sách (bản sửa)"
NEW_BODY = "Hội thi thu hút hơn 300 học sinh tham gia; ban giám khảo chọn ra mười giải."
OLD_BODY = "<p>Nội dung bài viết về công tác truyền thông giáo dục.</p>"


@pytest.fixture
def fast_autosave(monkeypatch):
    """Autosave every second instead of every minute, so that the browser's waits stay short."""
    monkeypatch.setattr("news.admin.articles.AUTOSAVE_SECONDS", 1)


def sign_in(page, username: str, next_url: str) -> None:
    page.goto(f"/admin/login/?next={next_url}")
    fill_sign_in(page, username)
    page.wait_for_url(f"**{next_url}")


def fill_sign_in(page, username: str) -> None:
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()


def body_of(page):
    return page.frame_locator("#cke_id_body iframe").locator("body")


def type_title_and_body(page, title: str = NEW_TITLE, body: str = NEW_BODY) -> None:
    page.get_by_label("Tiêu đề:").fill(title)
    editor = body_of(page)
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(body)


def leave(page, article, user) -> None:
    """Leave a page that holds unsaved text, saying yes to "leave?", and wait for its copy to reach the server.

    Closing such a page sends its copy on the way out; waiting for it keeps that request from
    arriving while the test's database is being emptied.
    """
    page.once("dialog", lambda dialog: dialog.accept())
    page.goto("/admin/")
    wait_until(lambda: ArticleDraftCopy.objects.filter(user=user, article=article).exists())


def change_url(article) -> str:
    return f"/admin/news/article/{article.pk}/change/"


def events(article) -> list[str]:
    return list(article.events.order_by("at", "pk").values_list("action", flat=True))


def test_a_collaborators_send_for_review_keeps_the_new_title_and_body(browser, live_server):
    """The case that lost text: a saved draft, its title and body changed, then "Lưu và gửi duyệt" at once."""
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    article = ArticleFactory(created_by=author, title="Trường THCS Lê Lợi tổ chức hội thi kể chuyện theo sách")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    sign_in(page, "congtacvien", change_url(article))
    type_title_and_body(page)
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_url(f"**{change_url(article)}")
    assert page.locator(".messagelist").inner_text() == "Đã lưu và gửi bài cho biên tập viên duyệt."
    article.refresh_from_db()
    assert (article.title, article.body, article.status) == (NEW_TITLE, f"<p>{NEW_BODY}</p>", ArticleStatus.PENDING)
    assert events(article) == [ArticleAction.SUBMITTED]
    context.close()


def test_each_editors_button_saves_the_typed_text_then_takes_its_step(browser, live_server):
    """Every button of the workflow panel, on a fresh article each: the text is kept, the step taken."""
    UserFactory(username="bientapvien", role=roles.EDITOR)
    now = timezone.now()
    cases = [
        # (the article's state, the button, what it becomes)
        ({"status": ArticleStatus.PENDING}, "Lưu và xuất bản", ArticleStatus.PUBLISHED, ArticleAction.PUBLISHED),
        ({"status": ArticleStatus.PENDING}, "Lưu và trả lại tác giả", ArticleStatus.DRAFT, ArticleAction.RETURNED),
        ({"published": True}, "Lưu và gỡ bài khỏi trang", ArticleStatus.UNPUBLISHED, ArticleAction.UNPUBLISHED),
        ({"published": True}, "Lưu và đưa lên tin tiêu điểm", ArticleStatus.PUBLISHED, ArticleAction.FEATURED),
        (
            {"published": True, "is_featured": True},
            "Lưu và bỏ khỏi tin tiêu điểm",
            ArticleStatus.PUBLISHED,
            ArticleAction.UNFEATURED,
        ),
        ({"created_by": None}, "Lưu và gửi duyệt", ArticleStatus.PENDING, ArticleAction.SUBMITTED),
    ]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    sign_in(page, "bientapvien", "/admin/news/article/")
    for state, button, status, action in cases:
        fields = {key: value for key, value in state.items() if value is not None}
        article = ArticleFactory(title=f"Bài thử nút “{button}”", **fields)
        page.goto(change_url(article))
        title = f"{NEW_TITLE}: {button}"
        type_title_and_body(page, title=title)
        if button == "Lưu và trả lại tác giả":
            page.get_by_label("Lý do trả lại (hoặc gỡ bài)").fill("Cần thêm ảnh minh họa.")
        page.get_by_role("button", name=button).click()
        page.wait_for_url(f"**{change_url(article)}")
        assert page.locator(".messagelist .success").count() == 1, button
        article.refresh_from_db()
        assert (article.title, article.body, article.status) == (title, f"<p>{NEW_BODY}</p>", status), button
        assert events(article)[-1] == action, button
        assert article.publish_at is None or article.publish_at >= now - datetime.timedelta(hours=2)


def test_a_refused_step_keeps_the_form_and_saves_nothing(browser, live_server):
    """Sent back without a reason, or with the title left empty: nothing saved, nothing taken, the text still there."""
    editor = UserFactory(username="bientapvien", role=roles.EDITOR)
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Bài chờ duyệt")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", base_url=live_server.url)
    page = context.new_page()
    sign_in(page, "bientapvien", change_url(article))

    type_title_and_body(page)
    with page.expect_navigation():
        page.get_by_role("button", name="Lưu và trả lại tác giả").click()
    assert (
        page.locator(".workflow-reason .errorlist").inner_text() == "Hãy ghi lý do trả lại để tác giả biết cần sửa gì."
    )
    assert page.get_by_label("Tiêu đề:").input_value() == NEW_TITLE
    assert body_of(page).inner_text() == NEW_BODY

    page.get_by_label("Tiêu đề:").fill("")
    with page.expect_navigation():
        page.get_by_role("button", name="Lưu và xuất bản").click()
    assert page.locator(".field-title .errorlist").inner_text() == "Trường này là bắt buộc."
    assert body_of(page).inner_text() == NEW_BODY

    article.refresh_from_db()
    assert (article.title, article.body, article.status) == ("Bài chờ duyệt", OLD_BODY, ArticleStatus.PENDING)
    assert events(article) == []
    leave(page, article, editor)  # the text shown again is not saved: leaving sends it aside
    context.close()


def desktop(browser, live_server):
    return browser.new_context(
        viewport={"width": 1280, "height": 900},
        locale="vi-VN",
        timezone_id="Asia/Ho_Chi_Minh",
        base_url=live_server.url,
    )


def status_text(page) -> str:
    return page.locator("#draft-status").inner_text()


def stored_copy(page, article, user):
    key = f"portal:article-draft:{user.pk}:{article.pk}"
    return page.evaluate("key => JSON.parse(window.localStorage.getItem(key))", key)


def browser_clock_label(page, moment: datetime.datetime) -> str:
    """How the page labels a copy the browser kept: by the browser's own clock, not the server's.

    They differ when the suite runs with a shifted clock; the label has a date only when the
    copy is from another day than the browser's today.
    """
    browser_now = datetime.datetime.fromtimestamp(page.evaluate("Date.now()") / 1000, tz=datetime.UTC)
    local, today = timezone.localtime(moment), timezone.localtime(browser_now).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%H:%M %d/%m/%Y")


def test_enter_in_the_title_saves_and_stays_without_a_workflow_step(browser, live_server):
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    article = ArticleFactory(created_by=author)
    context = desktop(browser, live_server)
    page = context.new_page()
    sign_in(page, "congtacvien", change_url(article))
    title = page.get_by_label("Tiêu đề:")
    title.fill(NEW_TITLE)
    with page.expect_navigation():
        title.press("Enter")
    assert page.url.endswith(change_url(article))
    article.refresh_from_db()
    assert (article.title, article.status) == (NEW_TITLE, ArticleStatus.DRAFT)
    assert events(article) == []
    context.close()


def test_leaving_with_unsaved_changes_asks_first(browser, live_server):
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    titled, bodied = ArticleFactory(created_by=author), ArticleFactory(created_by=author)
    context = desktop(browser, live_server)
    page = context.new_page()
    sign_in(page, "congtacvien", change_url(titled))
    asked, go = [], []

    def answer(dialog):  # stay, unless the test says to leave
        asked.append(dialog.type)
        dialog.accept() if go else dialog.dismiss()

    page.on("dialog", answer)
    back_to_list = page.locator(".breadcrumbs a", has_text="Bài viết")

    # Nothing typed: leaving asks nothing.
    back_to_list.click()
    page.wait_for_url("**/admin/news/article/")
    assert asked == []

    # A changed title: asked; staying keeps the text.
    page.goto(change_url(titled))
    page.get_by_label("Tiêu đề:").click()
    page.keyboard.press("End")
    page.keyboard.type(" (sửa)")
    with page.expect_event("dialog"):  # the dialog comes after click() returns
        back_to_list.click()
    assert asked == ["beforeunload"]
    assert page.url.endswith(change_url(titled))
    assert page.get_by_label("Tiêu đề:").input_value() == f"{titled.title} (sửa)"
    go.append(True)
    back_to_list.click()
    page.wait_for_url("**/admin/news/article/")
    go.clear()

    # Only the body changed (CKEditor's checkDirty): asked too.
    page.goto(change_url(bodied))
    body_of(page).click()
    page.keyboard.type("Câu thêm vào thân bài. ")
    with page.expect_event("dialog"):
        back_to_list.click()
    assert asked == ["beforeunload", "beforeunload", "beforeunload"]
    assert page.url.endswith(change_url(bodied))
    # Leaving anyway sends what was typed aside, to be offered back.
    go.append(True)
    back_to_list.click()
    page.wait_for_url("**/admin/news/article/")
    wait_until(lambda: ArticleDraftCopy.objects.filter(user=author, article=bodied).exists())
    context.close()


def test_typing_before_the_editor_is_ready_still_asks_before_leaving(browser, live_server):
    """On a slow line CKEditor is not ready for seconds; a title typed meanwhile is not forgotten."""
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    article = ArticleFactory(created_by=author)
    context = desktop(browser, live_server)
    page = context.new_page()
    sign_in(page, "congtacvien", "/admin/")
    held = []  # CKEditor's language file, never answered: the editor waits for it
    page.route("**/ckeditor/ckeditor/lang/**", lambda route: held.append(route))
    with page.expect_request("**/ckeditor/ckeditor/lang/**"):
        page.goto(change_url(article), wait_until="domcontentloaded")
    page.get_by_label("Tiêu đề:").click()
    page.keyboard.press("End")
    page.keyboard.type(" (sửa)")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    with page.expect_event("dialog"):
        page.locator(".breadcrumbs a", has_text="Bài viết").click()
    assert asked == ["beforeunload"]
    assert page.url.endswith(change_url(article))
    assert page.evaluate(
        "() => !window.CKEDITOR || !Object.values(CKEDITOR.instances).some((e) => e.status === 'ready')"
    )
    context.close()


def test_autosave_brings_the_text_back_after_the_tab_was_closed(browser, live_server, fast_autosave):
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    article = ArticleFactory(created_by=author, title="Tiêu đề đã lưu")
    first = desktop(browser, live_server)
    page = first.new_page()
    sign_in(page, "congtacvien", change_url(article))
    type_title_and_body(page)
    # What the form holds, as CKEditor gives it (entities, a line end); the save cleans it.
    copy = wait_until(
        lambda: next(
            (
                copy
                for copy in ArticleDraftCopy.objects.filter(user=author, article=article, fields__title=NEW_TITLE)
                if html.unescape(copy.fields["body"]).strip() == f"<p>{NEW_BODY}</p>"
            ),
            None,
        )
    )
    assert status_text(page).startswith("Đã lưu tạm lúc ")
    article.refresh_from_db()
    assert (article.title, article.body) == ("Tiêu đề đã lưu", OLD_BODY)  # aside, never over the article
    page.on("dialog", lambda dialog: dialog.accept())
    page.close(run_before_unload=True)
    first.close()

    # Another browser (nothing in its storage): the server's copy is offered.
    second = desktop(browser, live_server)
    page = second.new_page()
    sign_in(page, "congtacvien", change_url(article))
    copy.refresh_from_db()
    offer = page.locator(".draft-offer")
    assert offer.locator("p").inner_text() == f"Khôi phục bản đang viết lúc {copy_time(copy.saved_at)}?"
    assert page.get_by_label("Tiêu đề:").input_value() == "Tiêu đề đã lưu"
    offer.get_by_role("button", name="Khôi phục").click()
    assert page.get_by_label("Tiêu đề:").input_value() == NEW_TITLE
    assert body_of(page).inner_text() == NEW_BODY
    assert status_text(page) == (
        f"Đã khôi phục bản đang viết lúc {copy_time(copy.saved_at)}. Bấm “Lưu” để lưu vào bài."
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    article.refresh_from_db()
    assert (article.title, article.body) == (NEW_TITLE, f"<p>{NEW_BODY}</p>")
    assert page.locator(".messagelist .success").count() == 1
    # The save deleted the copy (an autosave already on its way when the form was sent is
    # dropped by the page that follows, since it says what the page shows).
    wait_until(lambda: not ArticleDraftCopy.objects.exists())
    assert page.locator(".draft-offer").count() == 0
    second.close()


def test_discarding_the_offer_deletes_the_copy(browser, live_server):
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    article = ArticleFactory(created_by=author)
    ArticleDraftCopy.objects.create(user=author, article=article, fields={"title": "Bản bỏ đi"})
    context = desktop(browser, live_server)
    page = context.new_page()
    sign_in(page, "congtacvien", change_url(article))
    page.locator(".draft-offer").get_by_role("button", name="Bỏ bản này").click()
    wait_until(lambda: not ArticleDraftCopy.objects.exists())
    assert page.locator(".draft-offer").count() == 0
    assert page.get_by_label("Tiêu đề:").input_value() == article.title
    context.close()


def test_an_expired_session_loses_nothing(browser, live_server, fast_autosave):
    """The session ends while the collaborator types: the browser keeps the text, and gives it back after signing in."""
    author = UserFactory(username="congtacvien", role=roles.COLLABORATOR)
    article = ArticleFactory(created_by=author, title="Tiêu đề đã lưu")
    context = desktop(browser, live_server)
    page = context.new_page()
    sign_in(page, "congtacvien", change_url(article))
    Session.objects.all().delete()  # twelve hours of typing, or an administrator signing everyone out

    type_title_and_body(page)
    page.locator("#draft-status a", has_text="Đăng nhập lại").wait_for()
    assert status_text(page) == (
        "Phiên đăng nhập đã hết hạn. Bản đang viết vẫn được giữ trong trình duyệt này: hãy đăng nhập lại "
        "(ở thẻ mới), bài sẽ được lưu tạm ngay sau đó. Đăng nhập lại"
    )
    assert NEW_TITLE in stored_copy(page, article, author)["state"]
    assert not ArticleDraftCopy.objects.exists()

    # "Lưu và gửi duyệt" with no session: the sign-in page, then back to the article.
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_url("**/admin/login/**")
    fill_sign_in(page, "congtacvien")
    page.wait_for_url(f"**{change_url(article)}")
    kept = stored_copy(page, article, author)
    saved_at = datetime.datetime.fromtimestamp(kept["savedAt"] / 1000, tz=datetime.UTC)
    offer = page.locator(".draft-offer")
    assert offer.locator("p").inner_text() == f"Khôi phục bản đang viết lúc {browser_clock_label(page, saved_at)}?"
    offer.get_by_role("button", name="Khôi phục").click()
    assert page.get_by_label("Tiêu đề:").input_value() == NEW_TITLE

    # The next autosave, signed in again, takes the copy over from the browser.
    wait_until(lambda: ArticleDraftCopy.objects.filter(fields__title=NEW_TITLE).exists())
    page.wait_for_function(
        "key => window.localStorage.getItem(key) === null", arg=f"portal:article-draft:{author.pk}:{article.pk}"
    )
    page.get_by_role("button", name="Lưu và gửi duyệt").click()
    page.wait_for_url(f"**{change_url(article)}")
    article.refresh_from_db()
    assert (article.title, article.body, article.status) == (NEW_TITLE, f"<p>{NEW_BODY}</p>", ArticleStatus.PENDING)
    assert not ArticleDraftCopy.objects.exists()
    context.close()


def test_two_editors_one_article(browser, live_server):
    """B saves over A's newer save: refused with both versions; B keeps theirs explicitly, or takes A's."""
    UserFactory(username="bientapvien", role=roles.EDITOR, last_name="Trần Thu", first_name="Hà")
    UserFactory(username="bientapvien2", role=roles.EDITOR)
    article = ArticleFactory(status=ArticleStatus.PENDING, title="Khai giảng năm học mới", lead="Sapo đầu.")
    first, second = desktop(browser, live_server), desktop(browser, live_server)
    a, b = first.new_page(), second.new_page()
    sign_in(a, "bientapvien", change_url(article))
    sign_in(b, "bientapvien2", change_url(article))

    a.get_by_label("Tiêu đề:").fill("Khai giảng năm học 2026-2027")
    with a.expect_navigation():
        a.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    type_title_and_body(b, title="Khai giảng năm học mới")
    with b.expect_navigation():
        b.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    conflict = b.locator(".edit-conflict")
    assert conflict.locator("h2").inner_text().startswith("Trần Thu Hà đã lưu bài này lúc ")
    rows = conflict.locator("tbody tr")
    assert [rows.nth(n).locator("th, td").all_inner_texts() for n in range(rows.count())] == [
        ["Tiêu đề", "Khai giảng năm học 2026-2027", "Khai giảng năm học mới"],
        ["Nội dung", "Nội dung bài viết về công tác truyền thông giáo dục.", NEW_BODY],
    ]
    assert body_of(b).inner_text() == NEW_BODY  # B's text is still in the editor
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.body) == ("Khai giảng năm học 2026-2027", OLD_BODY)

    conflict.get_by_role("button", name="Giữ bản của tôi (ghi đè bản của họ)").click()
    b.wait_for_load_state()
    assert b.locator(".messagelist").inner_text() == "Đã lưu bản của bạn thay cho bản người khác vừa lưu."
    saved = Article.objects.get(pk=article.pk)
    assert (saved.title, saved.body, saved.version) == ("Khai giảng năm học mới", f"<p>{NEW_BODY}</p>", 3)

    # Now A's page is the stale one; A takes B's version instead of keeping theirs.
    a.get_by_label("Sapo:").fill("Sapo của A.")
    with a.expect_navigation():
        a.get_by_role("button", name="Lưu và tiếp tục chỉnh sửa").click()
    asked = []
    a.on("dialog", lambda dialog: asked.append(dialog.type))
    a.locator(".edit-conflict").get_by_role("link", name="Lấy bản của họ (tải lại, bỏ thay đổi của tôi)").click()
    a.wait_for_function("() => !document.querySelector('.edit-conflict')")
    assert asked == []  # discarding on purpose does not ask
    assert a.get_by_label("Sapo:").input_value() == "Sapo đầu."
    assert a.get_by_label("Tiêu đề:").input_value() == "Khai giảng năm học mới"
    assert a.locator(".draft-offer").count() == 0
    assert Article.objects.get(pk=article.pk).lead == "Sapo đầu."
    first.close()
    second.close()
