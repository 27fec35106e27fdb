"""What the article's change form sends, for the tests of news/admin/articles.py."""

from django.utils import timezone

EMPTY_INLINES = {
    "images-TOTAL_FORMS": "0",
    "images-INITIAL_FORMS": "0",
    "credits-TOTAL_FORMS": "0",
    "credits-INITIAL_FORMS": "0",
    "attachments-TOTAL_FORMS": "0",
    "attachments-INITIAL_FORMS": "0",
}


def change_form(article, **overrides) -> dict:
    """The change form of ``article`` as a browser sends it untouched, with ``overrides`` typed over it.

    ``opened_version`` is the article's version, as when the page was opened now.
    """
    data = {
        "title": article.title,
        "slug": article.slug,
        "lead": article.lead,
        "body": article.body,
        "category": article.category_id,
        "unit": article.unit_id or "",
        "byline": article.byline,
        "opened_version": article.version,
        **EMPTY_INLINES,
    }
    if article.publish_at:
        local = timezone.localtime(article.publish_at)
        data.update({"publish_at_0": f"{local:%d/%m/%Y}", "publish_at_1": f"{local:%H:%M}"})
    data.update(overrides)
    return data


def new_form(category, **overrides) -> dict:
    """The add form, filled in."""
    data = {
        "title": "Trường THCS Nguyễn Du tổ chức ngày hội đọc sách",
        "slug": "",
        "lead": "Hơn 600 học sinh tham gia ngày hội đọc sách do nhà trường tổ chức.",
        "body": "<p>Ngày hội có nhiều hoạt động bổ ích.</p>",
        "category": category.pk,
        **EMPTY_INLINES,
    }
    data.update(overrides)
    return data
