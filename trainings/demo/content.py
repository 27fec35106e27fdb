"""The invented content of the demo trainings: topics, speakers, names, and the rows and files made from them."""

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw
from pypdf import PdfWriter

from portal.enums import UnitKind
from portal.models import Unit
from portal.text import slugify

from ..enums import Attendance, ParticipantRole
from ..models import Participant, Training, participant_person_key

TOPICS = {
    "crisis": (
        "Truyền thông xử lý khủng hoảng",
        "Nhận diện, ứng phó và khắc phục sự cố truyền thông trong trường học.",
    ),
    "spokesperson": (
        "Kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
        "Quy định về phát ngôn, chuẩn bị thông cáo, trả lời phỏng vấn.",
    ),
    "press": (
        "Quan hệ với cơ quan báo chí",
        "Phối hợp với phóng viên, tổ chức họp báo, phản hồi thông tin báo chí nêu.",
    ),
    "social": ("Truyền thông trên mạng xã hội", "Quản lý trang mạng xã hội của đơn vị, xử lý bình luận và tin giả."),
    "writing": (
        "Viết tin bài cho cổng thông tin điện tử",
        "Cấu trúc tin, ảnh báo chí, đặt tít và sapo cho tin từ cơ sở.",
    ),
}

# full_name, title, organisation, biography
SPEAKERS = [
    (
        "Phan Thanh Hải",
        "ThS., Nhà báo",
        "Trung tâm Bồi dưỡng nghiệp vụ báo chí",
        "Hơn 20 năm làm phóng viên thời sự, giảng dạy kỹ năng phỏng vấn và xử lý khủng hoảng truyền thông.",
    ),
    (
        "Đoàn Thị Minh Nguyệt",
        "TS.",
        "Học viện Báo chí và Tuyên truyền",
        "Nghiên cứu truyền thông chính sách và truyền thông trên mạng xã hội.",
    ),
    (
        "Trịnh Quốc Việt",
        "Phó Tổng Biên tập",
        "Báo Đắk Lắk",
        "Phụ trách mảng giáo dục – xã hội; nhiều năm tham gia chấm giải báo chí tỉnh.",
    ),
    (
        "H'Lan Êban",
        "Chánh Văn phòng",
        "Sở Giáo dục và Đào tạo",
        "Người phát ngôn được ủy quyền của Sở, phụ trách cổng thông tin điện tử.",
    ),
]

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Thị Thu", "Minh", "Ngọc", "Thanh", "Quốc", "Thị Kim", "Đức", "Xuân", "Thị Mỹ"]
GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiền",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Trang",
    "Tuấn",
    "Uyên",
    "Vân",
    "Yến",
]
EDE_NAMES = ["Y Khuê Niê", "H'Ri Byă", "Y Bhim Mlô", "H'Nhi Êban", "Y Suôn Kđoh"]
SCHOOL_POSITIONS = [
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Giáo viên, cộng tác viên truyền thông",
    "Tổng phụ trách Đội",
    "Thư ký hội đồng",
]
BUREAU_POSITIONS = ["Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên phụ trách truyền thông"]


def now_local() -> datetime.datetime:
    return timezone.localtime()


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def pdf(title: str) -> ContentFile:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return ContentFile(buffer.getvalue())


def photo(seed: int) -> ContentFile:
    rng = random.Random(seed)  # noqa: S311 - demo pictures, not security
    image = Image.new("RGB", (1200, 800), (11, 74, 139))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1200, 800), fill=(179, 38, 30))
    for _ in range(40):  # rows of delegates, as coloured heads
        x, y = rng.randint(40, 1160), rng.randint(600, 780)
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=(rng.randint(150, 255), rng.randint(120, 220), 90))
    draw.rectangle((300, 80, 900, 420), fill=(245, 245, 240))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return ContentFile(buffer.getvalue(), name=f"hoi-nghi-{seed}.jpg")


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return rng.choice(EDE_NAMES)
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def add_people(training: Training, units: list[Unit], count: int, rng: random.Random, *, checked: bool, sites=None):
    """``count`` delegates spread over ``units``; attendance filled in when the training is over."""
    rows, keys = [], set()
    number = 0
    while len(rows) < count:
        number += 1
        unit = units[number % len(units)]
        name = person_name(rng)
        email = f"{slugify(name).replace('-', '.')}.{number}@truonghoc.example.vn"
        key = participant_person_key(email=email, full_name=name, unit_id=unit.pk)
        if key in keys:
            continue
        keys.add(key)
        attendance, checked_in_at = Attendance.UNKNOWN, None
        if checked:
            roll = rng.random()
            if roll < 0.9:
                attendance = Attendance.PRESENT
                checked_in_at = training.starts_at - datetime.timedelta(minutes=rng.randint(0, 40))
            elif roll < 0.96:
                attendance = Attendance.EXCUSED
            else:
                attendance = Attendance.ABSENT
        positions = BUREAU_POSITIONS if unit.kind == UnitKind.BUREAU else SCHOOL_POSITIONS
        rows.append(
            Participant(
                training=training,
                full_name=name,
                position=rng.choice(positions),
                unit=unit,
                email=email,
                phone=f"09{rng.randint(10_000_000, 99_999_999)}",
                role=ParticipantRole.DELEGATE,
                attendance=attendance,
                checked_in_at=checked_in_at,
                remote_site=sites.get(unit.parent_id or unit.pk) if sites else None,
                person_key=key,
            )
        )
    Participant.objects.bulk_create(rows, batch_size=500)
