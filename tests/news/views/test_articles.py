"""Tests of news/views/articles.py: the public reading pages, their URLs, 404s, previews, ratings and attachments."""

import datetime
import json
import re

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from news.enums import ArticleStatus
from news.models import Article, ArticleImage, ArticleRating, Attachment
from news.services.articles import article_related_refresh, article_save
from portal import roles
from tests.conftest import bulk_articles
from tests.factories.news import ArticleFactory, CategoryFactory, TagFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def rate(client, article, stars, **extra):
    client.get(f"/tin-tuc/{article.pk}/danh-gia/")  # gives the CSRF and voter cookies, as the page's script does
    return client.post(
        f"/tin-tuc/{article.pk}/danh-gia/",
        {"stars": stars},
        headers={"x-csrftoken": client.cookies["csrftoken"].value},
        **extra,
    )


# --- an article's page ----------------------------------------------------------------------------


def test_article_page(client):
    tag = TagFactory(name="Truyền thông")
    article = ArticleFactory(
        published=True,
        title="Đắk Lắk: chú trọng công tác truyền thông",
        byline="Hoàng Mai",
        source="Báo Đắk Lắk",
        publish_at=datetime.datetime(2019, 10, 9, 8, 34, tzinfo=datetime.UTC),
        tags=[tag],
    )
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert article.get_absolute_url() == f"/tin-tuc/dak-lak-chu-trong-cong-tac-truyen-thong-{article.pk}/"
    assert "09/10/2019 15:34" in html
    assert "Hoàng Mai" in html
    assert "Nguồn: Báo Đắk Lắk" in html
    assert f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">' in html
    assert '<meta property="og:title" content="Đắk Lắk: chú trọng công tác truyền thông">' in html
    assert 'href="/the/truyen-thong/"' in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))
    assert (ld["@type"], ld["headline"], ld["author"]["name"]) == ("NewsArticle", article.title, "Hoàng Mai")
    assert response["Cache-Control"] == "public, max-age=60"


def test_old_slug_redirects_permanently_to_the_new_one(client):
    editor = UserFactory(role=roles.EDITOR)
    article = ArticleFactory(published=True, title="Tiêu đề cũ")
    old_url = article.get_absolute_url()
    article.title, article.slug = "Tiêu đề mới sau khi sửa", ""
    article_save(article=article, by=editor, is_new=False, changed_fields=["title", "slug"])
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == f"/tin-tuc/tieu-de-moi-sau-khi-sua-{article.pk}/"


@pytest.mark.parametrize(
    "status_and_time",
    [
        (ArticleStatus.DRAFT, None),
        (ArticleStatus.PENDING, None),
        (ArticleStatus.UNPUBLISHED, -1),
        (ArticleStatus.PUBLISHED, +1),
    ],
)
def test_unpublished_and_scheduled_articles_are_vietnamese_404s(client, status_and_time):
    status, hours = status_and_time
    publish_at = timezone.now() + datetime.timedelta(hours=hours) if hours else None
    article = ArticleFactory(status=status, publish_at=publish_at)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_staff_who_may_preview_are_sent_to_the_preview(client):
    article = ArticleFactory(status=ArticleStatus.PENDING)
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == f"/tin-tuc/xem-truoc/{article.pk}/"


def test_preview_shows_unpublished_articles_to_their_author_and_editors_only(client, collaborator, editor):
    draft = ArticleFactory(created_by=collaborator, title="Bản nháp chưa đăng")
    url = f"/tin-tuc/xem-truoc/{draft.pk}/"
    assert client.get(url).status_code == 302  # to the sign-in page
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(collaborator)
    response = client.get(url)
    assert response.status_code == 200
    assert "Bản xem trước – trạng thái: Bản nháp." in response.content.decode()
    assert "no-cache" in response["Cache-Control"]
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    assert client.get(url).status_code == 404
    client.force_login(editor)
    assert client.get(url).status_code == 200
    client.force_login(UserFactory(role=roles.LEADER))
    assert client.get(url).status_code == 403


