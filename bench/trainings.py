"""Benchmark of training conferences: the import of 1,000 delegates, the leaders' page of a 1,000-delegate training.

Seeds its own throw-away database (test_<name>, dropped at the end) and prints figures.
Targets: import under 5 s, page under 200 ms.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal REDIS_URL=redis://127.0.0.1:6379/1 \
        SECRET_KEY=x DEBUG=0 SECURE_SSL_REDIRECT=0 .venv/bin/python bench/trainings.py
"""

import datetime
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost")

import django  # noqa: E402

django.setup()

from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402
from openpyxl import Workbook  # noqa: E402

DELEGATES = 1000
UNITS = 60
PAGE_RUNS = 30


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"benchmark setup failed: {message}")


def seed_units():
    from portal.enums import UnitKind
    from portal.models import Unit

    department = Unit.objects.create(code="SGD", name="Sở Giáo dục và Đào tạo", kind=UnitKind.DEPARTMENT)
    units = [
        Unit.objects.create(
            code=f"U{n:03d}", name=f"Trường Trung học cơ sở Số {n}", kind=UnitKind.SCHOOL, parent=department
        )
        for n in range(1, UNITS + 1)
    ]
    return department, units


def delegate_file(units) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH ĐẠI BIỂU"])
    sheet.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Email", "Điện thoại", "Vai trò"])
    for n in range(1, DELEGATES + 1):
        unit = units[n % len(units)]
        # Half by code, half by name without diacritics, as units send them.
        unit_text = unit.code if n % 2 else "truong trung hoc co so so " + unit.code[1:].lstrip("0")
        sheet.append(
            [n, f"Nguyễn Văn Đại Biểu {n}", "Giáo viên", unit_text, f"db{n}@example.vn", "0905000000", "Đại biểu"]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("dai-bieu.xlsx", buffer.getvalue())


def main() -> None:
    from portal import roles
    from portal.models import User
    from trainings.enums import Attendance
    from trainings.models import Participant, Review, Session, Speaker, Topic, Training
    from trainings.services.imports import participants_import, participants_import_preview

    department, units = seed_units()
    start = timezone.now() - datetime.timedelta(days=3)
    training = Training.objects.create(
        title="Hội nghị tập huấn đo hiệu năng",
        school_year="2025-2026",
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=8),
        organizer=department,
        status="held",
    )
    topic = Topic.objects.create(name="Truyền thông xử lý khủng hoảng")
    speaker = Speaker.objects.create(full_name="Phan Thanh Hải", title="ThS.")
    for hour in range(5):
        session = Session.objects.create(
            training=training, starts_at=start + datetime.timedelta(hours=hour), title=f"Chuyên đề {hour}", topic=topic
        )
        session.speakers.add(speaker)

    upload = delegate_file(units)
    began = time.perf_counter()
    preview = participants_import_preview(training=training, upload=upload)
    preview_seconds = time.perf_counter() - began
    check(preview.ok, str(preview.problems[:5]))
    began = time.perf_counter()
    created = participants_import(training=training, upload=upload)
    import_seconds = time.perf_counter() - began
    check(created == DELEGATES, f"{created} imported")

    # Attendance as after a real event: 9 in 10 present.
    ids = list(Participant.objects.filter(training=training).values_list("pk", flat=True))
    Participant.objects.filter(pk__in=ids[: int(len(ids) * 0.9)]).update(attendance=Attendance.PRESENT)
    Participant.objects.filter(pk__in=ids[int(len(ids) * 0.9) :]).update(attendance=Attendance.ABSENT)
    leader = User.objects.create(username="bench-leader")
    from django.contrib.auth.models import Group

    leader.groups.add(Group.objects.get(name=roles.LEADER))
    Review.objects.create(training=training, author=leader, comment="Tốt.")

    client = Client()
    client.force_login(leader)
    url = training.get_leaders_url()
    check(client.get(url).status_code == 200, "leaders' page did not answer 200")  # warm-up
    timings = []
    for _ in range(PAGE_RUNS):
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        check(response.status_code == 200, "leaders' page did not answer 200")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timings.sort()

    print(f"Import of {DELEGATES} delegates from {UNITS} units (.xlsx):")
    print(f"  preview (read + check every row): {preview_seconds:.2f} s")
    print(f"  import  (read + check + write):   {import_seconds:.2f} s   target < 5 s")
    print(f"Leaders' page of a training with {DELEGATES} delegates ({PAGE_RUNS} requests):")
    print(
        f"  median {statistics.median(timings):.0f} ms, p90 {timings[int(len(timings) * 0.9) - 1]:.0f} ms, "
        f"max {timings[-1]:.0f} ms   target < 200 ms; {len(queries)} queries, {len(response.content) // 1024} KB"
    )


if __name__ == "__main__":
    from django.core.management import call_command

    call_command("collectstatic", "--noinput", verbosity=0)  # pages link hashed static names when DEBUG is off
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        main()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
