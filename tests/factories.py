"""factory_boy factories of the whole project, one section per app."""

import datetime
import functools
import zoneinfo
from pathlib import Path

import factory
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from fpdf import FPDF

from portal import roles
from portal.enums import AgencyLinkGroup, QuestionStatus, SpokespersonRole, UnitKind
from portal.models import AboutPage, AgencyLink, Leader, Office, PressBriefing, Question, Spokesperson, Unit, User
from portal.text import normalize_search_text

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

# --- portal -------------------------------------------------------------------------------


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    name = factory.Sequence(lambda n: f"Trường Tiểu học Số {n + 1}")
    code = factory.Sequence(lambda n: f"TH-{n + 1:04d}")
    kind = UnitKind.SCHOOL


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    last_name = "Nguyễn Thị"
    first_name = factory.Sequence(lambda n: f"Lan {n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.vn")
    password = factory.django.Password("MatKhauThu@2026")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        """``UserFactory(role=roles.EDITOR)`` puts the user in that group (and in the admin)."""
        if extracted:
            self.groups.add(Group.objects.get(name=extracted))
            if extracted in roles.STAFF_ROLES:
                self.is_staff = True
                self.save(update_fields=["is_staff"])


# --- news ---------------------------------------------------------------------------------


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


# --- documents ----------------------------------------------------------------------------


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
        from news.services.documents import document_save

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


# --- organisation -------------------------------------------------------------------------


class AboutPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AboutPage

    title = factory.Sequence(lambda n: f"Chức năng, nhiệm vụ {n + 1}")
    body = "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.</p>"


class LeaderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Leader

    full_name = factory.Sequence(lambda n: f"Trần Văn Lãnh {n + 1}")
    position = "Phó Giám đốc Sở"
    order = factory.Sequence(lambda n: n + 1)


class OfficeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Office

    name = factory.Sequence(lambda n: f"Phòng Chuyên môn Số {n + 1}")
    phone = "0262 3852 010"
    order = factory.Sequence(lambda n: n + 1)


class SpokespersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Spokesperson

    full_name = factory.Sequence(lambda n: f"Lê Thị Phát Ngôn {n + 1}")
    role = SpokespersonRole.SPOKESPERSON
    position = "Giám đốc Sở"
    phone = "0262 3852 002"
    email = factory.Sequence(lambda n: f"phatngon{n}@sgddt.example.vn")


class PressBriefingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PressBriefing

    title = factory.Sequence(lambda n: f"Họp báo số {n + 1}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    venue = "Hội trường Sở Giáo dục và Đào tạo"


class AgencyLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgencyLink

    name = factory.Sequence(lambda n: f"Sở Giáo dục và Đào tạo tỉnh Bạn {n + 1}")
    url = factory.Sequence(lambda n: f"https://sgddt-{n + 1}.example.vn")
    group = AgencyLinkGroup.PEER


class QuestionFactory(factory.django.DjangoModelFactory):
    """A question waiting for an answer; ``QuestionFactory(published=True)`` gives one on the Q&A page."""

    class Meta:
        model = Question

    class Params:
        published = factory.Trait(
            status=QuestionStatus.PUBLISHED,
            answer="Chào bạn, Sở trả lời như sau.",
            answered_at=factory.LazyFunction(timezone.now),
            published_at=factory.LazyFunction(timezone.now),
        )

    full_name = factory.Sequence(lambda n: f"Phụ huynh Số {n + 1}")
    email = factory.Sequence(lambda n: f"phuhuynh{n}@example.vn")
    body = factory.Sequence(lambda n: f"Xin hỏi về lịch thi tuyển sinh lớp 10, câu số {n + 1}?")


# --- trainings ----------------------------------------------------------------------------


class TrainingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Training"

    title = factory.Sequence(lambda n: f"Hội nghị tập huấn công tác truyền thông lần {n + 1}")
    school_year = "2025-2026"
    starts_at = factory.LazyFunction(lambda: datetime.datetime(2025, 10, 15, 7, 30, tzinfo=HCM))
    ends_at = factory.LazyAttribute(lambda t: t.starts_at + datetime.timedelta(hours=9))
    venue = "Hội trường Sở Giáo dục và Đào tạo"
    organizer = factory.SubFactory(UnitFactory, name="Sở Giáo dục và Đào tạo", kind=UnitKind.DEPARTMENT)
    status = "held"
    is_public = True  # most tests are about a public record; a new one in the admin starts private


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Participant"

    training = factory.SubFactory(TrainingFactory)
    full_name = factory.Sequence(lambda n: f"Trần Văn Đại Biểu {n + 1}")
    position = "Giáo viên"
    unit = factory.SubFactory(UnitFactory)
    email = factory.Sequence(lambda n: f"daibieu{n + 1}@example.vn")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Topic"

    name = factory.Sequence(lambda n: f"Kỹ năng truyền thông {n + 1}")


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Speaker"

    full_name = factory.Sequence(lambda n: f"Lê Thị Báo Cáo {n + 1}")
    title = "ThS."
    organization = "Trung tâm Bồi dưỡng nghiệp vụ báo chí"
    email = factory.Sequence(lambda n: f"baocaovien{n + 1}@example.vn")


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Session"
        skip_postgeneration_save = True

    training = factory.SubFactory(TrainingFactory)
    starts_at = factory.LazyAttribute(lambda s: s.training.starts_at)
    title = factory.Sequence(lambda n: f"Chuyên đề {n + 1}")
    topic = factory.SubFactory(TopicFactory)

    @factory.post_generation
    def speakers(self, create, extracted, **kwargs):
        if create and extracted:
            self.speakers.set(extracted)


class RemoteSiteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.RemoteSite"

    training = factory.SubFactory(TrainingFactory)
    name = factory.Sequence(lambda n: f"Điểm cầu số {n + 1}")
    expected_count = 30


class MaterialFactory(factory.django.DjangoModelFactory):
    """A material of a public training, not public itself unless ``is_public=True``; a small PDF in the private storage."""

    class Meta:
        model = "trainings.Material"

    training = factory.SubFactory(TrainingFactory)
    title = factory.Sequence(lambda n: f"Tài liệu {n + 1}")
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n% tai lieu\n", name="Tài liệu hội nghị.pdf"))


class PaperFactory(factory.django.DjangoModelFactory):
    """A paper (tham luận) with a small PDF in the private storage."""

    class Meta:
        model = "trainings.Paper"

    training = factory.SubFactory(TrainingFactory)
    title = factory.Sequence(lambda n: f"Tham luận {n + 1}")
    presenter = "Lê Thị Hoa"
    file = factory.LazyFunction(lambda: ContentFile(b"%PDF-1.4\n% tham luan\n", name="Tham luận của trường.pdf"))


class ReminderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trainings.Reminder"

    training = factory.SubFactory(TrainingFactory)
    hours_before = 72
    audience = "both"


# --- awards -------------------------------------------------------------------------------


class AwardFormFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "awards.AwardForm"
        django_get_or_create = ("name",)

    name = "Giấy khen của Giám đốc Sở"
    recipients = "both"
    level = "department"
    department_may_issue = True


class DecisionFactory(factory.django.DjangoModelFactory):
    """A published decision of the department; ``status="draft"`` for a draft."""

    class Meta:
        model = "awards.Decision"

    number = factory.Sequence(lambda n: f"{n + 100}/QĐ-SGDĐT")
    signed_on = datetime.date(2025, 6, 9)
    issuer = "department"
    signer = "Nguyễn Văn Thành"
    signer_title = "Phó Giám đốc"
    kind = "campaign"
    school_year = "2024-2025"
    summary = "Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích xuất sắc trong công tác truyền thông"
    status = "published"
    published_at = factory.LazyFunction(lambda: datetime.datetime(2025, 6, 10, 8, 0, tzinfo=datetime.UTC))


class CommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "awards.Commendation"

    decision = factory.SubFactory(DecisionFactory)
    form = factory.SubFactory(AwardFormFactory)
    recipient_kind = "individual"
    recipient_name = factory.Sequence(lambda n: f"Trần Thị Hồng {n + 1}")
    position = "Giáo viên"
    unit = factory.SubFactory(UnitFactory)
    achievement = "Đã có thành tích xuất sắc trong công tác truyền thông năm học 2024-2025"
    field = "communications"
    order = factory.Sequence(lambda n: n + 1)
