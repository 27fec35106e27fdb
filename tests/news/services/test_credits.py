"""news/services/credits.py: contributors found or created, credits saved with their shares, the byline built."""

import importlib
from decimal import Decimal

import pytest
from django.apps import apps

from news.enums import RoyaltyPeriodStatus
from news.models import Article, Contributor, Credit, RoyaltyRate
from news.selectors.credits import contributor_find
from news.services.credits import (
    CreditError,
    article_credits_save,
    contributor_for_user,
    contributor_get_or_create,
)
from tests.factories.news import ArticleFactory, ContributorFactory, RoyaltyPeriodFactory
from tests.factories.portal import UnitFactory, UserFactory
from tests.news.royalty_helpers import live_credit

pytestmark = pytest.mark.django_db


def test_a_contributor_is_found_by_name_and_unit_whatever_the_spaces_and_case():
    school = UnitFactory()
    made, created = contributor_get_or_create(full_name="  Lê  Thị Hoa ", unit=school)
    assert (made.full_name, created) == ("Lê Thị Hoa", True)
    assert contributor_find(full_name="lê thị hoa", unit=school) == made
    assert contributor_find(full_name="Lê Thị Hoa", unit=None) is None
    again, created = contributor_get_or_create(full_name="LÊ THỊ HOA", unit=school)
    assert (again, created) == (made, False)


def test_an_account_gets_its_own_contributor_once():
    user = UserFactory(last_name="Trần Quốc", first_name="Bảo", unit=UnitFactory())
    contributor = contributor_for_user(user=user)
    assert (contributor.full_name, contributor.unit_id, contributor.user) == ("Trần Quốc Bảo", user.unit_id, user)
    assert contributor_for_user(user=user) == contributor


def test_the_byline_is_built_from_the_credits(editor):
    article = ArticleFactory(created_by=editor)
    writer = ContributorFactory(full_name="Nguyễn Văn An", pen_name="Hoàng An")
    co_writer = ContributorFactory(full_name="Lê Thị Bình")
    photographer = ContributorFactory(full_name="Y Blô Êban")
    credits = [
        Credit(contributor=writer, kind="text", share=60),
        Credit(contributor=co_writer, kind="text", share=40),
        Credit(contributor=photographer, kind="photo", share=100),
    ]
    article_credits_save(article=article, by=editor, saved=credits, deleted=[])
    article.refresh_from_db()
    assert article.byline == "Hoàng An, Lê Thị Bình – Ảnh: Y Blô Êban"


def test_a_custom_byline_is_kept(editor):
    article = ArticleFactory(created_by=editor, byline="Nhóm phóng viên", byline_custom=True)
    article_credits_save(article=article, by=editor, saved=[Credit(contributor=ContributorFactory())], deleted=[])
    article.refresh_from_db()
    assert article.byline == "Nhóm phóng viên"


def test_an_article_without_credits_credits_its_author(collaborator):
    article = ArticleFactory(created_by=collaborator)
    article_credits_save(article=article, by=collaborator, saved=[], deleted=[])
    credit = Credit.objects.get(article=article)
    assert (credit.contributor.user, credit.kind, credit.share) == (collaborator, "text", Decimal(100))


def test_shares_of_a_kind_not_making_100_are_refused_and_nothing_is_saved(editor):
    article = ArticleFactory(created_by=editor)
    credits = [Credit(contributor=ContributorFactory(), share=60), Credit(contributor=ContributorFactory(), share=30)]
    with pytest.raises(CreditError, match="“Bài viết, tin” cộng lại là 90%, phải đúng 100%"):
        article_credits_save(article=article, by=editor, saved=credits, deleted=[])
    assert not Credit.objects.filter(article=article).exists()


def test_a_collaborator_cannot_change_the_credits_of_someone_elses_article(collaborator, editor):
    article = ArticleFactory(created_by=editor)
    with pytest.raises(CreditError):
        article_credits_save(
            article=article, by=collaborator, saved=[Credit(contributor=ContributorFactory())], deleted=[]
        )


def test_credits_of_an_approved_month_are_frozen_but_the_article_still_saves(mid_month, editor):
    credit = live_credit(coefficient=None)
    RoyaltyPeriodFactory(month=mid_month, status=RoyaltyPeriodStatus.APPROVED)
    credit.share = 50
    with pytest.raises(CreditError, match="đã được duyệt"):
        article_credits_save(article=credit.article, by=editor, saved=[credit], deleted=[])
    article_credits_save(article=credit.article, by=editor, saved=[], deleted=[])  # untouched credits: fine
    credit.refresh_from_db()
    assert credit.share == Decimal(100)


def test_changing_a_credits_contributor_clears_its_grade(mid_month, editor):
    credit = live_credit()
    rate = RoyaltyRate.objects.filter(kind="text").first()
    Credit.objects.filter(pk=credit.pk).update(rate=rate, coefficient=2)
    credit.refresh_from_db()
    credit.contributor = ContributorFactory()
    article_credits_save(article=credit.article, by=editor, saved=[credit], deleted=[])
    credit.refresh_from_db()
    assert (credit.rate, credit.coefficient) == (None, None)


# --- the data migration -------------------------------------------------------------------


def test_the_migration_turns_authors_and_bylines_into_credits_and_back():
    migration = importlib.import_module("news.migrations.0020_contributors_credits_royalties")
    school = UnitFactory()
    typist = UserFactory(last_name="Trần Quốc", first_name="Bảo", is_staff=True)
    own = ArticleFactory(created_by=typist, byline="")
    mailed = ArticleFactory(created_by=typist, byline="Lê  Thị Hoa", unit=school)
    mailed_again = ArticleFactory(created_by=typist, byline="Lê Thị Hoa", unit=school)
    signed = ArticleFactory(created_by=typist, byline="Trần Quốc Bảo")
    rates = RoyaltyRate.objects.count()

    migration.forwards(apps, None)

    def author(article):
        return Credit.objects.select_related("contributor").get(article=article).contributor

    assert author(own).user == typist
    assert author(signed).user == typist
    assert (author(mailed).full_name, author(mailed).unit, author(mailed).user) == ("Lê Thị Hoa", school, None)
    assert author(mailed_again) == author(mailed)
    assert list(Article.objects.order_by("pk").values_list("byline", "byline_custom")) == [
        ("", True),
        ("Lê  Thị Hoa", True),
        ("Lê Thị Hoa", True),
        ("Trần Quốc Bảo", True),
    ]
    assert RoyaltyRate.objects.count() == rates + len(migration.EXAMPLE_RATES)

    migration.backwards(apps, None)

    assert (Credit.objects.count(), Contributor.objects.count(), RoyaltyRate.objects.count()) == (0, 0, 0)
    assert list(Article.objects.order_by("pk").values_list("created_by", "byline")) == [
        (typist.pk, ""),
        (typist.pk, "Lê  Thị Hoa"),
        (typist.pk, "Lê Thị Hoa"),
        (typist.pk, "Trần Quốc Bảo"),
    ]
