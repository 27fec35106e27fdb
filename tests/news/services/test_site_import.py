"""Importing an old site: the WordPress export fixture of portal/demo/data/old_site, hostile exports, reruns."""

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command

from news.enums import ArticleStatus
from news.models import Article, ArticleEvent, ImportedArticle
from news.services.site_import import site_import
from news.site_export import ExportRefused, Files, load_export, open_zip, parse_xml
from portal import roles
from portal.models import UploadedImage
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db

OLD_SITE = Path(__file__).resolve().parents[3] / "portal" / "demo" / "data" / "old_site"
KHAI_GIANG = "Trường THPT Buôn Ma Thuột rộn ràng lễ khai giảng năm học 2024-2025"
HOI_THI = "Hội thi giáo viên dạy giỏi cấp thành phố: 86 thầy cô tranh tài"
TET = "Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ 2025 đối với các trường học"


@pytest.fixture(autouse=True)
def _media(media):
    return media


@pytest.fixture
def importer():
    return UserFactory(username="nhapbai", role=roles.EDITOR)


def run(importer, **options):
    export, files = load_export(OLD_SITE / "export.xml")
    return site_import(export=export, files=files, by=importer, **options)


def test_the_fixture_becomes_published_articles_at_their_old_dates(importer, client):
    report = run(importer)
    assert (report.count("create"), report.count("skip"), report.count("bad")) == (3, 2, 0)
    assert [o.note for o in report.outcomes if o.action == "skip"] == [
        "chưa đăng trên trang cũ (trạng thái draft)",
        "không phải bài viết (loại page)",
    ]
    assert report.missing_images == [
        (3, "https://pgdbmt.example.edu.vn/wp-content/uploads/2024/11/hoi-thi-gvdg-2.jpg"),
        (6, "https://anh.baodaklak.example.vn/2024/12/lich-nghi-tet.png"),
    ]
    article = Article.objects.get(title=KHAI_GIANG)
    assert article.status == ArticleStatus.PUBLISHED
    assert article.publish_at.isoformat() == "2024-09-05T02:15:00+00:00"
    assert article.went_live_at == article.publish_at  # old news: the go-live sweep leaves it alone
    assert (article.category.name, article.byline) == ("Tin tức - Sự kiện", "Hoàng Mai")
    assert sorted(article.tags.values_list("name", flat=True)) == ["Khai giảng", "Năm học mới"]
    assert article.lead.startswith("Hơn 1.200 học sinh Trường THPT Buôn Ma Thuột")
    assert article.cover.name.endswith("/khai-giang-thpt-bmt.jpg") and article.cover_alt == KHAI_GIANG
    # The body went through the rich-text cleaner; its photo through the image pipeline.
    assert "<script" not in article.body and "onclick" not in article.body and "style=" not in article.body
    body_image = UploadedImage.objects.get()
    assert f'src="/media/{body_image.name}"' in article.body
    assert "<figcaption>Học sinh làm lễ chào cờ đầu năm học mới</figcaption>" in article.body
    gallery = Article.objects.get(title=HOI_THI).images.get()  # the other photo is not in the export
    assert gallery.caption == "Tiết dạy môn Ngữ văn của cô Lê Thị Hằng, Trường THCS Phan Chu Trinh"
    tet = Article.objects.get(title=TET)
    assert '<a href="https://anh.baodaklak.example.vn/2024/12/lich-nghi-tet.png"' in tet.body
    assert "<img" not in tet.body
    assert ArticleEvent.objects.filter(mailed_at__isnull=True).count() == 0
    assert client.get(article.get_absolute_url()).status_code == 200


def test_running_it_again_changes_nothing_and_stores_no_copies(importer, media):
    run(importer)
    files = sorted(p for p in media.rglob("*") if p.is_file())
    report = run(importer)
    assert (report.count("create"), report.count("update"), report.count("unchanged")) == (0, 0, 3)
    assert Article.objects.count() == 3 and ImportedArticle.objects.count() == 3
    assert sorted(p for p in media.rglob("*") if p.is_file()) == files


def test_an_edited_post_is_updated_in_place(importer, tmp_path):
    run(importer)
    shutil.copytree(OLD_SITE, tmp_path / "old", dirs_exist_ok=True)
    xml = (tmp_path / "old" / "export.xml").read_text(encoding="utf-8")
    (tmp_path / "old" / "export.xml").write_text(xml.replace("45 suất học bổng", "50 suất học bổng"), "utf-8")
    export, files = load_export(tmp_path / "old" / "export.xml")
    report = site_import(export=export, files=files, by=importer)
    assert (report.count("update"), report.count("unchanged")) == (1, 2)
    assert "50 suất học bổng" in Article.objects.get(title=KHAI_GIANG).body
    assert UploadedImage.objects.count() == 1  # the body's photo reused, not stored again


def test_a_dry_run_writes_nothing(importer):
    report = run(importer, dry_run=True)
    assert report.count("create") == 3
    assert report.lines()[-1] == "Chạy thử: chưa ghi gì."
    assert not Article.objects.exists() and not UploadedImage.objects.exists()


