"""The organisation pages in Vietnamese and English: content from the admin, fallbacks, the switch, queries."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from portal import roles
from portal.enums import UnitKind
from portal.models import AboutPage, AgencyLink, Leader, PressBriefing, SiteProfile
from portal.services.organisation import agency_link_save, leader_photo_renditions_make, leader_save
from tests.conftest import sitemap_locations
from tests.factories.portal import (
    AboutPageFactory,
    AgencyLinkFactory,
    LeaderFactory,
    OfficeFactory,
    SpokespersonFactory,
    UnitFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile():
    return SiteProfile.objects.create(
        pk=1,
        name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm",
        name_en="Thu Nghiem Department of Education and Training",
        parent_name="Ủy ban nhân dân tỉnh Thử Nghiệm",
        address="Số 1 Đường Lê Duẩn",
        address_en="1 Le Duan Street",
        phone="0262 3852 001",
        email="vanphong@sgddt.example.vn",
        responsible_person="Ông Nguyễn Văn Thành",
        responsible_person_en="Mr Nguyen Van Thanh",
        responsible_title="Phó Giám đốc Sở",
        responsible_title_en="Deputy Director",
        working_hours="Từ thứ Hai đến thứ Sáu",
    )


@pytest.fixture
def department():
    return UnitFactory(name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm", kind=UnitKind.DEPARTMENT)


def test_vietnamese_urls_have_no_prefix_and_english_ones_live_under_en():
    assert reverse("organisation:index") == "/gioi-thieu/"
    assert reverse("organisation:chart") == "/gioi-thieu/co-cau-to-chuc/"
    assert reverse("organisation:leaders") == "/gioi-thieu/lanh-dao-so/"
    assert reverse("organisation:page", kwargs={"slug": "chuc-nang"}) == "/gioi-thieu/chuc-nang/"
    assert reverse("organisation:contact") == "/lien-he/"
    with translation.override("en"):
        assert reverse("organisation:index") == "/en/about/"
        assert reverse("organisation:chart") == "/en/about/organisation-chart/"
        assert reverse("organisation:leaders") == "/en/about/leadership/"
        assert reverse("organisation:page", kwargs={"slug": "chuc-nang"}) == "/en/about/chuc-nang/"
        assert reverse("organisation:contact") == "/en/contact/"


def test_contact_page_in_vietnamese_shows_the_department_offices_and_spokesperson(client, profile):
    OfficeFactory(name="Văn phòng Sở", name_en="Office of the Department", head_name="Đỗ Thị Hà", email="vp@example.vn")
    SpokespersonFactory(full_name="Phạm Đức Minh", position="Giám đốc Sở", position_en="Director")
    response = client.get("/lien-he/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "vi"
    assert '<html lang="vi"' in html
    assert "<h1>Liên hệ</h1>" in html
    assert "Số 1 Đường Lê Duẩn" in html
    assert "Văn phòng Sở" in html
    assert "Đỗ Thị Hà" in html
    assert '<a href="mailto:vp@example.vn">vp@example.vn</a>' in html
    assert "Phạm Đức Minh" in html
    assert "Người phát ngôn · Giám đốc Sở" in html
    assert "Từ thứ Hai đến thứ Sáu" in html
    assert "Vary" not in response or "Accept-Language" not in response["Vary"]


def test_contact_page_in_english_uses_english_fields_and_english_shell(client, profile):
    OfficeFactory(
        name="Văn phòng Sở", name_en="Office of the Department", head_name="Đỗ Thị Hà", head_title="Chánh Văn phòng"
    )
    SpokespersonFactory(full_name="Phạm Đức Minh", position="Giám đốc Sở", position_en="Director")
    response = client.get("/en/contact/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    assert '<html lang="en"' in html
    assert "<h1>Contact</h1>" in html
    assert "Office of the Department" in html
    assert "1 Le Duan Street" in html
    assert "Spokesperson · Director" in html
    # The shell is English too: header, footer, skip link.
    assert "Skip to main content" in html
    assert "Thu Nghiem Department of Education and Training" in html
    assert "Responsible for content: Mr Nguyen Van Thanh, Deputy Director" in html
    assert "Liên hệ" not in html
    # Empty English fields fall back to Vietnamese rather than leaving a blank.
    assert "Chánh Văn phòng" in html
    assert "Từ thứ Hai đến thứ Sáu" in html


def test_language_switch_links_each_page_to_its_counterpart(client, profile):
    AboutPageFactory(title="Chức năng, nhiệm vụ", slug="chuc-nang-nhiem-vu", title_en="Functions and duties")
    vietnamese = client.get("/gioi-thieu/chuc-nang-nhiem-vu/").content.decode()
    english = client.get("/en/about/chuc-nang-nhiem-vu/").content.decode()
    assert (
        '<a class="lang-switch" href="/en/about/chuc-nang-nhiem-vu/" hreflang="en" lang="en">English</a>' in vietnamese
    )
    assert (
        '<a class="lang-switch" href="/gioi-thieu/chuc-nang-nhiem-vu/" hreflang="vi" lang="vi">Tiếng Việt</a>'
        in english
    )
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/about/chuc-nang-nhiem-vu/">' in vietnamese
    assert '<link rel="alternate" hreflang="vi" href="http://testserver/gioi-thieu/chuc-nang-nhiem-vu/">' in english


def test_pages_without_an_english_version_switch_to_the_english_about_page(client, profile):
    html = client.get("/").content.decode()
    assert '<a class="lang-switch" href="/en/about/" hreflang="en" lang="en">English</a>' in html
    assert 'hreflang="en" href=' not in html  # no <link rel="alternate">: the home page has no English version


def test_about_page_body_is_cleaned_and_english_falls_back_to_vietnamese(client, profile):
    page = AboutPageFactory(
        title="Chức năng, nhiệm vụ",
        body='<p onclick="alert(1)">Tham mưu cho Ủy ban nhân dân tỉnh.</p><script>alert(2)</script>',
    )
    page.refresh_from_db()
    assert page.body == "<p>Tham mưu cho Ủy ban nhân dân tỉnh.</p>"
    english = client.get(f"/en/about/{page.slug}/").content.decode()
    assert "<h1>Chức năng, nhiệm vụ</h1>" in english
    assert "The English version of this page is being prepared; the Vietnamese text follows." in english
    assert '<div class="prose" lang="vi"><p>Tham mưu cho Ủy ban nhân dân tỉnh.</p></div>' in english


def test_unpublished_about_page_is_not_found(client, profile):
    page = AboutPageFactory(is_published=False)
    assert client.get(page.get_absolute_url()).status_code == 404


def test_about_page_slug_never_takes_a_fixed_page_path():
    page = AboutPageFactory(title="Cơ cấu tổ chức")
    assert page.slug == "co-cau-to-chuc-2"
    with pytest.raises(IntegrityError), transaction.atomic():
        AboutPage.objects.filter(pk=page.pk).update(slug="lanh-dao-so")


def test_english_404_page_reads_in_english(client, profile):
    response = client.get("/en/about/khong-co/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in html
    assert '<html lang="en"' in html


def test_only_an_exact_en_prefix_makes_a_page_english(client, profile):
    response = client.get("/en-gia-dinh/")
    assert response.status_code == 404
    assert response["Content-Language"] == "vi"
    assert "<h1>Không tìm thấy trang</h1>" in response.content.decode()


def test_en_alone_leads_to_the_english_about_page(client):
    response = client.get("/en/")
    assert response.status_code == 302
    assert response["Location"] == "/en/about/"


def test_organisation_chart_shows_leaders_offices_and_unit_tree_with_counts(client, profile, department):
    LeaderFactory(full_name="Phạm Đức Minh", position="Giám đốc Sở", order=1)
    OfficeFactory(name="Phòng Giáo dục Trung học")
    bureau = UnitFactory(
        name="Phòng Giáo dục và Đào tạo huyện Lắk",
        name_en="Lak District Bureau of Education and Training",
        kind=UnitKind.BUREAU,
        parent=department,
    )
    UnitFactory.create_batch(3, parent=bureau)
    UnitFactory(parent=bureau, is_active=False)
    UnitFactory(name="Trường THPT Chu Văn An", parent=department)
    html = client.get("/gioi-thieu/co-cau-to-chuc/").content.decode()
    assert "Phạm Đức Minh" in html
    assert "Phòng Giáo dục Trung học" in html
    assert 'Phòng Giáo dục và Đào tạo cấp huyện <span class="org-count">(1)</span>' in html
    assert 'Trường trực thuộc Sở <span class="org-count">(1)</span>' in html
    assert '<a href="/don-vi/phong-giao-duc-va-dao-tao-huyen-lak/">Phòng Giáo dục và Đào tạo huyện Lắk</a>' in html
    assert "3 đơn vị trực thuộc" in html
    english = client.get("/en/about/organisation-chart/").content.decode()
    assert "Lak District Bureau of Education and Training" in english
    assert "3 affiliated units" in english
    assert 'District bureaus of education and training <span class="org-count">(1)</span>' in english


def test_organisation_chart_runs_a_fixed_number_of_queries(client, profile, department, django_assert_num_queries):
    def grow():
        LeaderFactory()
        OfficeFactory()
        bureau = UnitFactory(kind=UnitKind.BUREAU, parent=department)
        UnitFactory.create_batch(2, parent=bureau)

    grow()
    client.get("/gioi-thieu/co-cau-to-chuc/")  # warms the cached profile and links
    # department, its units with their counts, leaders, offices
    with django_assert_num_queries(4):
        client.get("/gioi-thieu/co-cau-to-chuc/")
    grow()
    grow()
    with django_assert_num_queries(4):
        client.get("/gioi-thieu/co-cau-to-chuc/")


@pytest.mark.parametrize(
    ("path", "queries"),
    [("/gioi-thieu/", 1), ("/gioi-thieu/lanh-dao-so/", 1), ("/lien-he/", 2), ("/en/contact/", 2)],
)
def test_organisation_pages_run_a_fixed_number_of_queries(client, profile, path, queries, django_assert_num_queries):
    for _round in range(2):
        LeaderFactory()
        OfficeFactory()
        SpokespersonFactory()
        AboutPageFactory()
        client.get(path)
        with django_assert_num_queries(queries):
            assert client.get(path).status_code == 200


def test_leaders_page_shows_position_duties_and_contacts_in_order(client, profile):
    LeaderFactory(full_name="Lê Quang Huy", position="Phó Giám đốc Sở", order=2)
    LeaderFactory(
        full_name="Phạm Đức Minh",
        position="Giám đốc Sở",
        position_en="Director",
        duties="Phụ trách chung\nNgười phát ngôn",
        phone="0262 3852 002",
        email="giamdoc@example.vn",
        order=1,
    )
    LeaderFactory(full_name="Người Đã Nghỉ", is_active=False)
    html = client.get("/gioi-thieu/lanh-dao-so/").content.decode()
    assert html.index("Phạm Đức Minh") < html.index("Lê Quang Huy")
    assert "Người Đã Nghỉ" not in html
    assert "<p>Phụ trách chung<br>Người phát ngôn</p>" in html
    assert '<a href="tel:02623852002">0262 3852 002</a>' in html
    assert '<a href="mailto:giamdoc@example.vn">giamdoc@example.vn</a>' in html
    assert '<p class="leader-position">Director</p>' in client.get("/en/about/leadership/").content.decode()


def test_footer_lists_agency_links_by_group_from_the_cache(
    client, profile, django_assert_num_queries, django_capture_on_commit_callbacks
):
    AgencyLinkFactory(name="Sở GD&ĐT tỉnh Gia Lai", group="peer", url="https://gialai.example.vn")
    AgencyLinkFactory(name="Bộ Giáo dục và Đào tạo", group="ministry", url="https://moet.gov.vn")
    AgencyLinkFactory(name="Liên kết đã ẩn", is_active=False)
    html = client.get("/").content.decode()
    assert html.index("Bộ, ngành Trung ương") < html.index("Sở Giáo dục và Đào tạo các tỉnh")
    assert '<a href="https://moet.gov.vn" rel="noopener" hreflang="vi">Bộ Giáo dục và Đào tạo</a>' in html
    assert "Liên kết đã ẩn" not in html
    with django_assert_num_queries(0):
        client.get("/")
    # A change made through the service shows at once.
    with django_capture_on_commit_callbacks(execute=True):
        agency_link_save(link=AgencyLink(name="Cổng thông tin tỉnh", url="https://tinh.example.vn", group="province"))
    assert "Cổng thông tin tỉnh" in client.get("/").content.decode()


def test_agency_link_must_be_a_web_address():
    with pytest.raises(IntegrityError), transaction.atomic():
        AgencyLink.objects.create(name="Lừa đảo", url="javascript:alert(1)")


def test_press_briefing_cannot_end_before_it_starts():
    briefing = PressBriefing(title="Họp báo", venue="Sở")
    briefing.starts_at = timezone.now()
    briefing.ends_at = briefing.starts_at
    with pytest.raises(IntegrityError), transaction.atomic():
        briefing.save()


def test_sitemap_lists_organisation_pages_in_both_languages(client):
    AboutPageFactory(slug="chuc-nang-nhiem-vu")
    locations = sitemap_locations(client)
    for url in (
        "/gioi-thieu/chuc-nang-nhiem-vu/",
        "/en/about/chuc-nang-nhiem-vu/",
        "/en/contact/",
        "/nguoi-phat-ngon/",
    ):
        assert f"http://testserver{url}" in locations


def test_editor_manages_organisation_pages_and_questions(client):
    editor = UserFactory(role=roles.EDITOR)
    client.force_login(editor)
    for model in ("aboutpage", "leader", "office", "spokesperson", "pressbriefing", "agencylink"):
        assert client.get(f"/admin/portal/{model}/add/").status_code == 200, model
    assert client.get("/admin/portal/question/").status_code == 200
    assert client.get("/admin/portal/question/add/").status_code == 403  # questions come from the public
    assert editor.has_perm("portal.change_question")
    assert not editor.has_perm("portal.change_siteprofile")


@pytest.mark.parametrize("role", [roles.COLLABORATOR, roles.LEADER])
def test_collaborators_and_leaders_get_nothing_of_the_organisation_pages(role):
    user = UserFactory(role=role)
    models = ("aboutpage", "leader", "office", "spokesperson", "pressbriefing", "agencylink", "question")
    assert [m for m in models if user.has_perm(f"portal.view_{m}")] == []


def test_administrator_may_do_everything_with_them():
    admin = UserFactory(role=roles.ADMINISTRATOR)
    assert admin.has_perm("portal.delete_leader")
    assert admin.has_perm("portal.change_siteprofile")
    assert admin.has_perm("portal.delete_question")


def _gif() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 40), "#b3261e").save(buffer, "GIF")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        # What Pillow cannot open is refused by portal/images.py with its own message.
        (b"<?php echo 1; ?>", "Tệp không phải ảnh hợp lệ hoặc đã bị hỏng; hãy chọn ảnh JPEG, PNG hoặc WebP."),
        # A real image of a format the portal does not keep is refused by portal/images.py.
        (_gif(), "Chỉ nhận ảnh JPEG, PNG hoặc WebP (tệp này là GIF)."),
    ],
    ids=["not-an-image", "gif-named-jpg"],
)
def test_leader_photo_that_is_not_what_it_claims_is_refused_in_the_admin(client, tmp_path, settings, content, message):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(UserFactory(role=roles.EDITOR))
    response = client.post(
        "/admin/portal/leader/add/",
        {
            "full_name": "Phạm Đức Minh",
            "position": "Giám đốc Sở",
            "order": 1,
            "is_active": "on",
            "photo": SimpleUploadedFile("chan-dung.jpg", content, content_type="image/jpeg"),
        },
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Leader.objects.exists()


def test_leader_photo_is_reencoded_and_cut_into_renditions(tmp_path, settings, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (900, 1200), "#0b4a8b").save(buffer, "JPEG")
    leader = LeaderFactory.build(photo=SimpleUploadedFile("anh.jpg", buffer.getvalue(), content_type="image/jpeg"))
    with django_capture_on_commit_callbacks() as callbacks:
        leader_save(leader=leader, photo_changed=True)
    assert len(callbacks) == 1  # the renditions task, queued after the commit
    assert leader.photo_small is None
    assert leader_photo_renditions_make(leader_id=leader.pk) is True
    leader.refresh_from_db()
    assert leader.photo_small == {
        "webp": f"/media/{leader.photo.name.removesuffix('.jpg')}.w400.webp",
        "jpg": f"/media/{leader.photo.name.removesuffix('.jpg')}.w400.jpg",
    }
    assert leader_photo_renditions_make(leader_id=leader.pk + 1000) is False
