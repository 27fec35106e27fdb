"""The public reading pages: content, URLs, 404s, caching and its purge, query counts."""

import datetime
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from news.enums import ArticleStatus
from news.models import Article, ArticleDailyViews, Attachment
from news.services.articles import article_publish, article_save, article_unpublish, articles_go_live
from portal import roles
from tests.factories.news import ArticleFactory, CategoryFactory, TagFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def bulk_articles(count: int, **fields) -> list[Article]:
    """``count`` published articles in one INSERT, for the query-count tests."""
    author = fields.pop("created_by", None) or UserFactory()
    category = fields.pop("category", None) or CategoryFactory()
    now = timezone.now()
    return Article.objects.bulk_create(
        Article(
            title=f"Tin số {n}: hoạt động truyền thông giáo dục",
            slug=f"tin-so-{n}",
            lead="Sapo của bài viết.",
            body="<p>Nội dung.</p>",
            category=category,
            created_by=author,
            status=ArticleStatus.PUBLISHED,
            publish_at=now - datetime.timedelta(minutes=n + 1),
            went_live_at=now,
            **fields,
        )
        for n in range(count)
    )


def test_home_page_shows_its_blocks(client):
    home_category = CategoryFactory(name="Tin trong tỉnh", show_on_home=True)
    child = CategoryFactory(name="Tin huyện", parent=home_category)
    featured = ArticleFactory(published=True, is_featured=True, title="Bài tiêu điểm hôm nay")
    in_child = ArticleFactory(published=True, category=child, title="Tin từ huyện Lắk")
    must_read = ArticleFactory(published=True, is_must_read=True, title="Bài đừng bỏ lỡ")
    ArticleDailyViews.objects.create(article=must_read, day=timezone.localdate(), views=500)
    ArticleFactory(title="Bản nháp không được hiện")
    ArticleFactory(
        status=ArticleStatus.PUBLISHED, publish_at=timezone.now() + datetime.timedelta(hours=1), title="Bài hẹn giờ"
    )
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    context = response.context
    assert context["featured"] == [featured]
    assert [(c.name, [a.title for a in articles]) for c, articles in context["category_blocks"]] == [
        ("Tin trong tỉnh", [in_child.title])
    ]
    assert context["most_read"] == [must_read]
    assert context["must_read"] == [must_read]
    assert "Bản nháp không được hiện" not in html
    assert "Bài hẹn giờ" not in html
    for heading in ("Tin tiêu điểm", "Tin mới", "Đọc nhiều", "Đừng bỏ lỡ", "Tin trong tỉnh"):
        assert heading in html


def test_home_blocks_with_nothing_hide_themselves(client):
    html = client.get("/").content.decode()
    for heading in ("Tin tiêu điểm", "Đọc nhiều", "Đừng bỏ lỡ"):
        assert heading not in html


def test_home_page_runs_a_fixed_number_of_queries_on_1000_articles(
    client, django_assert_num_queries, settings, site_profile
):
    settings.PAGE_CACHE_SECONDS = 0
    categories = [CategoryFactory(show_on_home=True) for _ in range(4)]
    for category in categories:
        articles = bulk_articles(250, category=category, is_featured=category is categories[0])
        ArticleDailyViews.objects.bulk_create(
            ArticleDailyViews(article=a, day=timezone.localdate(), views=n) for n, a in enumerate(articles[:50])
        )
    # shell (cached after this): profile, menu, agency links; featured, latest, home categories,
    # their blocks, most read, must read, upcoming trainings, latest commendations: 11 (issue: ≤ 12)
    with django_assert_num_queries(11):
        response = client.get("/")
    assert len(response.context["category_blocks"]) == 4


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
    # shell: profile, menu, agency links; article, tags, images, attachments, manual picks,
    # shared tags, most read; a body without editor images needs no query
    with django_assert_num_queries(10):
        response = client.get(target.get_absolute_url())
    assert len(response.context["related"]) == 6


