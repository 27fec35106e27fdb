"""Trainings' entries in the register of personal data (portal/personal_data.py)."""

from django.utils.translation import gettext_lazy as _

from portal.personal_data import End, NotPersonal, PersonalData, register

register(
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
)
