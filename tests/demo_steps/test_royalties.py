"""The demo's contributors and royalties: credits for every article, last month approved, this month a draft."""

import io

import pytest

from news.enums import RoyaltyPeriodStatus
from news.models import Article, Contributor, RoyaltyPeriod
from news.selectors.royalties import month_credits, royalty_statement
from portal.demo import royalties

pytestmark = pytest.mark.django_db


def test_seed_demo_credits_the_articles_and_grades_the_last_two_months(newsroom_seeded):
    assert not Article.objects.filter(credits__isnull=True).exists()
    assert Contributor.objects.filter(user__isnull=True).count() == 11
    hoang_mai = Article.objects.filter(credits__contributor__full_name="Hoàng Thị Mai").first()
    assert hoang_mai.byline.startswith("Hoàng Mai")
    approved, draft = RoyaltyPeriod.objects.order_by("month")
    assert (approved.status, approved.approved_by.username) == (RoyaltyPeriodStatus.APPROVED, "lanhdao")
    assert draft.status == RoyaltyPeriodStatus.DRAFT
    last_month = royalty_statement(approved)
    assert last_month.lines and not last_month.ungraded
    # Every other credit of this month is graded, however many the date of seeding leaves in it.
    this_month, credits = royalty_statement(draft), month_credits(draft.month).count()
    assert (len(this_month.lines), len(this_month.ungraded)) == ((credits + 1) // 2, credits // 2)
    # Running it again adds nothing.
    royalties.seed(stdout=io.StringIO())
    assert RoyaltyPeriod.objects.count() == 2
    assert Contributor.objects.filter(user__isnull=True).count() == 11