def test_print_view_is_the_article_on_paper(client):
    article = ArticleFactory(published=True)
    html = client.get(f"{article.get_absolute_url()}in/").content.decode()
    assert 'href="/static/css/print' in html
    assert f"Địa chỉ bài viết: http://testserver{article.get_absolute_url()}" in html
    assert 'class="site-nav"' not in html


def test_category_page_lists_its_own_and_subcategory_articles(client):
    parent = CategoryFactory(name="Tin tức - Sự kiện")
    child = CategoryFactory(name="Tin từ cơ sở", parent=parent)
    mine, from_child = ArticleFactory(published=True, category=parent), ArticleFactory(published=True, category=child)
    ArticleFactory(published=True)
    response = client.get(parent.get_absolute_url())
    assert set(response.context["page"].object_list) == {mine, from_child}
    assert response.context["children"] == [child]
    assert 'href="/chuyen-muc/tin-tu-co-so/"' in response.content.decode()


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
    yesterday = ArticleFactory(status="published", publish_at=timezone.now() - datetime.timedelta(days=1))
    assert list(client.get("/the/chuyen-doi-so/").context["page"].object_list) == [tagged]
    day = timezone.localtime(yesterday.publish_at).date().isoformat()
    assert list(client.get("/tin-tuc/", {"ngay": day}).context["page"].object_list) == [yesterday]
    assert client.get("/tin-tuc/", {"ngay": "hom-qua"}).status_code == 404


def test_cached_article_page_is_purged_when_the_article_changes(client, django_capture_on_commit_callbacks):
    editor = UserFactory(role=roles.EDITOR)
    article = ArticleFactory(published=True, title="Tiêu đề ban đầu")
    url = article.get_absolute_url()
    assert "Tiêu đề ban đầu" in client.get(url).content.decode()
    Article.objects.filter(pk=article.pk).update(title="Đổi ngầm, không qua dịch vụ")
    assert "Tiêu đề ban đầu" in client.get(url).content.decode()  # served from the cache
    article.lead = "Sapo mới."
    with django_capture_on_commit_callbacks(execute=True):
        article_save(article=article, by=editor, is_new=False, changed_fields=["lead"])
    assert "Sapo mới." in client.get(url).content.decode()


def test_home_and_category_caches_are_purged_when_an_article_is_published_or_unpublished(
    client, django_capture_on_commit_callbacks
):
    editor = UserFactory(role=roles.EDITOR)
    category = CategoryFactory()
    ArticleFactory(published=True, category=category)
    client.get("/")
    client.get(category.get_absolute_url())
    article = ArticleFactory(status=ArticleStatus.PENDING, category=category, title="Tin vừa duyệt xong")
    with django_capture_on_commit_callbacks(execute=True):
        article_publish(article=article, by=editor, publish_at=timezone.now() - datetime.timedelta(seconds=1))
        articles_go_live()
    assert "Tin vừa duyệt xong" in client.get("/").content.decode()
    assert "Tin vừa duyệt xong" in client.get(category.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        article_unpublish(article=article, by=editor)
    assert "Tin vừa duyệt xong" not in client.get("/").content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404


def test_conditional_get_answers_304(client):
    article = ArticleFactory(published=True)
    etag = client.get(article.get_absolute_url())["ETag"]
    assert client.get(article.get_absolute_url(), headers={"if-none-match": etag}).status_code == 304


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


def test_shared_links_with_tracking_parameters_hit_the_same_cached_page(client, django_assert_num_queries):
    article = ArticleFactory(published=True)
    client.get(article.get_absolute_url())
    with django_assert_num_queries(0):
        response = client.get(article.get_absolute_url(), {"fbclid": "IwAR0abc", "utm_source": "zalo"})
    assert response.status_code == 200
    # Another host name (an intranet address, say) gets its own copy, with its own links.
    other = client.get(article.get_absolute_url(), headers={"host": "localhost"}).content.decode()
    assert f'<link rel="canonical" href="http://localhost{article.get_absolute_url()}">' in other


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


def test_public_pages_answer_head_requests(client):
    article = ArticleFactory(published=True)
    for url in ("/", article.get_absolute_url(), "/tim-kiem/?q=x", "/tin-tuc/"):
        assert client.head(url).status_code == 200, url
