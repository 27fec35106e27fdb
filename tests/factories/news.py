"""factory_boy factories of the newsroom: categories, tags, articles, and the documents registry with its PDFs."""

import datetime
import functools
from pathlib import Path

import factory
from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF

from news.services.documents import document_save
from portal.text import normalize_search_text
from tests.factories.portal import UnitFactory, UserFactory


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Category"

    name = factory.Sequence(lambda n: f"Chuyên mục {n + 1}")


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Tag"

    name = factory.Sequence(lambda n: f"Thẻ {n + 1}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A draft by default; ``ArticleFactory(published=True)`` is live since an hour ago."""

    class Meta:
        model = "news.Article"
        skip_postgeneration_save = True

    class Params:
        published = factory.Trait(
            status="published",
            publish_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
            went_live_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
        )

    title = factory.Sequence(lambda n: f"Tập huấn kỹ năng truyền thông cho giáo viên, đợt {n + 1}")
    lead = "Sở Giáo dục và Đào tạo tổ chức lớp tập huấn cho cán bộ phụ trách truyền thông của các trường."
    body = "<p>Nội dung bài viết về công tác truyền thông giáo dục.</p>"
    category = factory.SubFactory(CategoryFactory)
    created_by = factory.SubFactory(UserFactory)
    search_document = factory.LazyAttribute(lambda a: normalize_search_text(f"{a.title} {a.lead}"))

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)


# Vietnamese needs a Unicode font: DejaVu Sans where Debian's fonts-dejavu-core put it.
DEJAVU_SANS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path("/usr/share/fonts/dejavu/DejaVuSans.ttf")]


@functools.cache
def document_pdf(text: str = "Nội dung văn bản về công tác truyền thông giáo dục.") -> bytes:
    """A real one-page PDF holding ``text``, in DejaVu Sans when installed, else without diacritics
    (search reads both the same way)."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    font = next((path for path in DEJAVU_SANS if path.exists()), None)
    if font is not None:
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
        text = normalize_search_text(text)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


class DocumentIssuerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.DocumentIssuer"
        django_get_or_create = ("name",)

    name = "Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm"
    short_name = "Sở GD&ĐT"


class DocumentFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.DocumentField"
        django_get_or_create = ("name",)

    name = "Thông tin – Truyền thông"


class DocumentFactory(factory.django.DjangoModelFactory):
    """A public official letter in force, saved through ``document_save`` (status, search columns)."""

    class Meta:
        model = "news.Document"

    number = factory.Sequence(lambda n: f"{n + 1000}/SGDĐT-VP")
    doc_type = "official_letter"
    issuer = factory.SubFactory(DocumentIssuerFactory)
    signer = "Phó Giám đốc Nguyễn Văn Thành"
    issued_on = datetime.date(2026, 3, 9)
    summary = factory.Sequence(lambda n: f"Về việc tăng cường công tác truyền thông giáo dục, đợt {n + 1}")
    is_public = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        related = kwargs.pop("related_documents", None)
        document = model_class(*args, **kwargs)
        document_save(document=document)
        if related:
            document.related_documents.set(related)
        return document


class DocumentFileFactory(factory.django.DjangoModelFactory):
    """A PDF of a document, its text not read yet (call ``news.services.document_file_read``)."""

    class Meta:
        model = "news.DocumentFile"

    document = factory.SubFactory(DocumentFactory)
    file = factory.LazyFunction(lambda: ContentFile(document_pdf(), name="van-ban.pdf"))
    title = "Toàn văn"
    size = factory.LazyAttribute(lambda f: f.file.size)


class DocumentCommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.DocumentComment"

    document = factory.SubFactory(DocumentFactory, number="", issued_on=None, is_draft=True)
    full_name = factory.Sequence(lambda n: f"Giáo viên Số {n + 1}")
    email = factory.Sequence(lambda n: f"giaovien{n}@example.vn")
    body = factory.Sequence(lambda n: f"Đề nghị làm rõ mục II của dự thảo, ý kiến số {n + 1}.")


class AnnouncementFactory(factory.django.DjangoModelFactory):
    """A draft by default; ``AnnouncementFactory(published=True)`` is live since an hour ago."""

    class Meta:
        model = "news.Announcement"

    class Params:
        published = factory.Trait(
            status="published",
            publish_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
            went_live_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
        )

    title = factory.Sequence(lambda n: f"Thông báo tuyển sinh lớp 10, đợt {n + 1}")
    body = "Các trường THCS thông báo cho học sinh lớp 9 và cha mẹ học sinh biết lịch đăng ký dự tuyển."
    created_by = factory.SubFactory(UserFactory)
    search_text = factory.LazyAttribute(lambda a: normalize_search_text(f"{a.title} {a.body}"))


class WorkWeekFactory(factory.django.DjangoModelFactory):
    """A draft week starting on this week's Monday; ``published=True`` is public since an hour ago."""

    class Meta:
        model = "news.WorkWeek"

    class Params:
        published = factory.Trait(
            status="published",
            published_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
        )

    starts_on = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    )


class WorkEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.WorkEntry"

    week = factory.SubFactory(WorkWeekFactory)
    day = factory.LazyAttribute(lambda e: e.week.starts_on)
    starts_at = datetime.time(8, 0)
    title = factory.Sequence(lambda n: f"Họp giao ban lãnh đạo Sở, phiên {n + 1}")
    location = "Phòng họp số 1, Sở GD&ĐT"
    presiding = "Giám đốc Sở"
    attendees = "Lãnh đạo Sở, trưởng các phòng"
    unit_in_charge = "Văn phòng Sở"


# --- photos and videos ----------------------------------------------------------------------


def photo_jpeg(width: int = 1200, height: int = 800, colour=(11, 74, 139)) -> bytes:
    import io  # noqa: PLC0415 - only the photo factories need it

    from PIL import Image  # noqa: PLC0415 - only the photo factories need it

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


@functools.cache
def video_bytes(container: str = "mp4", seconds: int = 3) -> bytes:
    """A real short video made by ffmpeg (a test pattern): H.264 in MP4, or VP9 in WebM."""
    import shutil  # noqa: PLC0415 - only the video factories need it
    import subprocess  # noqa: PLC0415, S404 - only the video factories need it
    import tempfile  # noqa: PLC0415 - only the video factories need it

    codec = ["-c:v", "libx264", "-pix_fmt", "yuv420p"] if container == "mp4" else ["-c:v", "libvpx-vp9", "-b:v", "100k"]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"clip.{container}"
        subprocess.run(  # noqa: S603 - fixed arguments, ffmpeg from Debian
            [shutil.which("ffmpeg") or "ffmpeg", "-v", "error", "-f", "lavfi", "-i", f"testsrc=duration={seconds}:size=320x240:rate=10",
             *codec, "-y", str(out)],
            check=True,
        )  # fmt: skip
        return out.read_bytes()


class AlbumFactory(factory.django.DjangoModelFactory):
    """A draft album; ``AlbumFactory(published=True)`` is public since an hour ago."""

    class Meta:
        model = "news.Album"

    class Params:
        published = factory.Trait(
            is_published=True,
            publish_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
        )

    title = factory.Sequence(lambda n: f"Lễ khai giảng năm học mới tại trường vùng cao, đợt {n + 1}")
    event = "Lễ khai giảng năm học 2026-2027"
    taken_on = factory.LazyFunction(timezone.localdate)
    created_by = factory.SubFactory(UserFactory)


class AlbumPhotoFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.AlbumPhoto"

    album = factory.SubFactory(AlbumFactory)
    image = factory.LazyFunction(lambda: ContentFile(photo_jpeg(), name="anh.jpg"))
    alt = "Học sinh xếp hàng chào cờ trong sân trường"
    caption = "Học sinh xếp hàng chào cờ"
    credit = "Hoàng Mai"
    order = factory.Sequence(lambda n: n)


class VideoFactory(factory.django.DjangoModelFactory):
    """A YouTube link by default; ``VideoFactory(published=True)`` is public since an hour ago."""

    class Meta:
        model = "news.Video"

    class Params:
        published = factory.Trait(
            is_published=True,
            publish_at=factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1)),
        )

    title = factory.Sequence(lambda n: f"Phóng sự: một ngày ở trường bán trú, tập {n + 1}")
    recorded_on = factory.LazyFunction(timezone.localdate)
    source = "link"
    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    state = "ready"
    created_by = factory.SubFactory(UserFactory)


# --- contributors and royalties ---------------------------------------------------------------


class ContributorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Contributor"

    full_name = factory.Sequence(lambda n: f"Phạm Thị Hồng {n + 1}")
    unit = factory.SubFactory(UnitFactory)


class CreditFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Credit"

    article = factory.SubFactory(ArticleFactory, published=True)
    contributor = factory.SubFactory(ContributorFactory)
    kind = "text"
    share = 100


class RoyaltyPeriodFactory(factory.django.DjangoModelFactory):
    """The period of the current month by default, in draft."""

    class Meta:
        model = "news.RoyaltyPeriod"

    month = factory.LazyFunction(lambda: timezone.localdate().replace(day=1))
    unit_value = 100000
    created_by = factory.SubFactory(UserFactory)
