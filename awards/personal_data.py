"""Awards' entries in the register of personal data (portal/personal_data.py)."""

from django.utils.translation import gettext_lazy as _

from portal.personal_data import End, Holding, NotPersonal, PersonalData, register

register(
    Holding(
        model="awards.Commendation",
        label=_("Khen thưởng"),
        fields=("decision", "recipient_name", "unit"),
        name="recipient_name",
        unit="unit__name",
        kept_reason=_(
            "Họ tên trong quyết định khen thưởng đã ban hành là văn bản công khai theo Luật Thi đua, khen thưởng; "
            "không xoá theo yêu cầu."
        ),
    ),
    PersonalData(
        model="awards.Decision",
        fields=("signer", "signer_title"),
        subject=_("Người ký quyết định khen thưởng"),
        purpose=_("Quyết định khen thưởng đã ban hành"),
        basis=_("Luật Thi đua, khen thưởng: công khai kết quả khen thưởng"),
        audience=_("Công khai khi quyết định được đăng"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Lâu dài, cùng quyết định"),
    ),
    PersonalData(
        model="awards.Commendation",
        fields=("recipient_name", "search_name"),
        subject=_("Cá nhân được khen thưởng"),
        purpose=_("Công khai kết quả thi đua, khen thưởng; bảng vàng"),
        basis=_("Luật Thi đua, khen thưởng: công khai kết quả khen thưởng"),
        audience=_("Công khai khi quyết định được đăng"),
        end=End.KEEP_PUBLIC_ACT,
        retention_text=_("Lâu dài: là một phần của quyết định đã ban hành, không xoá theo yêu cầu"),
    ),
    NotPersonal(model="awards.AwardForm", fields=("name",), reason="a form of award's name"),
)
