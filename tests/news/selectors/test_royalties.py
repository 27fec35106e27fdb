"""news/selectors/royalties.py: the statement's lines, whole-đồng amounts and totals, exactly."""

from decimal import Decimal

import pytest

from news.models.credits import royalty_amount
from news.selectors.royalties import royalty_statement
from news.services.royalties import credit_grade
from tests.factories.news import ArticleFactory, ContributorFactory, RoyaltyPeriodFactory
from tests.factories.portal import UnitFactory
from tests.news.royalty_helpers import live_credit, rate

pytestmark = pytest.mark.django_db


def test_an_amount_is_rounded_half_up_to_the_dong():
    assert royalty_amount(coefficient=Decimal(1), share=Decimal(50), unit_value=Decimal(100001)) == Decimal(50001)
    assert royalty_amount(coefficient=Decimal("2.5"), share=Decimal("33.33"), unit_value=Decimal(123457)) == Decimal(
        102871
    )
    assert royalty_amount(coefficient=Decimal("2.5"), share=Decimal("66.67"), unit_value=Decimal(123457)) == Decimal(
        205772
    )


def test_the_statement_lists_graded_credits_with_totals_per_contributor_and_unit(mid_month, editor):
    school = UnitFactory(name="Trường THPT Buôn Ma Thuột")
    lan = ContributorFactory(full_name="Nguyễn Thị Lan", unit=school)
    hung = ContributorFactory(full_name="Y Hưng Niê", unit=school)
    free = ContributorFactory(full_name="Đào Văn Tự Do", unit=None)
    shared = live_credit(contributor=lan, share="33.33")
    article = shared.article
    other = live_credit(article=article, contributor=hung, share="66.67")
    photo = live_credit(article=article, contributor=free, kind="photo")
    alone = live_credit(contributor=lan)
    ungraded = live_credit(contributor=hung)
    text_rate, photo_rate = rate("text", "1", "3"), rate("photo", "0.5", "2")
    for credit, grade_rate, coefficient in (
        (shared, text_rate, "2.5"),
        (other, text_rate, "2.5"),
        (photo, photo_rate, "1.5"),
        (alone, text_rate, "1"),
    ):
        credit_grade(credit=credit, rate=grade_rate, coefficient=coefficient, by=editor)
    ArticleFactory(status="draft")  # nothing of a draft is listed
    period = RoyaltyPeriodFactory(month=mid_month, unit_value=123457)

    statement = royalty_statement(period)

    assert [(line.contributor_name, line.amount) for line in statement.lines] == [
        ("Nguyễn Thị Lan", Decimal(102871)),
        ("Nguyễn Thị Lan", Decimal(123457)),
        ("Y Hưng Niê", Decimal(205772)),
        ("Đào Văn Tự Do", Decimal(185186)),
    ]
    assert statement.ungraded == [ungraded]
    assert [(t.name, t.unit_name, t.lines, t.amount) for t in statement.by_contributor] == [
        ("Nguyễn Thị Lan", "Trường THPT Buôn Ma Thuột", 2, Decimal(226328)),
        ("Y Hưng Niê", "Trường THPT Buôn Ma Thuột", 1, Decimal(205772)),
        ("Đào Văn Tự Do", "—", 1, Decimal(185186)),
    ]
    assert [(t.name, t.amount) for t in statement.by_unit] == [
        ("Trường THPT Buôn Ma Thuột", Decimal(432100)),
        ("—", Decimal(185186)),
    ]
    assert statement.total == Decimal(617286)


def test_the_statement_is_two_queries_whatever_its_size(mid_month, editor, django_assert_num_queries):
    for _ in range(3):
        credit_grade(credit=live_credit(), rate=rate(), coefficient="2", by=editor)
    period = RoyaltyPeriodFactory(month=mid_month)
    with django_assert_num_queries(2):  # the graded credits, the corrections of earlier months
        statement = royalty_statement(period)
        assert len(statement.lines) == 3
