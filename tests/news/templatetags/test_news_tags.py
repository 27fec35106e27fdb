"""Tests of news/templatetags/news_tags.py: responsive pictures, article cards and the body's editor images with their srcset."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

from news.templatetags import news_tags
from portal import roles
from portal.models import UploadedImage
from tests.factories.news import ArticleFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def test_the_picture_tag_uses_srcset_sizes_and_lazy_loading():
    renditions = {
        "width": 1200,
        "height": 800,
        "sizes": [{"w": 400, "h": 267, "webp": "a.w400.webp", "jpg": "a.w400.jpg"}],
    }
    html = Template("{% load news_tags %}{% picture file renditions alt='Lễ khai giảng' %}").render(
        Context({"file": type("F", (), {"name": "a.jpg"})(), "renditions": renditions})
    )
    assert '<source type="image/webp" srcset="/media/a.w400.webp 400w" sizes="100vw">' in html
    assert 'srcset="/media/a.w400.jpg 400w, /media/a.jpg 1200w"' in html
    assert 'alt="Lễ khai giảng" width="1200" height="800" loading="lazy"' in html


def test_an_article_card_shows_picture_title_time_category_and_lead_with_terms_marked():
    article = ArticleFactory(
        published=True,
        title="Tuyển sinh lớp 10 <năm học mới>",
        lead="Thí sinh đăng ký tuyển sinh trực tuyến. " * 20,
        cover="articles/2026/05/cover.jpg",
        cover_alt="Thí sinh làm thủ tục dự thi",
        cover_width=1200,
        cover_height=800,
        publish_at=datetime.datetime(2026, 5, 4, 1, 30, tzinfo=datetime.UTC),
    )
    html = Template(
        '{% load news_tags %}{% article_card article large=True eager=True with_lead=True heading="h2" show_category=True %}'
    ).render(Context({"article": article, "terms": ["tuyen"]}))
    url = article.get_absolute_url()
    assert html.startswith(f'<article class="card card-large"><a class="card-image" href="{url}"')
    assert '<img src="/media/articles/2026/05/cover.jpg" alt="" width="1200" height="800" fetchpriority="high"' in html
    assert f'<h2 class="card-title"><a href="{url}"><mark>Tuyển</mark> sinh lớp 10 &lt;năm học mới&gt;</a></h2>' in html
    assert '<time datetime="2026-05-04T08:30:00+07:00">04/05/2026 08:30</time>' in html
    assert f' · <a href="{article.category.get_absolute_url()}">{article.category.name}</a></p>' in html
    lead = html.split('<p class="card-lead">')[1].split("</p>")[0]
    assert lead.endswith("…") and lead.count("<mark>tuyển</mark>") >= 5


def test_a_card_without_cover_or_options_is_title_and_time_only():
    article = ArticleFactory(published=True, title="Bản tin", cover="")
    html = Template('{% load news_tags %}{% article_card article heading="script" %}').render(
        Context({"article": article})
    )
    assert html.startswith('<article class="card card-no-image"><div class="card-text"><h3 class="card-title">')
    assert "card-lead" not in html and "card-image" not in html and " · " not in html


def test_a_card_is_rendered_once_and_again_when_anything_it_shows_changes(monkeypatch):
    article = ArticleFactory(
        published=True,
        title="Hội thi giáo viên dạy giỏi",
        cover="articles/a.jpg",
        cover_alt="Giáo viên dự thi",
        cover_width=1200,
        cover_height=800,
    )
    renders = []
    render = news_tags._card
    monkeypatch.setattr(news_tags, "_card", lambda *args: renders.append(args[0].title) or render(*args))
    monkeypatch.setattr(news_tags, "_cards", {})
    card = Template("{% load news_tags %}{% article_card article show_category=True %}")

    def shown() -> str:
        return card.render(Context({"article": article}))

    first = shown()
    assert shown() == first
    assert renders == ["Hội thi giáo viên dạy giỏi"]
    article.title = "Hội thi giáo viên dạy giỏi cấp tỉnh"
    assert "cấp tỉnh" in shown()
    article.cover_renditions = {"sizes": [{"w": 400, "h": 267, "webp": "articles/a.w400.webp", "jpg": "a.w400.jpg"}]}
    assert "articles/a.w400.webp" in shown()
    article.category.name = "Hoạt động chuyên môn"
    assert ">Hoạt động chuyên môn</a>" in shown()
    article.publish_at += datetime.timedelta(hours=1)
    assert shown() != first
    with translation.override("en"):
        shown()
    assert len(renders) == 6
    # With search terms marked the card is the page's own: rendered each time, never kept.
    Template("{% load news_tags %}{% article_card article %}").render(Context({"article": article, "terms": ["hoi"]}))
    assert len(renders) == 7 and len(news_tags._cards) == 6


def test_body_images_get_srcset_from_their_renditions(client, media):
    uploader = UserFactory(role=roles.EDITOR)
    image = UploadedImage.objects.create(
        name="editor/2026/11/a.jpg",
        width=1600,
        height=900,
        renditions={"sizes": [{"w": 400, "h": 225, "jpg": "editor/2026/11/a.w400.jpg", "webp": "x"}]},
        uploaded_by=uploader,
    )
    article = ArticleFactory(published=True, body=f'<p><img src="/media/{image.name}" alt="Ảnh"></p>')
    html = client.get(article.get_absolute_url()).content.decode()
    assert (
        '<img alt="Ảnh" loading="lazy" src="/media/editor/2026/11/a.jpg" '
        'srcset="/media/editor/2026/11/a.w400.jpg 400w, /media/editor/2026/11/a.jpg 1600w" '
        'sizes="(min-width: 900px) 760px, 100vw" width="1600" height="900">'
    ) in html
