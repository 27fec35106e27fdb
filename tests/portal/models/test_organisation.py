"""Tests of portal/models/organisation.py: the database keeps about pages, agency links and press briefings
consistent."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.models import AboutPage, AgencyLink, PressBriefing
from tests.factories.portal import AboutPageFactory

pytestmark = pytest.mark.django_db


def test_about_page_slug_never_takes_a_fixed_page_path():
    page = AboutPageFactory(title="Cơ cấu tổ chức")
    assert page.slug == "co-cau-to-chuc-2"
    with pytest.raises(IntegrityError), transaction.atomic():
        AboutPage.objects.filter(pk=page.pk).update(slug="lanh-dao-so")


def test_agency_link_must_be_a_web_address():
    with pytest.raises(IntegrityError), transaction.atomic():
        AgencyLink.objects.create(name="Lừa đảo", url="javascript:alert(1)")


def test_press_briefing_cannot_end_before_it_starts():
    briefing = PressBriefing(title="Họp báo", venue="Sở")
    briefing.starts_at = timezone.now()
    briefing.ends_at = briefing.starts_at
    with pytest.raises(IntegrityError), transaction.atomic():
        briefing.save()
