"""Tests of portal/admin/core.py: the admin in Vietnamese and its page for importing units."""

import pytest

from portal import roles
from portal.models import Unit
from tests.factories.portal import UserFactory
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
