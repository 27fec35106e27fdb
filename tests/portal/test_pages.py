"""The site shell renders in Vietnamese, with its legal footer, and machines find their files."""

import pytest

from portal.models import SiteProfile
from tests.conftest import sitemap_locations
from tests.factories.portal import UnitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile():
    return SiteProfile.objects.create(
        pk=1,
        name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm",
        address="Số 1 Đường Lê Duẩn",
        phone="0262 3852 001",
        email="vanphong@sgddt.example.vn",
        responsible_person="Ông Nguyễn Văn Thành",
        responsible_title="Phó Giám đốc Sở",
    )


def test_home_page_has_the_shell(client, profile):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="vi"' in html
    assert '<a class="skip-link" href="#main">Bỏ qua, đến nội dung chính</a>' in html
    assert '<main id="main"' in html
    assert "Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm" in html
    assert "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thành, Phó Giám đốc Sở" in html
    assert "Số 1 Đường Lê Duẩn" in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html


def test_pages_carry_security_headers(client, profile):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


def test_unknown_page_is_a_vietnamese_404(client, profile):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_unit_page_shows_contacts_and_children(client, profile):
    bureau = UnitFactory(name="Phòng Giáo dục và Đào tạo huyện Lắk", phone="0262 3586 123")
    UnitFactory(name="Trường THCS Lạc Long Quân", parent=bureau)
    response = client.get(bureau.get_absolute_url())
    html = response.content.decode()
    assert bureau.get_absolute_url() == "/don-vi/phong-giao-duc-va-dao-tao-huyen-lak/"
    assert "0262 3586 123" in html
    assert "Trường THCS Lạc Long Quân" in html


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_sitemap_is_an_index_of_sections(client):
    assert "http://testserver/" in sitemap_locations(client)


def test_admin_speaks_vietnamese(client):
    response = client.get("/admin/login/")
    html = response.content.decode()
    assert "Quản trị Cổng thông tin Sở Giáo dục và Đào tạo" in html
    assert "Đăng nhập" in html


def test_login_page_for_leaders(client, profile):
    response = client.get("/dang-nhap/")
    assert response.status_code == 200
    assert "Tên đăng nhập" in response.content.decode()


def test_site_profile_is_read_once_then_cached(client, profile, django_assert_num_queries):
    client.get("/")
    with django_assert_num_queries(0):
        client.get("/")


def test_the_policy_lets_exactly_the_embeddable_video_hosts_load(client, settings):
    policy = client.get("/").headers["Content-Security-Policy"]
    frame_src = next(part for part in policy.split("; ") if part.startswith("frame-src"))
    assert frame_src.split()[1:] == ["'self'", *(f"https://{host}" for host in settings.VIDEO_EMBED_HOSTS)]