def test_related_articles_manual_first_then_shared_tags_then_category(client):
    tag = TagFactory()
    category = CategoryFactory()
    article = ArticleFactory(published=True, category=category, tags=[tag])
    manual = ArticleFactory(published=True)
    article.related_articles.add(manual, ArticleFactory(title="Bản nháp liên quan"))
    shared = ArticleFactory(published=True, tags=[tag])
    same_category = ArticleFactory(published=True, category=category)
    ArticleFactory(status=ArticleStatus.PENDING, category=category, tags=[tag])
    related = client.get(article.get_absolute_url()).context["related"]
    assert related == [manual, shared, same_category]


def test_article_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries, settings, site_profile):
    settings.PAGE_CACHE_SECONDS = 0
    tag = TagFactory()
    articles = bulk_articles(1000)
    target = articles[0]
    Article.tags.through.objects.bulk_create(Article.tags.through(article=a, tag=tag) for a in articles[:50])
    target.related_articles.add(*articles[100:103])
    article_related_refresh(article_id=target.pk)
    client.get(articles[1].get_absolute_url())  # built before: the shell and the live block "Đọc nhiều" are kept
    # the article with its tags, gallery and attachments, and which kinds of records point at
    # it (none here); the stored related ids' articles. A body without editor images needs no query.
    with django_assert_num_queries(2):
        response = client.get(target.get_absolute_url())
    assert len(response.context["related"]) == 6
    assert response.context["tags"] == [tag]


def test_article_page_reads_its_parts_with_the_article_and_asks_only_for_the_links_it_has(
    client, django_assert_num_queries, settings, site_profile
):
    from tests.factories.awards import DecisionFactory  # noqa: PLC0415 - only this test needs the other apps
    from tests.factories.trainings import TrainingFactory  # noqa: PLC0415 - only this test needs the other apps

    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory(published=True, tags=[TagFactory(name="Tuyển sinh"), TagFactory(name="Chuyển đổi số")])
    ArticleImage.objects.bulk_create(
        [
            ArticleImage(article=article, image="articles/2026/05/gallery/b.jpg", width=1200, height=800,
                         alt="Trao giải", caption="Trao giải cho học sinh", order=2,
                         renditions={"width": 1200, "height": 800, "sizes": [{"w": 480, "jpg": "r/b-480.jpg", "webp": "r/b-480.webp"}]}),
            ArticleImage(article=article, image="articles/2026/05/gallery/a.jpg", width=1200, height=800,
                         alt="Khai mạc", caption="", order=1),
        ]
    )  # fmt: skip
    Attachment.objects.bulk_create(
        [
            Attachment(article=article, file="articles/files/x/lich-thi.pdf", title="Lịch thi", size=2048, order=2),
            Attachment(article=article, file="articles/files/y/ke-hoach.docx", title="Kế hoạch", size=1024, order=1),
        ]
    )
    other = ArticleFactory(published=True, category=article.category)
    TrainingFactory().articles.add(other)
    DecisionFactory().articles.add(other)
    for each in (article, other):  # each other's related news, stored as when they went live
        article_related_refresh(article_id=each.pk)
    client.get(article.get_absolute_url())  # the shell and "Đọc nhiều" are kept from here on

    with django_assert_num_queries(2):  # the article with its parts, the related articles
        response = client.get(article.get_absolute_url())
    context = response.context
    assert [t.name for t in context["tags"]] == ["Chuyển đổi số", "Tuyển sinh"]
    assert [(i.alt, i.image.name) for i in context["images"]] == [
        ("Khai mạc", "articles/2026/05/gallery/a.jpg"),
        ("Trao giải", "articles/2026/05/gallery/b.jpg"),
    ]
    assert [(f.title, f.extension) for f in context["attachments"]] == [("Kế hoạch", "DOCX"), ("Lịch thi", "PDF")]
    html = response.content.decode()
    assert 'srcset="/media/r/b-480.webp 480w"' in html
    assert f'href="{context["attachments"][1].get_download_url()}"' in html
    assert 'href="/the/tuyen-sinh/"' in html

    # Records of other kinds point at this one: the conferences and decisions it reports are asked for.
    with django_assert_num_queries(4):
        response = client.get(other.get_absolute_url())
    assert len(response.context["reported_trainings"]) + len(response.context["reported_decisions"]) == 2


