"""Where each role lands after signing in, the header's link to their area, and the admin's queues first."""

import pytest

from portal import roles
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def sign_in(client, user, **extra):
    return client.post("/dang-nhap/", {"username": user.username, "password": "MatKhauThu@2026", **extra})


@pytest.mark.parametrize(
    ("role", "landing", "area"),
    [
        (roles.COLLABORATOR, "/admin/", "quan-tri"),
        (roles.EDITOR, "/admin/", "quan-tri"),
        (roles.LEADER, "/lanh-dao/bai-cho-duyet/", "lanh-dao"),
    ],
)
def test_each_role_lands_where_it_works_and_gets_its_area_cookie(client, role, landing, area):
    response = sign_in(client, UserFactory(role=role))
    assert response.status_code == 302
    assert response["Location"] == landing
    assert response.cookies["khu_vuc"].value == area
    assert not response.cookies["khu_vuc"]["httponly"]
    logout = client.post("/dang-xuat/")
    assert logout.cookies["khu_vuc"].value == ""


def test_a_next_page_still_wins(client):
    response = sign_in(client, UserFactory(role=roles.LEADER), next="/lanh-dao/nhuan-but/")
    assert response["Location"] == "/lanh-dao/nhuan-but/"


def test_the_header_carries_the_area_links_for_everybody_alike(client):
    page = client.get("/").content.decode()
    assert 'class="area-link" hidden' in page
    assert 'data-lanh-dao="/lanh-dao/bai-cho-duyet/"' in page


def test_the_admin_index_shows_the_editors_queues_first(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    page = client.get("/admin/").content.decode()
    assert page.index("Chờ tôi duyệt") < page.index("Bài của tôi bị trả lại") < page.index("Chờ lãnh đạo duyệt")
    client.force_login(UserFactory(role=roles.COLLABORATOR))
    page = client.get("/admin/").content.decode()
    assert "Bài của tôi bị trả lại" in page and "Chờ tôi duyệt" not in page
