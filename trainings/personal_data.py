"""Trainings' entries in the register of personal data (portal/personal_data.py)."""

from datetime import datetime

from django.db.models import CharField, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _

from portal.personal_data import End, Expiry, Holding, NotPersonal, PersonalData, register

from .enums import DeliveryStatus
from .models import Participant, ReminderDelivery, Speaker

# Left in place of a delegate's name erased on request: the row still counts in the figures.
ERASED_PERSON = _("(đã ẩn danh theo yêu cầu)")

_HAS_CONTACT = ~Q(email="") | ~Q(phone="")


def _delegates_expired(cutoff: datetime) -> QuerySet:
    return Participant.objects.filter(_HAS_CONTACT, training__ends_at__lt=cutoff)


def delegate_contact_erase(pks: list[int], now: datetime) -> int:
    """Erase delegates' e-mail and phone; name, unit, role and attendance stay with the record.

    The person key was built from the e-mail (``participant_person_key``); it becomes one
    unique per row, as the training is over and no import will match it again.
    """
    return Participant.objects.filter(pk__in=pks).update(
        email="", phone="", person_key=Concat(Value("r:"), Cast("pk", CharField()))
    )


def _speakers_expired(cutoff: datetime) -> QuerySet:
    # A speaker may present again: the period runs from the last training they spoke at.
    return (
        Speaker.objects.filter(_HAS_CONTACT, sessions__isnull=False)
        .exclude(sessions__training__ends_at__gte=cutoff)
        .distinct()
    )


def speaker_contact_erase(pks: list[int], now: datetime) -> int:
    return Speaker.objects.filter(pk__in=pks).update(email="", phone="")


def delegate_erase(pks: list[int], now: datetime) -> int:
    """Anonymise delegates on request: the rows stay, so a training's counts and attendance stay."""
    return Participant.objects.filter(pk__in=pks).update(
        full_name=str(ERASED_PERSON),
        position="",
        email="",
        phone="",
        note="",
        person_key=Concat(Value("r:"), Cast("pk", CharField())),
    )


def _deliveries_expired(cutoff: datetime) -> QuerySet:
    return ReminderDelivery.objects.filter(created_at__lt=cutoff).exclude(status=DeliveryStatus.PENDING)


register(
    PersonalData(
        model="trainings.Guest",
        fields=("full_name",),
        subject=_("Người chủ trì, đại biểu khách mời của hội nghị"),
        purpose=_("Đưa tin về hội nghị: ai chủ trì, ai dự với tư cách khách mời"),
        basis=_("Hoạt động công vụ công khai của cơ quan"),
        audience=_("Công khai trên trang hội nghị"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Cùng hồ sơ hội nghị"),
    ),
    Holding(
        model="trainings.Participant",
        label=_("Đại biểu hội nghị"),
        fields=("training", "full_name", "position", "unit", "email", "phone", "role", "attendance"),
        email="email",
        phone="phone",
        name="full_name",
        unit="unit__name",
        erase=delegate_erase,
    ),
    Holding(
        model="trainings.Speaker",
        label=_("Báo cáo viên"),
        fields=("full_name", "organization", "email", "phone"),
        email="email",
        phone="phone",
        erase=speaker_contact_erase,
        kept_reason=_("Họ tên báo cáo viên giữ trong chương trình hội nghị đã diễn ra; thư, điện thoại được xoá."),
    ),
    Holding(
        model="trainings.ReminderDelivery",
        label=_("Thư nhắc lịch"),
        fields=("email", "name", "status", "sent_at"),
        email="email",
        erase=lambda pks, now: ReminderDelivery.objects.filter(pk__in=pks).delete()[0],
    ),
    Expiry(
        kind="delegate_contact",
        label=_("Thư, điện thoại của đại biểu"),
        expired=_delegates_expired,
        clear=delegate_contact_erase,
    ),
    Expiry(
        kind="speaker_contact",
        label=_("Thư, điện thoại của báo cáo viên"),
        expired=_speakers_expired,
        clear=speaker_contact_erase,
    ),
    Expiry(
        kind="reminder_deliveries",
        label=_("Thư nhắc lịch đã gửi"),
        expired=_deliveries_expired,
        clear=lambda pks, now: ReminderDelivery.objects.filter(pk__in=pks).delete()[0],
    ),
    PersonalData(
        model="trainings.Participant",
        fields=("full_name", "email", "phone"),
        subject=_("Đại biểu hội nghị, tập huấn"),
        purpose=_("Mời, nhắc lịch, điểm danh, báo cáo kết quả hội nghị"),
        basis=_("Thực hiện nhiệm vụ của cơ quan (tổ chức hội nghị, bồi dưỡng)"),
        audience=_("Biên tập viên, ban tổ chức, lãnh đạo Sở (danh sách có liên hệ được ghi nhật ký)"),
        end=End.ANONYMISE,
        retention="delegate_contact",
        retention_days=365,
        # Attendance records are kept for the year's report on training: contacts stay that long.
        legal_minimum_days=90,
        retention_text=_("Thư, điện thoại: 365 ngày sau hội nghị; họ tên, đơn vị, điểm danh giữ cùng hồ sơ hội nghị"),
    ),
    PersonalData(
        model="trainings.Speaker",
        fields=("full_name", "email", "phone"),
        subject=_("Báo cáo viên"),
        purpose=_("Giới thiệu báo cáo viên, liên hệ tổ chức"),
        basis=_("Thực hiện nhiệm vụ; sự đồng ý của báo cáo viên"),
        audience=_("Họ tên công khai; liên hệ chỉ ban tổ chức"),
        end=End.ANONYMISE,
        retention="speaker_contact",
        retention_days=365,
        retention_text=_("Thư, điện thoại: 365 ngày sau hội nghị; họ tên giữ cùng chương trình"),
    ),
    PersonalData(
        model="trainings.Training",
        fields=("organizer_email",),
        subject=_("Đầu mối tổ chức hội nghị"),
        purpose=_("Liên hệ về hội nghị"),
        basis=_("Thực hiện nhiệm vụ của cơ quan"),
        audience=_("Công khai trên trang hội nghị"),
        end=End.KEEP_WHILE_NEEDED,
        retention_text=_("Cùng hồ sơ hội nghị"),
    ),
    PersonalData(
        model="trainings.Paper",
        fields=("presenter",),
        subject=_("Người trình bày tham luận"),
        purpose=_("Hồ sơ hội nghị"),
        basis=_("Thực hiện nhiệm vụ của cơ quan"),
        audience=_("Ban tổ chức, lãnh đạo Sở"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Cùng hồ sơ hội nghị"),
    ),
    PersonalData(
        model="trainings.ReminderDelivery",
        fields=("email", "name"),
        subject=_("Thư nhắc lịch đã gửi"),
        purpose=_("Gửi thư nhắc, thử lại khi lỗi"),
        basis=_("Thực hiện nhiệm vụ của cơ quan"),
        audience=_("Quản trị"),
        end=End.ERASE,
        retention="reminder_deliveries",
        retention_days=90,
        retention_text=_("90 ngày sau khi tạo"),
    ),
    NotPersonal(model="trainings.Topic", fields=("name",), reason="a session topic"),
    NotPersonal(model="trainings.RemoteSite", fields=("name",), reason="a meeting room's name"),
    NotPersonal(
        model="trainings.Invitation", fields=("email",), reason="the invited unit's office address, not a person's"
    ),
)