def test_print_view_is_the_article_on_paper(client):
    article = ArticleFactory(published=True)
    html = client.get(f"{article.get_absolute_url()}in/").content.decode()
    assert 'href="/static/css/print' in html
    assert f"Địa chỉ bài viết: http://testserver{article.get_absolute_url()}" in html
    assert 'class="site-nav"' not in html


def test_attachments_are_private_until_the_article_is_public(client, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    draft = ArticleFactory()
    attachment = Attachment.objects.create(
        article=draft, title="Kế hoạch", file=SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.7 ke hoach"), size=17
    )
    assert (tmp_path / attachment.file.name).exists()  # in the private storage, not under MEDIA_ROOT
    assert attachment.get_download_url() == f"/tin-tuc/tep/{attachment.pk}/"
    assert client.get(attachment.get_download_url()).status_code == 404
    client.force_login(UserFactory(role=roles.EDITOR))
    assert client.get(attachment.get_download_url()).status_code == 200  # an editor previewing the draft
    client.logout()
    Article.objects.filter(pk=draft.pk).update(status="published", publish_at=timezone.now())
    response = client.get(attachment.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 ke hoach"
    assert response["Content-Disposition"].startswith("attachment;")


# --- categories, tags and the archive -------------------------------------------------------------


def test_category_page_lists_its_own_and_subcategory_articles(client):
    parent = CategoryFactory(name="Tin tức - Sự kiện")
    child = CategoryFactory(name="Tin từ cơ sở", parent=parent)
    mine, from_child = ArticleFactory(published=True, category=parent), ArticleFactory(published=True, category=child)
    ArticleFactory(published=True)
    response = client.get(parent.get_absolute_url())
    assert set(response.context["page"].object_list) == {mine, from_child}
    assert response.context["children"] == [child]
    assert 'href="/chuyen-muc/tin-tu-co-so/"' in response.content.decode()


def test_the_listing_of_press_releases_is_their_category_page(client, press_category):
    ArticleFactory(published=True, category=press_category, title="Thông cáo về kỳ thi lớp 10")
    html = client.get("/chuyen-muc/thong-cao-bao-chi/").content.decode()
    assert "<h1>Thông cáo báo chí</h1>" in html
    assert "Thông cáo về kỳ thi lớp 10" in html


@pytest.mark.parametrize("page", ["2", "0", "abc", "999999999999999999999"])
def test_page_numbers_out_of_range_or_not_numbers_are_404(client, page):
    category = CategoryFactory()
    ArticleFactory(published=True, category=category)
    assert client.get(category.get_absolute_url(), {"trang": page}).status_code == 404


def test_category_pagination_and_query_count(client, django_assert_num_queries, settings, site_profile):
    settings.PAGE_CACHE_SECONDS = 0
    category = CategoryFactory()
    bulk_articles(1000, category=category)
    with django_assert_num_queries(7):  # shell (profile, menu, links), category, sub-categories, count, page
        response = client.get(category.get_absolute_url(), {"trang": "3"})
    page = response.context["page"]
    assert (page.number, page.paginator.num_pages, len(page.object_list)) == (3, 50, 20)


def test_tag_page_and_archive_by_day(client):
    tag = TagFactory(name="Chuyển đổi số")
    tagged = ArticleFactory(published=True, tags=[tag])
    # Noon two days ago in Vietnam: never the local day of an article published an hour ago, even
    # just after midnight there.
    noon = datetime.datetime.combine(timezone.localdate() - datetime.timedelta(days=2), datetime.time(12))
    earlier = ArticleFactory(status="published", publish_at=timezone.make_aware(noon))
    assert list(client.get("/the/chuyen-doi-so/").context["page"].object_list) == [tagged]
    day = timezone.localtime(earlier.publish_at).date().isoformat()
    assert list(client.get("/tin-tuc/", {"ngay": day}).context["page"].object_list) == [earlier]
    assert client.get("/tin-tuc/", {"ngay": "hom-qua"}).status_code == 404


def test_long_lists_count_up_to_a_cap_and_point_to_the_archive_by_day(client, monkeypatch, settings):
    settings.PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr("news.views.articles.LIST_MAX_ITEMS", 40)
    category = CategoryFactory()
    bulk_articles(45, category=category)
    first = client.get(category.get_absolute_url())
    assert first.context["page"].paginator.num_pages == 2
    last = client.get(category.get_absolute_url(), {"trang": "2"}).content.decode()
    assert 'Các tin cũ hơn: <a href="/tin-tuc/">xem tin theo ngày</a>' in last
    assert client.get(category.get_absolute_url(), {"trang": "3"}).status_code == 404


def test_public_pages_answer_head_requests(client):
    article = ArticleFactory(published=True)
    for url in ("/", article.get_absolute_url(), "/tim-kiem/?q=x", "/tin-tuc/"):
        assert client.head(url).status_code == 200, url


# --- ratings --------------------------------------------------------------------------------------


def test_a_browser_rates_once(client):
    article = ArticleFactory(published=True)
    client = Client(enforce_csrf_checks=True)
    first = rate(client, article, 4)
    assert first.status_code == 200
    assert first.json() == {"average": 4.0, "count": 1, "voted": True, "message": "Cảm ơn bạn đã đánh giá."}
    again = rate(client, article, 1)
    assert again.status_code == 409
    assert again.json()["message"] == "Bạn đã đánh giá bài viết này."
    other_browser = Client(enforce_csrf_checks=True)
    assert rate(other_browser, article, 5).json()["average"] == 4.5
    article.refresh_from_db()
    assert (article.rating_count, article.rating_sum) == (2, 9)


@pytest.mark.parametrize("stars", ["0", "6", "-1", "ba", ""])
def test_ratings_outside_one_to_five_are_refused(client, stars):
    article = ArticleFactory(published=True)
    response = rate(client, article, stars)
    assert response.status_code == 400
    assert response.json()["message"] == "Hãy chọn từ 1 đến 5 sao."
    assert not ArticleRating.objects.exists()


def test_a_flood_of_votes_from_one_address_is_refused(client):
    articles = [ArticleFactory(published=True) for _ in range(12)]
    # All votes at one frozen moment, after every article went live: one rate-limit window.
    moment = max(article.publish_at for article in articles) + datetime.timedelta(seconds=5)
    with time_machine.travel(moment, tick=False):
        codes = [rate(Client(), article, 5).status_code for article in articles]
    assert codes == [200] * 10 + [429] * 2
    assert ArticleRating.objects.count() == 10


def test_a_vote_purges_the_articles_cached_page(client, django_capture_on_commit_callbacks):
    article = ArticleFactory(published=True)
    for _ in range(2):  # built, then from the cache
        assert "Chưa có đánh giá." in client.get(article.get_absolute_url()).text
    with django_capture_on_commit_callbacks(execute=True):
        assert rate(Client(), article, 4).status_code == 200
    page = client.get(article.get_absolute_url()).text
    assert "4,0/5 sao (1 lượt đánh giá)" in page
    assert "Chưa có đánh giá." not in page


def test_a_vote_needs_the_csrf_token(client):
    article = ArticleFactory(published=True)
    assert Client(enforce_csrf_checks=True).post(f"/tin-tuc/{article.pk}/danh-gia/", {"stars": 5}).status_code == 403
