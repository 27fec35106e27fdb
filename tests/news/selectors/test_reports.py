"""news/selectors/reports.py: per contributor and unit over a span, the silent units, the target."""

import datetime

import pytest
from django.utils import timezone

from news.forms import ReportPeriodForm
from news.selectors.reports import contribution_report, months_in
from portal.models import Unit
from tests.factories.news import ArticleFactory, ContributorFactory
from tests.factories.portal import UnitFactory
from tests.news.royalty_helpers import live_credit

pytestmark = pytest.mark.django_db


def test_contributors_and_units_with_views_ratings_and_the_units_that_sent_nothing(mid_month):
    school, quiet = UnitFactory(name="Trường THCS Nguyễn Du"), UnitFactory(name="Trường Tiểu học Hòa Phú")
    mai = ContributorFactory(full_name="Hoàng Thị Mai", unit=school)
    tam = ContributorFactory(full_name="Phạm Đức Tâm", unit=school)
    moment = timezone.now() - datetime.timedelta(hours=2)
    read = ArticleFactory(status="published", publish_at=moment, view_count=300, rating_sum=9, rating_count=2)
    live_credit(article=read, contributor=mai)
    live_credit(article=read, contributor=mai, kind="photo")
    live_credit(contributor=tam, article=ArticleFactory(status="published", publish_at=moment, view_count=50))
    live_credit(contributor=tam, hours_ago=24 * 40)  # before the span
    ArticleFactory(status="draft")
    Unit.objects.exclude(pk__in=[school.pk, quiet.pk]).update(is_active=False)  # only this test's units

    today = timezone.localdate()
    report = contribution_report(start=mid_month, end=today, target_per_month=2)

    assert [(r.name, r.article_count, r.photo_count, r.views, r.rating_average) for r in report.by_contributor] == [
        ("Hoàng Thị Mai", 1, 1, 300, 4.5),
        ("Phạm Đức Tâm", 1, 0, 50, None),
    ]
    assert [(r.name, r.article_count, r.views, r.target, r.short_of_target) for r in report.by_unit] == [
        ("Trường THCS Nguyễn Du", 2, 350, 2, False),
    ]
    assert report.silent_units == [quiet]
    assert report.unit_target == 2


def test_months_in_a_span():
    assert months_in(datetime.date(2026, 9, 1), datetime.date(2027, 8, 31)) == 12
    assert months_in(datetime.date(2026, 11, 20), datetime.date(2026, 11, 21)) == 1


@pytest.mark.parametrize(
    ("data", "span"),
    [
        ({"kind": "thang", "year": "2028", "month": "2"}, (datetime.date(2028, 2, 1), datetime.date(2028, 2, 29))),
        ({"kind": "quy", "year": "2026", "quarter": "4"}, (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))),
        ({"kind": "nam-hoc", "year": "2026"}, (datetime.date(2026, 9, 1), datetime.date(2027, 8, 31))),
        ({"kind": "nam", "year": "2026"}, (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))),
        (
            {"kind": "khoang", "start": "05/11/2026", "end": "20/11/2026"},
            (datetime.date(2026, 11, 5), datetime.date(2026, 11, 20)),
        ),
    ],
)
def test_the_spans_a_report_can_cover(data, span):
    form = ReportPeriodForm(data)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["span"] == span


def test_a_backwards_span_gets_a_clear_error():
    form = ReportPeriodForm({"kind": "khoang", "start": "20/11/2026", "end": "05/11/2026"})
    assert form.errors["__all__"] == ["Ngày kết thúc phải từ ngày bắt đầu trở đi."]