BAD_ITEMS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Trường cũ</title><link>https://truong.example.vn</link>
<item><title>Bài tốt</title><link>https://truong.example.vn/bai-tot/</link><guid>a1</guid>
<pubDate>Mon, 02 Dec 2024 01:00:00 +0000</pubDate><description>&lt;p&gt;Nội dung&lt;/p&gt;</description></item>
<item><title></title><link>https://truong.example.vn/khong-ten/</link><guid>a2</guid>
<pubDate>ngày hôm qua</pubDate><description>&lt;p&gt;Nội dung&lt;/p&gt;</description></item>
</channel></rss>"""


def test_a_bad_item_stops_the_import_with_its_number_unless_asked_to_skip_it(importer):
    export = parse_xml(BAD_ITEMS.encode())
    report = site_import(export=export, files=Files(), by=importer)
    assert not report.written and not Article.objects.exists()
    assert report.lines()[0] == "Mục 2 (—): thiếu tiêu đề; thiếu ngày đăng hoặc ngày không đọc được"
    report = site_import(export=parse_xml(BAD_ITEMS.encode()), files=Files(), by=importer, skip_bad=True)
    assert report.written
    assert list(Article.objects.values_list("title", flat=True)) == ["Bài tốt"]


def test_a_collaborator_may_not_import(importer):
    with pytest.raises(PermissionDenied):
        run(UserFactory(role=roles.COLLABORATOR))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss><channel><item><title>&lol3;</title></item></channel></rss>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&secret;</title></item></channel></rss>"""
DTD_REFUSED = "Tệp XML có khai báo DTD hoặc thực thể (entity), có thể là tệp độc hại; cổng không đọc tệp này."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (BILLION_LAUGHS, DTD_REFUSED),
        (EXTERNAL_ENTITY, DTD_REFUSED),
        (
            "<!doctype html><html><body><p>Trang chủ</p></body></html>",
            "Tệp không phải XML hợp lệ (dòng 1): có thể đây là trang web chứ không phải tệp xuất hoặc RSS.",
        ),
        (
            "<html><body><p>Trang chủ<br></p></body></html>",
            "Tệp không phải XML hợp lệ (dòng 1): có thể đây là trang web chứ không phải tệp xuất hoặc RSS.",
        ),
        (
            "<html><body><p>Trang chủ</p></body></html>",
            "Tệp không phải bản xuất WordPress (WXR), RSS hay Atom (thẻ gốc là <html>).",
        ),
    ],
)
def test_hostile_or_wrong_xml_is_refused_with_a_clear_message(data, message):
    with pytest.raises(ExportRefused) as error:
        parse_xml(data.encode())
    assert str(error.value) == message


def zipped(members: dict[str, bytes], compression=zipfile.ZIP_STORED) -> io.BytesIO:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    out.seek(0)
    return out


@pytest.mark.parametrize("name", ["../../etc/cron.d/x", "/etc/passwd", "uploads/..\\..\\x.jpg", "C:/x.jpg"])
def test_a_zip_with_a_path_leaving_its_folder_is_refused_whole(name):
    archive = zipped({"export.xml": (OLD_SITE / "export.xml").read_bytes(), name: b"x"})
    with pytest.raises(ExportRefused) as error:
        open_zip(archive)
    assert str(error.value).startswith("Tệp nén có đường dẫn không an toàn")


def test_a_zip_bomb_is_refused():
    archive = zipped({"export.xml": b"<rss/>", "uploads/bomb.jpg": b"\0" * 5_000_000}, zipfile.ZIP_DEFLATED)
    with pytest.raises(ExportRefused) as error:
        open_zip(archive)
    assert str(error.value) == "Tệp nén giải nén ra quá lớn (có thể là zip bomb); cổng không đọc tệp này."


def test_a_zip_export_brings_its_uploads(importer, tmp_path):
    members = {"export.xml": (OLD_SITE / "export.xml").read_bytes()}
    for path in (OLD_SITE / "uploads").rglob("*.jpg"):
        members[f"uploads/{path.relative_to(OLD_SITE / 'uploads').as_posix()}"] = path.read_bytes()
    (tmp_path / "old-site.zip").write_bytes(zipped(members).getvalue())
    call_command("import_site", str(tmp_path / "old-site.zip"), "--user", "nhapbai", stdout=io.StringIO())
    assert Article.objects.get(title=KHAI_GIANG).cover


def test_the_command_reports_and_refuses_in_vietnamese(importer, tmp_path):
    out = io.StringIO()
    call_command("import_site", str(OLD_SITE / "export.xml"), "--user", "nhapbai", "--dry-run", stdout=out)
    assert out.getvalue().splitlines()[-2:] == [
        "Tạo mới 3, cập nhật 0, không đổi 0, bỏ qua 2, lỗi 0.",
        "Chạy thử: chưa ghi gì.",
    ]
    (tmp_path / "bad.xml").write_text(BAD_ITEMS, "utf-8")
    with pytest.raises(CommandError, match="Không nhập: 1 mục lỗi."):
        call_command("import_site", str(tmp_path / "bad.xml"), "--user", "nhapbai", stdout=io.StringIO())
    assert not Article.objects.exists()


def test_an_old_address_already_taken_by_another_site_is_a_bad_item(importer):
    run(importer)
    other = BAD_ITEMS.replace(
        "https://truong.example.vn/bai-tot/",
        "https://pgdbmt.example.edu.vn/2024/11/14/hoi-thi-giao-vien-day-gioi-cap-thanh-pho/",
    )
    report = site_import(export=parse_xml(other.encode()), files=Files(), by=importer, skip_bad=True)
    assert report.outcomes[0].note == (
        "địa chỉ cũ /2024/11/14/hoi-thi-giao-vien-day-gioi-cap-thanh-pho/ đã thuộc một bài khác"
    )
    assert Article.objects.count() == 3
