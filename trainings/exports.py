"""Excel exports of a training: the delegate list, attendance by unit and role, the whole record."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.styles import Font

from portal.spreadsheets import text_cell, text_safe_row, workbook_bytes

from .enums import GuestRole
from .models import Participant, Training
from .selectors import training_attendance, training_speakers, training_topics


def _local(value):
    # Excel has no time zones: write the Vietnamese wall-clock time.
    return timezone.localtime(value).replace(tzinfo=None) if value else None


def _sheet(workbook: Workbook, title: str, header: list[str], rows) -> None:
    sheet = workbook.create_sheet(title[:31])
    bold = Font(bold=True)
    cells = []
    for text in header:
        cell = text_cell(sheet, text)
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append(text_safe_row(sheet, row))


def _participants_rows(training: Training):
    people = (
        Participant.objects.filter(training=training)
        .select_related("unit", "remote_site")
        .order_by("unit__order", "unit__name", "full_name", "pk")
    )
    for number, person in enumerate(people.iterator(chunk_size=1000), start=1):
        yield [
            number,
            person.full_name,
            person.position,
            person.unit.name if person.unit else "",
            person.email,
            person.phone,
            person.get_role_display(),
            person.remote_site.name if person.remote_site else "",
            person.get_attendance_display(),
            _local(person.checked_in_at),
            person.note,
        ]


PARTICIPANT_HEADER = [
    gettext_lazy("STT"),
    gettext_lazy("Họ và tên"),
    gettext_lazy("Chức vụ"),
    gettext_lazy("Đơn vị"),
    gettext_lazy("Thư điện tử"),
    gettext_lazy("Điện thoại"),
    gettext_lazy("Vai trò"),
    gettext_lazy("Điểm cầu"),
    gettext_lazy("Điểm danh"),
    gettext_lazy("Có mặt lúc"),
    gettext_lazy("Ghi chú"),
]
FIGURES_HEADER = [
    gettext_lazy("Có mặt"),
    gettext_lazy("Vắng"),
    gettext_lazy("Vắng có phép"),
    gettext_lazy("Chưa điểm danh"),
    gettext_lazy("Đăng ký"),
    gettext_lazy("Tỉ lệ có mặt (%)"),
]


def _figure_cells(row: dict) -> list:
    return [row["present"], row["absent"], row["excused"], row["unknown"], row["registered"], row["rate"]]


def _attended_rows(attended: dict) -> list[list]:
    return [
        [_("Đại biểu có tên, có mặt"), attended["named_present"]],
        [_("Tại các điểm cầu (đếm)"), attended["remote_present"]],
        [_("Đếm, không ghi tên"), attended["counted"]],
        [_("Tổng số người dự"), attended["attended"]],
    ]


def _attendance_sheets(workbook: Workbook, training: Training) -> None:
    figures = training_attendance(training)
    _sheet(workbook, _("Tổng số người dự"), [_("Mục"), _("Số người")], _attended_rows(figures.attended))
    _sheet(
        workbook,
        _("Theo đơn vị"),
        [_("Đơn vị"), *FIGURES_HEADER],
        [[row["unit__name"] or row["label"], *_figure_cells(row)] for row in figures.by_unit]
        + [[_("Tổng cộng"), *_figure_cells(figures.total)]],
    )
    _sheet(
        workbook,
        _("Theo vai trò"),
        [_("Vai trò"), *FIGURES_HEADER],
        [[row["label"], *_figure_cells(row)] for row in figures.by_role]
        + [[_("Tổng cộng"), *_figure_cells(figures.total)]],
    )


def participants_xlsx(training: Training) -> bytes:
    """The delegate list with attendance, and attendance by unit and by role."""
    workbook = Workbook(write_only=True)
    _sheet(workbook, _("Đại biểu"), PARTICIPANT_HEADER, _participants_rows(training))
    _attendance_sheets(workbook, training)
    return workbook_bytes(workbook)


def training_record_xlsx(training: Training) -> bytes:
    """The whole record of a training (``training`` as read by ``selectors.training_record``)."""
    workbook = Workbook(write_only=True)
    info = [
        [_("Tên hội nghị"), training.title],
        [_("Loại"), training.kinds_display],
        [_("Hình thức"), training.get_format_display()],
        [_("Năm học"), training.school_year],
        [_("Bắt đầu"), _local(training.starts_at)],
        [_("Kết thúc"), _local(training.ends_at)],
        [_("Địa điểm"), training.venue],
        [_("Đường dẫn trực tuyến"), training.online_url],
        [_("Đơn vị tổ chức"), training.organizer.name],
        [_("Đơn vị phối hợp"), "; ".join(u.name for u in training.co_organizers.all())],
        [_("Thành phần"), "; ".join(training.invited_group_lines)],
        [_("Chủ trì"), "; ".join(str(g) for g in training.guests.all() if g.role == GuestRole.PRESIDING)],
        [_("Đại biểu, khách mời"), "; ".join(str(g) for g in training.guests.all() if g.role == GuestRole.GUEST)],
        [_("Văn bản liên quan"), "; ".join(f"{d.number} {d.summary}".strip() for d in training.linked_documents)],
        [_("Số người dự đếm được, không ghi tên"), training.counted_attendance],
        [_("Trạng thái"), training.get_status_display()],
        [_("Số đại biểu dự kiến"), training.expected_participants],
        [_("Mục đích, yêu cầu"), training.objectives],
        [_("Tóm tắt"), training.summary],
        [_("Kết quả"), training.outcomes],
        [_("Chủ đề"), ", ".join(t.name for t in training_topics(training))],
        [_("Báo cáo viên"), ", ".join(str(s) for s in training_speakers(training))],
        [_("Hồ sơ"), training.get_review_status_display()],
        [_("Lãnh đạo ký duyệt"), str(training.signed_off_by or "")],
        [_("Ký duyệt lúc"), _local(training.signed_off_at)],
    ]
    _sheet(workbook, _("Thông tin chung"), [_("Mục"), _("Nội dung")], info)
    _sheet(
        workbook,
        _("Chương trình"),
        [_("Bắt đầu"), _("Kết thúc"), _("Nội dung"), _("Hình thức"), _("Chủ đề"), _("Người trình bày")],
        [
            [
                _local(s.starts_at),
                _local(s.ends_at),
                s.title,
                s.get_kind_display(),
                s.topic.name if s.topic else "",
                ", ".join(str(p) for p in s.speakers.all()),
            ]
            for s in training.sessions.all()
        ],
    )
    _sheet(
        workbook,
        _("Tham luận"),
        [_("Tên tham luận"), _("Đơn vị"), _("Người trình bày"), _("Tóm tắt"), _("Công khai toàn văn")],
        [
            [p.title, p.unit.name if p.unit else "", p.presenter, p.abstract, _("Có") if p.is_full_text_public else ""]
            for p in training.papers.all()
        ],
    )
    _sheet(
        workbook,
        _("Điểm cầu"),
        [_("Điểm cầu"), _("Đơn vị chủ trì"), _("Các đơn vị dự tại điểm cầu"), _("Dự kiến"), _("Có mặt (đếm)")],
        [
            [
                s.name,
                s.unit.name if s.unit else "",
                ", ".join(u.name for u in s.served_units.all()),
                s.expected_count,
                s.head_count,
            ]
            for s in training.remote_sites.all()
        ],
    )
    _sheet(workbook, _("Đại biểu"), PARTICIPANT_HEADER, _participants_rows(training))
    _attendance_sheets(workbook, training)
    _sheet(
        workbook,
        _("Nhận xét"),
        [_("Lúc"), _("Người nhận xét"), _("Nhận xét"), _("Ký duyệt")],
        [
            [_local(r.created_at), str(r.author), r.comment, _("Có") if r.is_sign_off else ""]
            for r in training.reviews.all()
        ],
    )
    return workbook_bytes(workbook)
