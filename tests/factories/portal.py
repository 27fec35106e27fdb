"""factory_boy factories of the portal app: units, users and their roles, the organisation pages, questions."""

import datetime

import factory
from django.contrib.auth.models import Group
from django.utils import timezone

from portal import roles
from portal.enums import AgencyLinkGroup, QuestionStatus, SpokespersonRole, UnitKind
from portal.models import AboutPage, AgencyLink, Leader, Office, PressBriefing, Question, Spokesperson, Unit, User


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
