"""Demo data of the awards app: the catalogue of forms and a few decisions modelled on practice.

People and achievements are invented. Runs after the portal, news and trainings seeds
(``seed_demo``); it looks the units up by the portal's demo codes, and links a training
conference and a news story when those apps seeded one, without needing them. Safe to
run again: what exists is updated, nothing is duplicated.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from news.demo_documents import render_pdf
from news.models import Article
from portal.models import Unit
from portal.text import slugify
from trainings.models import Training

from .enums import AchievementField, AwardCategory, AwardLevel, DecisionKind, DecisionStatus, FormRecipients, Issuer
from .models import AwardForm, Commendation, Decision
from .services import decision_publish, decision_revoke

# name, category, recipients, level, the director may issue it
FORMS = [
    ("Giấy khen của Giám đốc Sở", AwardCategory.AWARD, FormRecipients.BOTH, AwardLevel.DEPARTMENT, True),
    ("Lao động tiên tiến", AwardCategory.TITLE, FormRecipients.INDIVIDUALS, AwardLevel.DEPARTMENT, True),
    ("Chiến sĩ thi đua cơ sở", AwardCategory.TITLE, FormRecipients.INDIVIDUALS, AwardLevel.DEPARTMENT, True),
    ("Tập thể lao động tiên tiến", AwardCategory.TITLE, FormRecipients.COLLECTIVES, AwardLevel.DEPARTMENT, True),
    ("Tập thể lao động xuất sắc", AwardCategory.TITLE, FormRecipients.COLLECTIVES, AwardLevel.PROVINCE, False),
    ("Chiến sĩ thi đua cấp tỉnh", AwardCategory.TITLE, FormRecipients.INDIVIDUALS, AwardLevel.PROVINCE, False),
    ("Bằng khen của Chủ tịch UBND tỉnh", AwardCategory.AWARD, FormRecipients.BOTH, AwardLevel.PROVINCE, False),
    ("Cờ thi đua của UBND tỉnh", AwardCategory.TITLE, FormRecipients.COLLECTIVES, AwardLevel.PROVINCE, False),
    (
        "Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo",
        AwardCategory.AWARD,
        FormRecipients.BOTH,
        AwardLevel.MINISTRY,
        False,
    ),
    ("Bằng khen của Thủ tướng Chính phủ", AwardCategory.AWARD, FormRecipients.BOTH, AwardLevel.STATE, False),
]

LEGAL_BASIS_DEPARTMENT = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;\n"
    "Căn cứ Quy chế thi đua, khen thưởng của ngành Giáo dục và Đào tạo tỉnh;\n"
    "Xét đề nghị của Trưởng phòng Văn phòng Sở (Thường trực Hội đồng Thi đua - Khen thưởng)."
)

COMMUNICATIONS = "Đã có thành tích xuất sắc trong công tác thông tin, truyền thông giáo dục năm học 2024-2025"
SCHOOL_YEAR_2024 = "Hoàn thành xuất sắc nhiệm vụ năm học 2023-2024"

# Collectives receive 0.6 and individuals 0.3 of the base salary (2,340,000 đồng from 1 July 2024)
# with a Giấy khen (Decree 98/2023/NĐ-CP, article 73).
PRIZE_COLLECTIVE, PRIZE_INDIVIDUAL = 1_404_000, 702_000

# number, issuer, signed on, kind, school year, summary, signer title, signer, status, recipients:
# (kind, name, position, unit code, form, achievement, field, prize)
DECISIONS = [
    {
        "number": "125/QĐ-SGDĐT",
        "issuer": Issuer.DEPARTMENT,
        "signed_on": datetime.date(2025, 6, 6),
        "kind": DecisionKind.CAMPAIGN,
        "school_year": "2024-2025",
        "summary": "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác "
        "thông tin, truyền thông giáo dục năm học 2024-2025",
        "signer_title": "KT. Giám đốc - Phó Giám đốc",
        "signer": "Nguyễn Văn Thành",
        "status": DecisionStatus.PUBLISHED,
        "at_training": True,
        "recipients": [
            ("collective", "Trường THPT Chu Văn An", "", "THPT-CVA", 0, COMMUNICATIONS, PRIZE_COLLECTIVE),
            (
                "collective",
                "Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột",
                "",
                "BMT",
                0,
                COMMUNICATIONS,
                PRIZE_COLLECTIVE,
            ),
            (
                "individual",
                "Nguyễn Thị Thu Hà",
                "Giáo viên Ngữ văn, phụ trách trang thông tin điện tử",
                "THPT-CVA",
                0,
                COMMUNICATIONS,
                PRIZE_INDIVIDUAL,
            ),
            (
                "individual",
                "H'Linh Niê",
                "Giáo viên Tiếng Anh, cộng tác viên tin bài",
                "THPT-BMT",
                0,
                COMMUNICATIONS,
                PRIZE_INDIVIDUAL,
            ),
            ("individual", "Trần Quốc Huy", "Chuyên viên Văn phòng Sở", "SGDDT", 0, COMMUNICATIONS, PRIZE_INDIVIDUAL),
            ("individual", "Lê Thị Hồng Nhung", "Phó Hiệu trưởng", "KP-02", 0, COMMUNICATIONS, PRIZE_INDIVIDUAL),
            (
                "individual",
                "Y Thuận Êban",
                "Giáo viên Tin học, quản trị trang mạng xã hội của trường",
                "THPT-DTNT",
                0,
                COMMUNICATIONS,
                PRIZE_INDIVIDUAL,
            ),
        ],
    },
    {
        "number": "88/QĐ-SGDĐT",
        "issuer": Issuer.DEPARTMENT,
        "signed_on": datetime.date(2024, 7, 15),
        "kind": DecisionKind.REGULAR,
        "school_year": "2023-2024",
        "summary": "Về việc công nhận danh hiệu thi đua và tặng Giấy khen năm học 2023-2024 cho các tập thể, "
        "cá nhân thuộc các đơn vị trực thuộc Sở",
        "signer_title": "Giám đốc",
        "signer": "Phan Thị Minh Tâm",
        "status": DecisionStatus.PUBLISHED,
        "recipients": [
            ("collective", "Trường THPT Phan Bội Châu", "", "THPT-PBC", 3, SCHOOL_YEAR_2024, None),
            ("collective", "Trường THPT Krông Pắc", "", "THPT-KRP", 3, SCHOOL_YEAR_2024, None),
            ("individual", "Phạm Văn Đức", "Hiệu trưởng", "THPT-PBC", 2, SCHOOL_YEAR_2024, None),
            ("individual", "Đinh Thị Lan Anh", "Tổ trưởng chuyên môn Toán", "THPT-KRP", 2, SCHOOL_YEAR_2024, None),
            ("individual", "Võ Minh Khang", "Giáo viên Vật lý", "THPT-CHUYEN", 1, SCHOOL_YEAR_2024, None),
            ("individual", "Nguyễn Thị Thu Hà", "Giáo viên Ngữ văn", "THPT-CVA", 1, SCHOOL_YEAR_2024, None),
        ],
    },
    {
        "number": "1520/QĐ-UBND",
        "issuer": Issuer.PROVINCE,
        "signed_on": datetime.date(2024, 8, 20),
        "kind": DecisionKind.REGULAR,
        "school_year": "2023-2024",
        "summary": "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân ngành "
        "Giáo dục có thành tích xuất sắc năm học 2023-2024",
        "signer_title": "KT. Chủ tịch - Phó Chủ tịch",
        "signer": "Hồ Văn Lực",
        "status": DecisionStatus.PUBLISHED,
        "recipients": [
            (
                "collective",
                "Trường THPT Chuyên Nguyễn Du",
                "",
                "THPT-CHUYEN",
                6,
                "Có thành tích xuất sắc trong bồi dưỡng học sinh giỏi quốc gia năm học 2023-2024",
                None,
            ),
            (
                "individual",
                "Võ Minh Khang",
                "Giáo viên Vật lý",
                "THPT-CHUYEN",
                6,
                "Có học sinh đạt giải Nhì kỳ thi chọn học sinh giỏi quốc gia môn Vật lý năm 2024",
                None,
            ),
        ],
    },
    {
        "number": "97/QĐ-SGDĐT",
        "issuer": Issuer.DEPARTMENT,
        "signed_on": datetime.date(2025, 4, 10),
        "kind": DecisionKind.AD_HOC,
        "school_year": "2024-2025",
        "summary": "Về việc tặng Giấy khen cho học sinh đạt giải cuộc thi sáng tác video ngắn về an toàn giao thông",
        "signer_title": "KT. Giám đốc - Phó Giám đốc",
        "signer": "Nguyễn Văn Thành",
        "status": DecisionStatus.REVOKED,
        "revoke": {
            "revoking_number": "131/QĐ-SGDĐT",
            "revoking_signed_on": datetime.date(2025, 7, 1),
            "reason": "Ban tổ chức cuộc thi xác định tác phẩm dự thi không phải do học sinh tự thực hiện; "
            "khen thưởng không đúng đối tượng.",
        },
        "recipients": [
            (
                "individual",
                "Đặng Gia Bảo",
                "Học sinh lớp 11A2",
                "THPT-NTMK",
                0,
                "Đạt giải Nhất cuộc thi sáng tác video ngắn về an toàn giao thông",
                None,
            ),
        ],
    },
    {
        "number": "142/QĐ-SGDĐT",
        "issuer": Issuer.DEPARTMENT,
        "signed_on": datetime.date(2025, 9, 22),
        "kind": DecisionKind.AD_HOC,
        "school_year": "2025-2026",
        "summary": "Về việc tặng Giấy khen cho học sinh có hành động dũng cảm cứu người bị đuối nước",
        "signer_title": "Giám đốc",
        "signer": "Phan Thị Minh Tâm",
        "status": DecisionStatus.DRAFT,
        "recipients": [
            (
                "individual",
                "Nguyễn Minh Khôi",
                "Học sinh lớp 9A",
                "EK-04",
                0,
                "Có hành động dũng cảm cứu hai em nhỏ bị đuối nước tại hồ Ea Kar ngày 14/9/2025",
                PRIZE_INDIVIDUAL,
            ),
        ],
    },
]

FIELDS_BY_ACHIEVEMENT = {
    COMMUNICATIONS: AchievementField.COMMUNICATIONS,
    SCHOOL_YEAR_2024: AchievementField.SCHOOL_YEAR,
}


@transaction.atomic
def seed(stdout=None) -> None:
    forms = []
    for order, (name, category, recipients, level, department_may_issue) in enumerate(FORMS, start=1):
        form, _created = AwardForm.objects.update_or_create(
            name=name,
            defaults={
                "category": category,
                "recipients": recipients,
                "level": level,
                "department_may_issue": department_may_issue,
                "order": order,
            },
        )
        forms.append(form)
    units = {u.code: u for u in Unit.objects.exclude(code="")}
    training = _training()
    story = _story()
    for spec in DECISIONS:
        decision = _decision(spec, training if spec.get("at_training") else None)
        _scan(decision)
        for order, (kind, name, position, unit_code, form_index, achievement, prize) in enumerate(
            spec["recipients"], start=1
        ):
            commendation, _created = Commendation.objects.update_or_create(
                decision=decision,
                recipient_name=name,
                form=forms[form_index],
                defaults={
                    "recipient_kind": kind,
                    "position": position,
                    "unit": units.get(unit_code),
                    "achievement": achievement,
                    "field": FIELDS_BY_ACHIEVEMENT.get(achievement, AchievementField.OTHER),
                    "prize_amount": prize,
                    "order": order,
                },
            )
            if story is not None and name == "Nguyễn Thị Thu Hà" and spec.get("at_training"):
                commendation.articles.add(story)
        if spec["status"] != DecisionStatus.DRAFT and decision.status == DecisionStatus.DRAFT:
            decision_publish(decision=decision)
        if spec["status"] == DecisionStatus.REVOKED and decision.status == DecisionStatus.PUBLISHED:
            decision_revoke(decision=decision, **spec["revoke"])
    if stdout is not None:
        stdout.write(
            _("Khen thưởng: %(forms)s hình thức, %(decisions)s quyết định (%(public)s đã công bố).")
            % {
                "forms": len(forms),
                "decisions": len(DECISIONS),
                "public": Decision.objects.published().count(),
            }
        )


def _decision(spec: dict, training: Training | None) -> Decision:
    fields = {
        "kind": spec["kind"],
        "school_year": spec["school_year"],
        "summary": spec["summary"],
        "legal_basis": LEGAL_BASIS_DEPARTMENT if spec["issuer"] == Issuer.DEPARTMENT else "",
        "signer_title": spec["signer_title"],
        "signer": spec["signer"],
        "signed_on": spec["signed_on"],
        "training": training,
    }
    decision = Decision.objects.filter(
        issuer=spec["issuer"], number=spec["number"], signed_on__year=spec["signed_on"].year
    ).first()
    if decision is None:
        return Decision.objects.create(number=spec["number"], issuer=spec["issuer"], **fields)
    for name, value in fields.items():
        setattr(decision, name, value)
    decision.save(update_fields=[*fields, "updated_at"])
    return decision


def _scan(decision: Decision) -> None:
    """A one-page "scan" of the decision, in the private storage like an uploaded one (once)."""
    if decision.file:
        return
    pdf = render_pdf(
        issuer=decision.get_issuer_display(),
        number=decision.number,
        place_date=f"Đắk Lắk, ngày {decision.signed_on:%d} tháng {decision.signed_on:%m} năm {decision.signed_on:%Y}",
        heading="Quyết định",
        summary=decision.summary,
        paragraphs=[
            *decision.legal_basis.splitlines(),
            "Điều 1. Tặng thưởng cho các tập thể, cá nhân có tên trong danh sách kèm theo Quyết định này.",
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
        ],
        signer=(decision.signer_title, decision.signer),
    )
    decision.file.save(f"quyet-dinh-{slugify(decision.number)}.pdf", ContentFile(pdf), save=False)
    decision.save(update_fields=["file", "updated_at"])


def _training() -> Training | None:
    """The communications conference of 2024-2025 if the trainings seed made one, else any of that year."""
    trainings = Training.objects.filter(school_year="2024-2025").order_by("-starts_at")
    return trainings.filter(title__icontains="truyền thông").first() or trainings.first()


def _story() -> Article | None:
    """A published article about communications work, to show as an exemplary story."""
    return Article.objects.published().filter(title__icontains="truyền thông").order_by("-publish_at").first()
