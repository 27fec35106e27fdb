"""Tests of portal/admin/core.py: the admin in Vietnamese and its page for importing units."""

import pytest
from django.test import Client
from django.utils import timezone

from portal import roles
from portal.models import Unit
from portal.services.units import units_succeed
from tests.factories.news import ArticleFactory
from tests.factories.portal import UnitFactory, UserFactory
from tests.portal.conftest import csv_file

pytestmark = pytest.mark.django_db


def test_admin_speaks_vietnamese(client):
    response = client.get("/admin/login/")
    html = response.content.decode()
    assert "Quản trị Cổng thông tin Sở Giáo dục và Đào tạo" in html
    assert "Đăng nhập" in html


def test_admin_import_page_lists_the_problems_and_imports_nothing(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.post(
        "/admin/portal/unit/nhap-tu-tep/", {"file": csv_file("Mã đơn vị,Tên đơn vị\nA,\nB,Trường B\n")}
    )
    assert response.status_code == 200
    assert "Dòng 2: thiếu tên đơn vị." in response.content.decode()
    assert not Unit.objects.exists()


def test_admin_import_page_imports_and_says_how_many(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.post(
        "/admin/portal/unit/nhap-tu-tep/",
        {"file": csv_file("Mã đơn vị,Tên đơn vị\nA,Trường A\nB,Trường B\n")},
        follow=True,
    )
    assert "Đã nhập 2 đơn vị mới và cập nhật 0 đơn vị." in response.content.decode()
    assert Unit.objects.count() == 2


def unit_form(staff, unit, **changes) -> dict:
    """The unit's change form as the admin shows it, with ``changes``, its inlines left empty."""
    page = staff.get(f"/admin/portal/unit/{unit.pk}/change/")
    data = {
        "name": unit.name,
        "short_name": unit.short_name,
        "name_en": unit.name_en,
        "code": unit.code,
        "kind": unit.kind,
        "parent": unit.parent_id or "",
        "order": unit.order,
        "is_active": "on",
        "address": unit.address,
        "phone": unit.phone,
        "email": unit.email,
        "website": unit.website,
    }
    for inline in page.context["inline_admin_formsets"]:
        prefix = inline.formset.prefix
        data |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}
    return data | changes


def test_a_unit_renamed_in_the_admin_is_renamed_on_the_cached_pages(client, django_capture_on_commit_callbacks):
    unit = UnitFactory(name="Phòng GD&ĐT huyện Ea H'leo")
    article = ArticleFactory(published=True, unit=unit)
    url = article.get_absolute_url()
    assert "Phòng GD&amp;ĐT huyện Ea H&#x27;leo" in client.get(url).text  # now cached
    staff = Client()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    # A new telephone number shows on no cached page: nothing is purged.
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(f"/admin/portal/unit/{unit.pk}/change/", unit_form(staff, unit, phone="0262 3812 345"))
    assert response.status_code == 302
    assert client.get(url)["X-Page-Cache"] == "hit"
    # After the 2025 reform the unit has a new name: every page showing it is rebuilt.
    new_name = "Trường THCS Ea H'leo (xã Ea H'leo)"
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/admin/portal/unit/{unit.pk}/change/", unit_form(staff, unit, name=new_name))
    unit.refresh_from_db()
    assert unit.name == new_name
    page = client.get(url)
    assert (page["X-Page-Cache"], "Trường THCS Ea H&#x27;leo" in page.text) == ("built", True)


def test_a_succession_purges_the_pages_that_show_the_old_units(client, django_capture_on_commit_callbacks):
    old, new = UnitFactory(name="Phòng GD&ĐT huyện Krông Búk"), UnitFactory(name="Trường THCS xã Pơng Drang")
    article = ArticleFactory(published=True, unit=old)
    url = article.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        units_succeed(
            predecessors=[old],
            successors=[new],
            on=timezone.localdate(),
            by=UserFactory(is_staff=True, is_superuser=True),
        )
    assert client.get(url)["X-Page-Cache"] == "built"


def test_a_unit_deleted_in_the_admin_leaves_the_cached_pages(client, django_capture_on_commit_callbacks):
    unit = UnitFactory(name="Trường Mầm non Họa Mi (đã giải thể)")
    article = ArticleFactory(published=True, unit=unit)
    url = article.get_absolute_url()
    assert "Trường Mầm non Họa Mi" in client.get(url).text  # now cached
    staff = Client()
    staff.force_login(UserFactory(is_staff=True, is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(f"/admin/portal/unit/{unit.pk}/delete/", {"post": "yes"})
    assert (response.status_code, Unit.objects.filter(pk=unit.pk).exists()) == (302, False)
    page = client.get(url)
    assert (page["X-Page-Cache"], "Trường Mầm non Họa Mi" in page.text) == ("built", False)
