"""factory_boy factories of training conferences: trainings, participants, the programme, files and reminders."""

import datetime
import zoneinfo

import factory
from django.core.files.base import ContentFile

from portal.enums import UnitKind
from tests.factories.portal import UnitFactory

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


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


class GuestFactory(factory.django.DjangoModelFactory):
    """A dignitary or guest of an event, named on its public page."""

    class Meta:
        model = "trainings.Guest"

    training = factory.SubFactory(TrainingFactory)
    full_name = factory.Sequence(lambda n: f"Phạm Văn Khách {n + 1}")
    title = "Phó Chủ tịch Ủy ban nhân dân tỉnh"
