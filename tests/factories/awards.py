"""factory_boy factories of commendations: forms, decisions and the collectives and people they honour."""

import datetime

import factory

from tests.factories.portal import UnitFactory


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
