"""Tests of news/templatetags/news_tags.py: responsive pictures and the body's editor images with their srcset."""

import pytest
from django.template import Context, Template

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
